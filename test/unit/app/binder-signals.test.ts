import { describe, expect, it } from 'vitest';
import { defaultSmartBinderParams, slotIds } from '../../../models/devices/smart-binder/params';
import { binderParamsAt, carryAt, litSlots, sleeveIndex } from '../../../src/app/binder-signals';
import type { EventEnvelope } from '../../../src/core/envelope';

/** A random log of office starts, binder signals and other events (types only matter here). */
function randomLog(n: number, seed: number): EventEnvelope[] {
  let a = seed;
  const rnd = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  const types = ['OfficeSystemStarted', 'BinderSlotSignalled', 'BinderSignalStopped', 'SceneNamed'];
  return Array.from({ length: n }, (_, i) => {
    const r = rnd();
    const type = types[r < 0.05 ? 0 : r < 0.4 ? 1 : r < 0.6 ? 2 : 3]!;
    return {
      seq: i + 1,
      id: `e${i + 1}`,
      type,
      v: 1,
      at: i,
      source: 'sim',
      payload: {
        deviceId: `d${Math.floor(rnd() * 3)}`,
        slotId: `s${Math.floor(rnd() * 5)}`,
        signal: (['both', 'light', 'sound'] as const)[Math.floor(rnd() * 3)],
      },
    };
  });
}

describe('binder signals of a log restored from its tail', () => {
  it('the carried events and the tail light the same slots as the whole log', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const all = randomLog(60, seed);
      for (let s = 0; s <= all.length; s += 4) {
        const partial = [...carryAt(all, s), ...all.slice(s)];
        for (let seq = s; seq <= all.length; seq++)
          expect(litSlots(partial, seq)).toEqual(litSlots(all, seq));
      }
    }
  });

  it('carries little: at most the last start and one signal per binder', () => {
    const all = randomLog(500, 3);
    const carried = carryAt(all, 400);
    expect(carried.length).toBeLessThanOrEqual(4);
    expect(carried.every((e) => e.seq <= 400)).toBe(true);
  });

  it('a sound-only signal beeps in a dark sleeve, and ends the light of an earlier one', () => {
    const e = (seq: number, type: string, payload: Record<string, unknown>): EventEnvelope => ({
      seq,
      id: `e${seq}`,
      type,
      v: 1,
      at: seq,
      source: 'sim',
      payload,
    });
    const log = [
      e(1, 'OfficeSystemStarted', {}),
      e(2, 'BinderSlotSignalled', { deviceId: 'b', slotId: 's1', signal: 'light' }),
      e(3, 'BinderSlotSignalled', { deviceId: 'b', slotId: 's2', signal: 'sound' }),
      e(4, 'BinderSlotSignalled', { deviceId: 'b', slotId: 's3', signal: 'both' }),
    ];
    expect([...litSlots(log, 2)]).toEqual([['b', 's1']]);
    expect([...litSlots(log, 3)]).toEqual([]);
    expect([...litSlots(log, 4)]).toEqual([['b', 's3']]);
  });
});

describe('a binder’s own sleeves', () => {
  const e = (seq: number, type: string, payload: Record<string, unknown>): EventEnvelope => ({
    seq,
    id: `e${seq}`,
    type,
    v: 1,
    at: seq,
    source: 'sim',
    payload,
  });
  const own = { categories: { plans: 3, contracts: 2 } };
  const log = [
    e(1, 'OfficeSystemStarted', {
      seed: 1,
      devices: [{ id: 'old', kind: 'smart-binder', params: own }],
    }),
    e(2, 'OfficeSystemStarted', {
      seed: 2,
      devices: [
        { id: 'b1', kind: 'smart-binder', params: own },
        { id: 'pc', kind: 'computer' },
      ],
    }),
    e(3, 'SceneNamed', { name: 'x' }),
    e(4, 'DevicesJoined', { devices: [{ id: 'b2', kind: 'smart-binder' }] }),
  ];

  it('are read from the running office’s start and the binders that joined it', () => {
    expect(binderParamsAt(log, 4)).toEqual(
      new Map<string, unknown>([
        ['b2', undefined],
        ['b1', own],
      ]),
    );
    // Before the join, only the start's binder; a binder of an earlier office is not in it.
    expect([...binderParamsAt(log, 3).keys()]).toEqual(['b1']);
    expect([...binderParamsAt(log, 1).keys()]).toEqual(['old']);
  });

  it('count a sleeve in its binder’s own categories, or the default ones', () => {
    expect(sleeveIndex(own, 'plans-01')).toBe(0);
    expect(sleeveIndex(own, 'contracts-02')).toBe(4);
    expect(sleeveIndex(own, 'sketches-01')).toBe(-1);
    // The default binder has no plans; its sleeves count in its own order.
    expect(sleeveIndex(undefined, 'plans-01')).toBe(-1);
    expect(sleeveIndex(undefined, slotIds(defaultSmartBinderParams)[7]!)).toBe(7);
  });
});
