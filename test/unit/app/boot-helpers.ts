// Booting the app in Node as a page load would: fake-indexeddb, no other
// tab, and a fresh module graph per "reload" (the same IndexedDB).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterAll, beforeEach, expect, vi } from 'vitest';
import type { Booted, BootOptions } from '../../../src/app/boot';
import { DEFAULT_SNAPSHOT_EVERY } from '../../../src/core/branch-log';
import { DB_NAME } from '../../../src/core/persist/idb-store';
import { mustAppend, named } from './helpers';

/**
 * Each test starts on an empty IndexedDB of its own. Without
 * BroadcastChannel the tab link stays local (an open channel would keep the
 * test process alive).
 */
export function bootInIsolation(): void {
  vi.stubGlobal('BroadcastChannel', undefined);
  afterAll(() => vi.unstubAllGlobals());
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
  });
}

/** A fresh module graph: a reload of the page (same IndexedDB). */
export async function reload(opts?: BootOptions): Promise<Booted> {
  vi.resetModules();
  const { boot } = await import('../../../src/app/boot');
  return boot(opts);
}

/** Until IndexedDB holds every event of the current branch (boot stores it in the background). */
export async function settled(b: Booted): Promise<void> {
  const { openIdbStore } = await import('../../../src/core/persist/idb-store');
  const want = b.workspace.current;
  await vi.waitFor(
    async () => {
      await b.queue?.flush();
      const port = await openIdbStore();
      const s = await port.load();
      port.close();
      const mine = s.branches.find((x) => x.info.id === want.info.id);
      expect(mine?.events.at(-1)?.seq).toBe(want.log.length);
    },
    { timeout: 10_000, interval: 10 },
  );
}

/** A long main branch (past one stored snapshot) and a short fork; the main branch open. */
export async function longLog(): Promise<Booted> {
  const b = await reload();
  await settled(b);
  const n = DEFAULT_SNAPSHOT_EVERY + 300;
  for (let i = 0; i < n; i += 500) {
    mustAppend(
      b.workspace,
      Array.from({ length: Math.min(500, n - i) }, (_, j) => named(`n${i + j}`)),
    );
  }
  const main = b.workspace.current.info.id;
  b.workspace.createBranch('fork', { branchId: main, seq: 20 });
  b.workspace.switchTo(main);
  await settled(b);
  return b;
}

/**
 * Rewrites every record of one store of the app's database, as damage or
 * another version would: `change` returns the new record, or undefined to
 * delete it.
 */
export async function editStored<T>(
  store: 'branches' | 'chunks' | 'snapshots',
  change: (record: T) => T | undefined,
): Promise<void> {
  const db = await openDB(DB_NAME);
  const tx = db.transaction(store, 'readwrite');
  for (const key of await tx.store.getAllKeys()) {
    const next = change((await tx.store.get(key)) as T);
    if (next === undefined) await tx.store.delete(key);
    else await tx.store.put(next);
  }
  await tx.done;
  db.close();
}
