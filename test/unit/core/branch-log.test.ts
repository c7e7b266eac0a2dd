import { describe, expect, it } from 'vitest';
import { BranchLog } from '../../../src/core/branch-log';
import { foldInto } from '../../../src/core/fold';
import { initialOfficeState } from '../../../src/core/office-state';
import { counterIds, ev, item, makeRegistry, mustAppend, newLog } from './helpers';

function tenSteps(snapshotEvery: number): BranchLog {
  const log = newLog({ snapshotEvery });
  mustAppend(log, [ev('ItemPlaced', { item: item('a') })]);
  // A batch crossing snapshot boundaries, then single appends.
  mustAppend(
    log,
    [1, 2, 3, 4, 5].map((i) =>
      ev(
        'ItemsMoved',
        {
          moves: [{ id: 'a', x: i / 10, z: 0, rotation: 0, elevation: 0, parentId: null }],
        },
        { at: i },
      ),
    ),
  );
  for (let i = 6; i <= 9; i++) mustAppend(log, [ev('SceneNamed', { name: `n${i}` }, { at: i })]);
  return log;
}

describe('BranchLog', () => {
  it('stateAt(seq) equals the fold of the prefix, for every seq and several K', () => {
    for (const K of [1, 2, 3, 4, 100]) {
      const log = tenSteps(K);
      expect(log.length).toBe(10);
      for (let seq = 0; seq <= 10; seq++) {
        const fresh = foldInto(log.registry, initialOfficeState(), log.all(), 0, seq);
        expect(log.stateAt(seq), `K=${K} seq=${seq}`).toStrictEqual(fresh);
      }
      expect(log.stateAt(10)).toStrictEqual(structuredClone(log.head));
    }
  });

  it('stateAt returns a fresh mutable copy and refuses a seq out of range', () => {
    const log = tenSteps(3);
    const s = log.stateAt(6);
    expect(s.items.a!.x).toBe(0.5);
    s.items.a!.x = 99;
    expect(log.stateAt(6).items.a!.x).toBe(0.5);
    expect(Object.isFrozen(s)).toBe(false);
    expect(() => log.stateAt(11)).toThrow(RangeError);
    expect(() => log.stateAt(-1)).toThrow(RangeError);
    expect(() => log.stateAt(1.5)).toThrow(RangeError);
  });

  it('a log built from events (replay) equals the live one', () => {
    const live = tenSteps(4);
    const replay = new BranchLog(makeRegistry(), counterIds(), {
      events: [...live.all()],
      snapshotEvery: 3,
    });
    expect(replay.head).toStrictEqual(live.head);
    expect(Object.isFrozen(replay.head)).toBe(true);
    for (let seq = 0; seq <= 10; seq++)
      expect(replay.stateAt(seq)).toStrictEqual(live.stateAt(seq));
  });

  it('appendTrusted folds events as they are and refuses a seq gap', () => {
    const live = tenSteps(4);
    const follower = new BranchLog(makeRegistry(), counterIds(), {
      events: live.prefix(4),
      snapshotEvery: 4,
    });
    expect(() => follower.appendTrusted(live.all().slice(5))).toThrow(/seq gap/);
    expect(follower.length).toBe(4);
    follower.appendTrusted(live.all().slice(4));
    expect(follower.head).toStrictEqual(live.head);
    expect(follower.stateAt(8)).toStrictEqual(live.stateAt(8));
    // Appending after trusted events continues the seq.
    const r = mustAppend(follower, [ev('SceneNamed', { name: 'more' }, { at: 20 })]);
    expect(r.events[0]!.seq).toBe(11);
  });

  it('prefix(seq) shares the event objects', () => {
    const log = tenSteps(4);
    const p = log.prefix(3);
    expect(p).toHaveLength(3);
    expect(p[2]).toBe(log.event(3));
    expect(log.event(0)).toBeUndefined();
    expect(log.event(11)).toBeUndefined();
  });
});
