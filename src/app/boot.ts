import type { BranchInfo } from '../core/branch-info';
import { BranchLog } from '../core/branch-log';
import { assembleBranches } from '../core/persist/assemble';
import { assembleTail } from '../core/persist/assemble-tail';
import { openIdbStore } from '../core/persist/idb-store';
import type { EventStorePort } from '../core/persist/port';
import type { WriteQueue } from '../core/persist/write-queue';
import type { DamagedBranch } from '../core/stored-log-error';
import { Workspace } from '../core/workspace';
import { CARRY_RULE } from './binder-signals';
import { loadDefaultScene } from './default-scene';
import { firstFrameDrawn } from './editor-state';
import { ensureDeviceEvents, registry } from './event-registry';
import { newId } from './ids';
import { OfficeStore } from './office-store';
import { attachPersistence } from './persistence';
import { type Problem, ProblemError, problemOf } from './problem';
import { WRITER_LOCK } from './tab-messages';
import { TabLink } from './tabs';

export interface Booted {
  store: OfficeStore;
  workspace: Workspace;
  queue: WriteQueue | null;
  /**
   * Settles when the whole stored log is in memory: at once after a full
   * restore; after the first frame after a restore from a snapshot and tail.
   */
  history: Promise<void>;
}

export interface BootOptions {
  /** Restore every branch in full before returning (a preset link looks among all branches). */
  full?: boolean;
  /** The first branch's name on a first run, in the language shown ('Main' by default). */
  firstBranchName?: string;
}

const now = () => new Date().toISOString();

/**
 * Opens the office: restores the stored branches (or the default scene on
 * first run), takes the writer lock if no other tab holds it, and wires
 * persistence and the tab link. Storage failure leaves a working in-memory
 * office with a message.
 */
export async function boot(opts: BootOptions = {}): Promise<Booted> {
  const ws = new Workspace({ registry, newId, now });
  let port: EventStorePort | null = null;
  let storageError: Problem | null = null;
  let tailOnly = false;
  try {
    port = await openIdbStore();
    // A snapshot or tail that cannot be read is no reason to refuse the whole log: load it in full.
    tailOnly = !opts.full && (await restoreTail(ws, port).catch(() => false));
    if (!tailOnly) await restoreAll(ws, port);
  } catch (e) {
    storageError = problemOf(e);
    port?.close();
    port = null;
  }

  const fresh = ws.list().length === 0;
  if (fresh) addDefaultBranch(ws, false, opts.firstBranchName ?? 'Main');
  const store = new OfficeStore(ws);
  if (storageError) store.setStorage({ kind: 'memory', reason: storageError });
  else tellSetAside(store, ws.setAsideBranches);
  const historyPort = tailOnly ? port : null;
  // The older events are read after the first frame: they are not needed to draw the head.
  const history = historyPort
    ? new Promise<void>((done) =>
        afterFirstFrame(() => void loadHistory(ws, store, historyPort).finally(done)),
      )
    : Promise.resolve();

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
      afterFirstFrame(() => {
        // What a previous writer broadcast and never saved lies after the
        // loaded tail: stored at once, not after the older history (the write
        // merges what storage already has). The rest is compared with storage
        // once every branch is in memory.
        for (const info of ws.list()) {
          const log = ws.branch(info.id)!.log;
          if (!log.complete && log.length > log.base) q.events(info.id, log.since(log.base));
        }
        void history.then(() => catchUpStorage(ws, p, q, fresh));
      });
    }
  };

  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    promote(false);
    return { store, workspace: ws, queue, history };
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
    history,
  };
}

/**
 * Every stored branch in full (the way before snapshots carried views, and
 * the fallback). Branches that cannot be rebuilt are set aside and the rest
 * open; when none can, the office opens in memory and storage is left alone.
 */
async function restoreAll(ws: Workspace, port: EventStorePort): Promise<void> {
  const { branches, damaged, lastOpenBranch } = await readWhole(port);
  const first = rootCause(damaged);
  if (first && !branches.length) throw new ProblemError({ kind: 'storedLog', error: first.error });
  ws.setAside(damaged);
  for (const b of branches) {
    ws.addBranch(
      b.info,
      b.events,
      b.snapshot ? { announce: false, snapshot: b.snapshot } : { announce: false },
    );
  }
  if (lastOpenBranch && ws.branch(lastOpenBranch)) ws.switchTo(lastOpenBranch);
}

type WholeRead = Awaited<ReturnType<typeof readWhole>>;

/** The whole stored workspace, assembled: the branches that could be rebuilt, and the damaged ones. */
async function readWhole(port: EventStorePort) {
  const stored = await port.load();
  await ensureTypesOf(stored.branches.flatMap((b) => b.events));
  const { branches, damaged } = assembleBranches(stored.branches, registry);
  return { branches, damaged, lastOpenBranch: stored.lastOpenBranch };
}

/** The damage to name: a branch's own, rather than a fork's "its parent could not be read". */
const rootCause = (damaged: readonly DamagedBranch[]): DamagedBranch | undefined =>
  damaged.find((d) => d.error.reason.code !== 'parentDamaged') ?? damaged[0];

