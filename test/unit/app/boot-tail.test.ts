import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SNAPSHOT_EVERY } from '../../../src/core/branch-log';
import { DB_NAME } from '../../../src/core/persist/idb-store';
import { mustAppend, named } from './helpers';

vi.stubGlobal('BroadcastChannel', undefined);
afterAll(() => vi.unstubAllGlobals());

/** A fresh module graph: a reload of the page (same IndexedDB). */
async function reload() {
  vi.resetModules();
  const { boot } = await import('../../../src/app/boot');
  return boot();
}
type Booted = Awaited<ReturnType<typeof reload>>;

/** Until IndexedDB holds every event of the current branch. */
async function settled(b: Booted) {
  const { openIdbStore } = await import('../../../src/core/persist/idb-store');
  await vi.waitFor(
    async () => {
      await b.queue?.flush();
      const port = await openIdbStore();
      const s = await port.load();
      port.close();
      const want = b.workspace.current;
      const mine = s.branches.find((x) => x.info.id === want.info.id);
      expect(mine?.events.at(-1)?.seq).toBe(want.log.length);
    },
    { timeout: 10_000, interval: 20 },
  );
}

/** A long main branch and a short fork; the main branch open. */
async function longLog(): Promise<Booted> {
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

async function editSnapshot(
  change: (rec: { snapshot: Record<string, unknown> } | undefined) => unknown,
) {
  const db = await openDB(DB_NAME);
  const tx = db.transaction('snapshots', 'readwrite');
  for (const key of await tx.store.getAllKeys()) {
    const rec = await tx.store.get(key);
    const next = change(rec);
    if (next === undefined) await tx.store.delete(key);
    else await tx.store.put(next);
  }
  await tx.done;
  db.close();
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

describe('boot from the stored snapshot and tail', () => {
  it('draws the head from the tail, then the history arrives and equals a full load', async () => {
    const first = await longLog();
    const all = [...first.workspace.current.log.all()];
    const second = await reload();
    const ws = second.workspace;
    // At once: only the tail is in.
    expect(ws.historyLoaded).toBe(false);
    expect(ws.current.log.base).toBe(DEFAULT_SNAPSHOT_EVERY);
    expect(ws.head).toEqual(first.workspace.head);
    expect(second.store.getSnapshot()).toMatchObject({
      historyLoaded: false,
      canUndo: false,
      length: all.length,
    });
    await second.history;
    expect(ws.historyLoaded).toBe(true);
    expect([...ws.current.log.all()]).toEqual(all);
    // In stored order, as a full load lists them.
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(ws.list()).toEqual(first.workspace.list().sort(byId));
    expect(ws.current.history).toEqual(first.workspace.current.history);
    expect(second.store.getSnapshot()).toMatchObject({ historyLoaded: true, canUndo: true });
    // The timeline reaches the start again.
    second.store.viewAt(1);
    expect(second.store.getSnapshot().state).toEqual(first.workspace.current.log.stateAt(1));
  });

  it('an edit made before the history arrived keeps its seq and is saved', async () => {
    const first = await longLog();
    const len = first.workspace.current.log.length;
    const second = await reload();
    expect(second.workspace.historyLoaded).toBe(false);
    expect(second.store.edit([named('Early')]).ok).toBe(true);
    expect(second.workspace.current.log.length).toBe(len + 1);
    await second.history;
    await settled(second);
    const third = await reload();
    await third.history;
    const log = third.workspace.current.log;
    expect(log.length).toBe(len + 1);
    expect(log.event(len + 1)?.payload).toEqual({ name: 'Early' });
    expect([...log.all()]).toEqual([...second.workspace.current.log.all()]);
    // Undo works on it and on what came before.
    third.workspace.undo();
    expect(third.workspace.head.name).toBe(`n${DEFAULT_SNAPSHOT_EVERY + 299}`);
  });

  for (const [what, change] of [
    ['missing', () => undefined],
    [
      'from another fold version',
      (r: { snapshot: Record<string, unknown> }) => ({
        ...r,
        snapshot: { ...r.snapshot, foldVersion: -1 },
      }),
    ],
    [
      'without carried events (stored before they were)',
      (r: { snapshot: Record<string, unknown> }) => ({
        ...r,
        snapshot: { ...r.snapshot, carry: undefined },
      }),
    ],
    [
      'broken',
      (r: { snapshot: Record<string, unknown> }) => ({
        ...r,
        snapshot: { ...r.snapshot, state: { items: 1 } },
      }),
    ],
  ] as const) {
    it(`a ${what} snapshot falls back to the full load`, async () => {
      const first = await longLog();
      await editSnapshot((r) => (r ? (change as (x: typeof r) => unknown)(r) : undefined));
      const second = await reload();
      expect(second.workspace.historyLoaded).toBe(true);
      expect(second.workspace.current.log.complete).toBe(true);
      expect([...second.workspace.current.log.all()]).toEqual([
        ...first.workspace.current.log.all(),
      ]);
      expect(second.workspace.head).toEqual(first.workspace.head);
    });
  }
});
