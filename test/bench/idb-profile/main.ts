// idb.bench.ts's breakdown of a restore: the app's own boot steps
// (src/app/boot.ts), timed one by one on the app's IndexedDB. Built into
// dist-bench-app/idb-profile/, so it is served from the app's origin and
// reads the database the app wrote. Read-only: it opens no write queue.
import { ensureDeviceEvents, registry } from '../../../src/app/event-registry';
import { newId } from '../../../src/app/ids';
import { OfficeStore } from '../../../src/app/office-store';
import { assembleBranches } from '../../../src/core/persist/assemble';
import { openIdbStore } from '../../../src/core/persist/idb-store';
import { Workspace } from '../../../src/core/workspace';

async function profile() {
  const t0 = performance.now();
  const port = await openIdbStore();
  const t1 = performance.now();
  const stored = await port.load();
  const t2 = performance.now();
  if (stored.branches.some((b) => b.events.some((e) => !registry.get(e.type)))) {
    await ensureDeviceEvents();
  }
  const assembled = assembleBranches(stored.branches, registry);
  if (!assembled.ok) throw new Error(assembled.error);
  const t3 = performance.now();
  const ws = new Workspace({ registry, newId, now: () => new Date().toISOString() });
  for (const b of assembled.value) ws.addBranch(b.info, b.events, { announce: false });
  if (stored.lastOpenBranch && ws.branch(stored.lastOpenBranch)) ws.switchTo(stored.lastOpenBranch);
  const t4 = performance.now();
  const store = new OfficeStore(ws);
  const t5 = performance.now();
  port.close();
  return {
    openMs: t1 - t0,
    loadMs: t2 - t1,
    assembleMs: t3 - t2,
    foldMs: t4 - t3,
    viewMs: t5 - t4,
    events: store.getSnapshot().length,
  };
}

(window as unknown as { __profileRestore: typeof profile }).__profileRestore = profile;
