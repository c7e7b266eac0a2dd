import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SNAPSHOT_EVERY } from '../../../src/core/branch-log';
import { DB_NAME } from '../../../src/core/persist/idb-store';
import { bootInIsolation, editStored, longLog, reload, settled } from './boot-helpers';
import { named } from './helpers';

bootInIsolation();

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
    // Misshapen records: no seq to bound the tail, or no snapshot at all.
    [
      'seq-less',
      (r: { snapshot: Record<string, unknown> }) => ({
        ...r,
        snapshot: { ...r.snapshot, seq: undefined },
      }),
    ],
    [
      'missing',
      (r: { snapshot: Record<string, unknown> }) => {
        const { snapshot: _, ...rest } = r;
        return rest as typeof r;
      },
    ],
  ] as const) {
    it(`a ${what} snapshot falls back to the full load`, async () => {
      const first = await longLog();
      await editStored<{ snapshot: Record<string, unknown> }>('snapshots', (r) =>
        (change as (x: typeof r) => typeof r | undefined)(r),
      );
      const second = await reload();
      expect(second.store.getSnapshot().storage).toEqual({ kind: 'idb' });
      expect(second.workspace.historyLoaded).toBe(true);
      expect(second.workspace.current.log.complete).toBe(true);
      expect([...second.workspace.current.log.all()]).toEqual([
        ...first.workspace.current.log.all(),
      ]);
      expect(second.workspace.head).toEqual(first.workspace.head);
    });
  }
});

describe('a tab promoted to writer while its history loads', () => {
  it('stores at once what only it holds, without waiting for the older history', async () => {
    const first = await longLog();
    const len = first.workspace.current.log.length;
    const branchId = first.workspace.current.info.id;

    // The writer lock is taken by another tab until `grant()`.
    let grant: () => void = () => {};
    type LockCallback = (lock: { name: string } | null) => unknown;
    const locks = {
      request(name: string, a: { ifAvailable?: boolean } | LockCallback, b?: LockCallback) {
        const [opts, cb] = typeof a === 'function' ? [{}, a] : [a, b!];
        if ((opts as { ifAvailable?: boolean }).ifAvailable) return Promise.resolve(cb(null));
        return new Promise((done) => {
          grant = () => done(cb({ name }));
        });
      },
    };
    // Reading the whole stored log (the older history) hangs until `release()`.
    let release: () => void = () => {};
    const held = new Promise<void>((done) => {
      release = done;
    });
    const idbStore = '../../../src/core/persist/idb-store';
    vi.doMock(idbStore, async (importOriginal) => {
      const orig = await importOriginal<typeof import('../../../src/core/persist/idb-store')>();
      return {
        ...orig,
        openIdbStore: async (...args: Parameters<typeof orig.openIdbStore>) => {
          const port = await orig.openIdbStore(...args);
          const load = port.load.bind(port);
          return Object.assign(port, { load: () => held.then(load) });
        },
      };
    });
    const saved = globalThis.navigator;
    vi.stubGlobal('navigator', { locks });
    try {
      const b = await reload();
      expect(b.store.getSnapshot().role).toBe('follower');
      expect(b.workspace.historyLoaded).toBe(false);
      // An event the old writer broadcast and closed before saving.
      expect(b.workspace.append([named('Broadcast, never saved')]).ok).toBe(true);
      grant();
      await vi.waitFor(async () => expect(await storedSeqs(branchId)).toContain(len + 1), {
        timeout: 5_000,
        interval: 20,
      });
      // Stored while the older history was still out of reach.
      expect(b.workspace.historyLoaded).toBe(false);
      release();
      await b.history;
      expect(b.workspace.historyLoaded).toBe(true);
    } finally {
      release();
      vi.doUnmock(idbStore);
      vi.stubGlobal('navigator', saved);
    }
  });
});

/** The seqs IndexedDB holds for a branch, read directly. */
async function storedSeqs(branchId: string): Promise<number[]> {
  const db = await openDB(DB_NAME);
  const chunks = (await db.getAll('chunks')) as Array<{
    branchId: string;
    events: { seq: number }[];
  }>;
  db.close();
  return chunks.filter((c) => c.branchId === branchId).flatMap((c) => c.events.map((e) => e.seq));
}