/**
 * Says which stored branches were set aside, and why: the one reason when
 * there is one branch, else a pointer to the Branches panel, which gives
 * each its own (two unrelated damages must not read as one).
 */
function tellSetAside(store: OfficeStore, damaged: readonly DamagedBranch[]): void {
  if (!damaged.length) return;
  const only = damaged.length === 1 ? damaged[0] : undefined;
  const names = damaged.map((d) => `“${d.info.name}”`);
  store.setNotice(
    only
      ? {
          kind: 'error',
          about: 'state',
          key: 'branches.setAside',
          params: { names },
          reason: { kind: 'storedLog', error: only.error },
        }
      : { kind: 'error', about: 'state', key: 'branches.setAsideMany', params: { names } },
  );
}

/** Device event types load with the simulation code; fetched only if the events hold any. */
async function ensureTypesOf(events: ReadonlyArray<{ type?: unknown }>): Promise<void> {
  if (events.some((e) => !registry.get(String(e.type)))) await ensureDeviceEvents();
}

/**
 * Opens the last open branch from its stored snapshot and the events after
 * it only. False (nothing changed) when there is no usable snapshot: then
 * the caller restores in full.
 */
async function restoreTail(ws: Workspace, port: EventStorePort): Promise<boolean> {
  const head = await port.loadHead?.();
  if (!head) return false;
  const carried = (head.snapshot.carry?.events ?? []) as Array<{ type?: unknown }>;
  await ensureTypesOf([...head.events, ...carried]);
  const tail = assembleTail(head, registry, CARRY_RULE);
  if (!tail.ok) return false;
  const log = BranchLog.fromTail(registry, newId, {
    snapshot: tail.value.snapshot,
    tail: tail.value.tail,
    carried: tail.value.carried,
    ...(ws.deps.snapshotEvery ? { snapshotEvery: ws.deps.snapshotEvery } : {}),
  });
  if (!log.ok) return false;
  // The other stored branches' ids: a follower names them in its sync, so the writer does not send them.
  ws.addTailBranch(tail.value.info, log.value, head.infos);
  return true;
}

/**
 * Reads the whole stored workspace and completes the tail-only restore with
 * it. On failure the head stays as shown and the whole-log features stay
 * off; the user is told why.
 */
async function loadHistory(ws: Workspace, store: OfficeStore, port: EventStorePort): Promise<void> {
  let read: WholeRead | null = null;
  try {
    read = await readWhole(port);
    const done = ws.completeHistory(read.branches, read.damaged);
    if (!done.ok) throw new ProblemError({ kind: 'storedLog', error: done.error });
    tellSetAside(store, ws.setAsideBranches);
    if (typeof performance !== 'undefined') performance.mark('hos:history-loaded');
  } catch (e) {
    const problem = problemOf(e);
    store.setNotice({
      kind: 'error',
      about: 'state',
      key: 'timeline.historyFailed',
      reason: problem,
    });
    store.openOthers = read ? openOthers(ws, store, read) : null;
    // A notice is replaced by the next one; the timeline keeps saying why, with a retry.
    store.setHistoryProblem(problem);
    store.retryHistory = () => {
      store.retryHistory = null;
      store.openOthers = null;
      store.setHistoryProblem(null);
      ws.retryHistory();
      void loadHistory(ws, store, port);
    };
    // Other tabs waiting on this one's history are answered in part and refused the rest.
    ws.failHistory();
  }
}

/**
 * When the branch shown is the damaged one and others are sound: the
 * person may set it aside (left in storage as it is, edits of this session
 * included) and open the others, instead of staying on it without history.
 */
function openOthers(ws: Workspace, store: OfficeStore, read: WholeRead): (() => void) | null {
  const shownDamaged = read.damaged.some((d) => {
    const b = ws.branch(d.info.id);
    return b !== undefined && !b.log.complete;
  });
  if (!shownDamaged || !read.branches.length) return null;
  return () => {
    // Only the writer may: a follower would switch to branches its writer does not hold.
    if (store.getSnapshot().role !== 'writer') return;
    const done = ws.completeHistory(read.branches, read.damaged, { setAsideShown: true });
    if (!done.ok) {
      store.setNotice({
        kind: 'error',
        about: 'state',
        key: 'timeline.historyFailed',
        reason: { kind: 'storedLog', error: done.error },
      });
      return;
    }
    store.openOthers = null;
    store.retryHistory = null;
    store.setHistoryProblem(null);
    tellSetAside(store, ws.setAsideBranches);
  };
}

function addDefaultBranch(ws: Workspace, announce: boolean, name: string): void {
  const scene = loadDefaultScene();
  if (!scene.ok) throw new ProblemError({ kind: 'file', error: scene.error });
  const info: BranchInfo = {
    id: newId(),
    name,
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
    // Only a log whose older events failed to load is still partial here; storage has those.
    if (storedHead < branch.log.base) continue;
    const missing = branch.log.since(storedHead);
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
