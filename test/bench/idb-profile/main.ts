// idb.bench.ts's breakdown of a restore: the app's own boot steps
// (src/app/boot.ts), timed one by one on the app's IndexedDB. Built into
// dist-bench-app/idb-profile/, so it is served from the app's origin and
// reads the database the app wrote. Read-only: it opens no write queue.
//
// Boot restores the open branch from its stored snapshot and the events
// after it (load, assemble, fold), draws, and only then reads the whole log
// (history: the full read, assemble and completeHistory). Without a usable
// snapshot the first steps are the full load, as before, and history is 0.
import { CARRY_RULE } from '../../../src/app/binder-signals';
import { ensureDeviceEvents, registry } from '../../../src/app/event-registry';
import { newId } from '../../../src/app/ids';
import { OfficeStore } from '../../../src/app/office-store';
import { BranchLog } from '../../../src/core/branch-log';
import { assembleBranches } from '../../../src/core/persist/assemble';
import { assembleTail } from '../../../src/core/persist/assemble-tail';
import { openIdbStore } from '../../../src/core/persist/idb-store';
import type { EventStorePort } from '../../../src/core/persist/port';
import { Workspace } from '../../../src/core/workspace';

const unknownType = (e: { type?: unknown }) => !registry.get(String(e.type));

async function assembleAll(port: EventStorePort) {
  const stored = await port.load();
  if (stored.branches.some((b) => b.events.some(unknownType))) await ensureDeviceEvents();
  const assembled = assembleBranches(stored.branches, registry);
  if (assembled.damaged.length) throw new Error(JSON.stringify(assembled.damaged));
  return { stored, assembled: assembled.branches };
}

async function profile() {
  const t0 = performance.now();
  const port = await openIdbStore();
  const t1 = performance.now();
  const head = await port.loadHead!();
  const t2 = performance.now();
  const ws = new Workspace({ registry, newId, now: () => new Date().toISOString() });
  let t3: number;
  let tail = false;
  if (head) {
    const carried = (head.snapshot.carry?.events ?? []) as Array<{ type?: unknown }>;
    if (head.events.some(unknownType) || carried.some(unknownType)) await ensureDeviceEvents();
    const t = assembleTail(head, registry, CARRY_RULE);
    if (!t.ok) throw new Error(`tail refused: ${t.error}`);
    t3 = performance.now();
    const log = BranchLog.fromTail(registry, newId, {
      snapshot: t.value.snapshot,
      tail: t.value.tail,
      carried: t.value.carried,
    });
    if (!log.ok) throw new Error(JSON.stringify(log.error));
    ws.addTailBranch(t.value.info, log.value);
    tail = true;
  } else {
    const { stored, assembled } = await assembleAll(port);
    t3 = performance.now();
    for (const b of assembled) ws.addBranch(b.info, b.events, { announce: false });
    if (stored.lastOpenBranch && ws.branch(stored.lastOpenBranch))
      ws.switchTo(stored.lastOpenBranch);
  }
  const t4 = performance.now();
  const store = new OfficeStore(ws);
  const t5 = performance.now();
  if (tail) {
    const { assembled } = await assembleAll(port);
    const done = ws.completeHistory(assembled);
    if (!done.ok) throw new Error(JSON.stringify(done.error));
  }
  const t6 = performance.now();
  port.close();
  return {
    openMs: t1 - t0,
    loadMs: tail ? t2 - t1 : t3 - t1,
    assembleMs: tail ? t3 - t2 : 0,
    foldMs: t4 - t3,
    viewMs: t5 - t4,
    historyMs: t6 - t5,
    tail: tail ? 1 : 0,
    events: store.getSnapshot().length,
  };
}

(window as unknown as { __profileRestore: typeof profile }).__profileRestore = profile;
