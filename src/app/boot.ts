import type { BranchInfo } from '../core/branch-info';
import { assembleBranches } from '../core/persist/assemble';
import { openIdbStore } from '../core/persist/idb-store';
import type { EventStorePort } from '../core/persist/port';
import type { WriteQueue } from '../core/persist/write-queue';
import { Workspace } from '../core/workspace';
import { loadDefaultScene } from './default-scene';
import { firstFrameDrawn } from './editor-state';
import { ensureDeviceEvents, registry } from './event-registry';
import { newId } from './ids';
import { OfficeStore } from './office-store';
import { attachPersistence } from './persistence';
import { WRITER_LOCK } from './tab-messages';
import { TabLink } from './tabs';

export interface Booted {
  store: OfficeStore;
  workspace: Workspace;
  queue: WriteQueue | null;
}

const now = () => new Date().toISOString();

/**
 * Opens the office: restores the stored branches (or the default scene on
 * first run), takes the writer lock if no other tab holds it, and wires
 * persistence and the tab link. Storage failure leaves a working in-memory
 * office with a message.
 */
export async function boot(): Promise<Booted> {
  const ws = new Workspace({ registry, newId, now });
  let port: EventStorePort | null = null;
  let storageError: string | null = null;
  try {
    port = await openIdbStore();
    const stored = await port.load();
    // Device event types load with the simulation code; fetch them only if the log has any.
    if (stored.branches.some((b) => b.events.some((e) => !registry.get(e.type)))) {
      await ensureDeviceEvents();
    }
    const assembled = assembleBranches(stored.branches, registry);
    if (!assembled.ok) throw new Error(assembled.error);
    for (const b of assembled.value) {
      ws.addBranch(
        b.info,
        b.events,
        b.snapshot ? { announce: false, snapshot: b.snapshot } : { announce: false },
      );
    }
    if (stored.lastOpenBranch && ws.branch(stored.lastOpenBranch))
      ws.switchTo(stored.lastOpenBranch);
  } catch (e) {
    storageError = e instanceof Error ? e.message : String(e);
    port?.close();
    port = null;
  }

  const fresh = ws.list().length === 0;
  if (fresh) addDefaultBranch(ws, false);
  const store = new OfficeStore(ws);
  if (storageError) store.setStorage({ kind: 'memory', reason: storageError });

  const link = new TabLink(ws, store);
  let queue: WriteQueue | null = null;
  const promote = (afterWaiting: boolean) => {
    link.becomeWriter();
    if (!port) return;
    queue = attachPersistence(ws, store, port);
    // A fresh office, or events a previous writer broadcast but never saved.
    if (fresh || afterWaiting) {
      const p = port;
      const q = queue;
      // After the first frame: storing the first scene must not delay it.
      // Until then its events count as unsaved in the status bar.
      afterFirstFrame(() => void catchUpStorage(ws, p, q, fresh));
    }
  };

  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    promote(false);
    return { store, workspace: ws, queue };
  }
  const gotLock = await new Promise<boolean>((resolve) => {
    void locks.request(WRITER_LOCK, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      // Hold the lock for the life of the tab.
      return lock ? new Promise<void>(() => {}) : undefined;
    });
  });
  if (gotLock) {
    promote(false);
  } else {
    link.becomeFollower(fresh ? ws.current.info.id : null);
    // Wait in line; when the writer tab closes, this one takes over.
    void locks.request(WRITER_LOCK, () => {
      promote(true);
      return new Promise<void>(() => {});
    });
  }
  return {
    store,
    workspace: ws,
    get queue() {
      return queue;
    },
  };
}

function addDefaultBranch(ws: Workspace, announce: boolean): void {
  const scene = loadDefaultScene();
  if (!scene.ok) throw new Error(`the default scene is invalid: ${scene.error}`);
  const info: BranchInfo = {
    id: newId(),
    name: 'Main',
    parentId: null,
    forkSeq: 0,
    createdAt: now(),
  };
  ws.addBranch(info, scene.value.events, { announce });
}

/** Stores every branch and event this tab holds that storage lacks. */
async function catchUpStorage(
  ws: Workspace,
  port: EventStorePort,
  queue: WriteQueue,
  fresh: boolean,
): Promise<void> {
  const stored = await port.load();
  const lengths = new Map(stored.branches.map((b) => [b.info.id, b]));
  for (const info of ws.list()) {
    const branch = ws.branch(info.id)!;
    const have = lengths.get(info.id);
    if (!have) queue.branch(info);
    const storedHead = have ? (have.events.at(-1)?.seq ?? info.forkSeq) : info.forkSeq;
    const missing = branch.log.all().slice(storedHead);
    if (missing.length) queue.events(info.id, missing);
  }
  if (fresh) queue.lastOpen(ws.current.info.id);
  await queue.flush();
}

function afterFirstFrame(run: () => void): void {
  if (firstFrameDrawn.get() || typeof window === 'undefined') {
    run();
    return;
  }
  const stop = firstFrameDrawn.subscribe(() => {
    stop();
    setTimeout(run, 0);
  });
  // A tab in the background may never draw: store anyway after a while.
  setTimeout(() => {
    if (!firstFrameDrawn.get()) {
      stop();
      run();
    }
  }, 2000);
}
