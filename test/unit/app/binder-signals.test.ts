import { describe, expect, it } from 'vitest';
import { carryAt, litSlots } from '../../../src/app/binder-signals';
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
      payload: { deviceId: `d${Math.floor(rnd() * 3)}`, slotId: `s${Math.floor(rnd() * 5)}` },
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
});
