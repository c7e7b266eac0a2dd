import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BranchLog } from '../../../src/core/branch-log';
import { assembleBranches } from '../../../src/core/persist/assemble';
import { openIdbStore } from '../../../src/core/persist/idb-store';
import { acceptSnapshot, FOLD_VERSION } from '../../../src/core/state-schema';
import { counterIds, ev, item, makeRegistry, mustAppend } from './helpers';

const K = 4;

/** A log of n events: places, moves, styles, over a few items. */
function buildLog(n: number): BranchLog {
  const log = new BranchLog(makeRegistry(), counterIds(), { snapshotEvery: K });
  mustAppend(log, [
    ev('ItemPlaced', { item: item('a') }),
    ev('ItemPlaced', { item: item('b', { x: 1 }) }),
  ]);
  for (let i = 2; i < n; i++) {
    const id = i % 2 ? 'a' : 'b';
    mustAppend(log, [
      i % 3
        ? ev('ItemsMoved', {
            moves: [{ id, x: (i % 10) / 10, z: 0.5, rotation: 0, elevation: 0, parentId: null }],
          })
        : ev('ItemStyled', { id, color: i % 2 ? '#aa0000' : '#00aa00' }),
    ]);
  }
  return log;
}

describe('stored snapshots', () => {
  it('a log restored from a snapshot equals the full fold, at the head and at every seq', () => {
    const full = buildLog(23);
    const events = [...full.all()];
    const snap = full.snapshotAt(16)!;
    expect(snap.seq).toBe(16);
    const restored = new BranchLog(makeRegistry(), counterIds(), {
      events,
      snapshotEvery: K,
      snapshot: { seq: 16, state: structuredClone(snap) },
    });
    expect(restored.head).toEqual(full.head);
    for (let seq = 0; seq <= events.length; seq++)
      expect(restored.stateAt(seq)).toEqual(full.stateAt(seq));
  });

  it('a snapshot not on a K boundary or past the log is ignored, not trusted', () => {
    const full = buildLog(12);
    const events = [...full.all()];
    const wrong = { ...structuredClone(full.stateAt(5)), name: 'tampered' };
    for (const seq of [5, 40]) {
      const log = new BranchLog(makeRegistry(), counterIds(), {
        events,
        snapshotEvery: K,
        snapshot: { seq, state: { ...wrong, seq } },
      });
      expect(log.head).toEqual(full.head);
    }
  });

  it('acceptSnapshot drops other fold versions, wrong shapes and mismatched seqs', () => {
    const state = structuredClone(buildLog(8).stateAt(8));
    expect(acceptSnapshot({ seq: 8, foldVersion: FOLD_VERSION, state }, 8)).toEqual(state);
    expect(acceptSnapshot({ seq: 8, foldVersion: FOLD_VERSION + 1, state }, 8)).toBeNull();
    expect(acceptSnapshot({ seq: 8, foldVersion: FOLD_VERSION, state }, 7)).toBeNull();
    expect(acceptSnapshot({ seq: 4, foldVersion: FOLD_VERSION, state }, 8)).toBeNull();
    expect(
      acceptSnapshot({ seq: 8, foldVersion: FOLD_VERSION, state: { ...state, items: 3 } }, 8),
    ).toBeNull();
    expect(acceptSnapshot(undefined, 8)).toBeNull();
  });

  it('persists per branch in IndexedDB and comes back through assemble', async () => {
    const log = buildLog(10);
    const port = await openIdbStore('snapshots-1');
    const info = { id: 'a', name: 'a', parentId: null, forkSeq: 0, createdAt: 'x' };
    await port.write({
      events: log.all().map((event) => ({ branchId: 'a', event })),
      branches: [info],
      deletedBranches: [],
      snapshots: [
        {
          branchId: 'a',
          snapshot: { seq: 8, foldVersion: FOLD_VERSION, state: log.snapshotAt(8) },
        },
      ],
    });
    const stored = await port.load();
    const assembled = assembleBranches(stored.branches, makeRegistry());
    expect(assembled.damaged).toEqual([]);
    expect(assembled.branches[0]!.snapshot?.seq).toBe(8);
    expect(assembled.branches[0]!.snapshot?.state).toEqual(log.stateAt(8));
    await port.write({ events: [], branches: [], deletedBranches: ['a'] });
    expect((await port.load()).branches).toEqual([]);
    port.close();
  });
});
