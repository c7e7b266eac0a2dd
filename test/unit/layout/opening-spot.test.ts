// Where a new door or window goes, or one moved to another wall: the free spot
// nearest the wall's centre, in 0.1 m steps, keeping 0.05 m of wall from any
// opening it shares height with, by the core's fit and overlap rules.
import { describe, expect, it } from 'vitest';
import { openingMisfit } from '../../../src/core/opening-fit';
import { overlapWorsened } from '../../../src/core/opening-overlap';
import { freeOpeningOffset, type Opening } from '../../../src/layout';

const room = { width: 4.2, depth: 3.6, height: 2.7, wallThickness: 0.12 };
const door = (id: string, offset: number, wall: Opening['wall'] = 'south'): Opening => ({
  id,
  kind: 'door',
  wall,
  offset,
  width: 0.9,
  height: 2.05,
  sill: 0,
  hinge: 'left',
});
const window = (id: string, offset: number, sill = 0.9): Opening => ({
  id,
  kind: 'window',
  wall: 'south',
  offset,
  width: 1.2,
  height: 1.2,
  sill,
});

describe('freeOpeningOffset', () => {
  it('is the wall’s centre on an empty wall, whatever offset the opening had', () => {
    expect(freeOpeningOffset(room, [], door('d', 1.3))).toBe(0);
  });

  it('steps out from the centre, the + side first, past what is in the way with a gap', () => {
    // A door at the centre: the next door needs 0.9 + 0.05 m between centres, so 1.0.
    expect(freeOpeningOffset(room, [door('a', 0)], door('b', 0))).toBe(1);
    // With that taken too, the − side.
    expect(freeOpeningOffset(room, [door('a', 0), door('c', 1)], door('b', 0))).toBe(-1);
    // A door at 0.3 leaves −0.7 free before +1.3.
    expect(freeOpeningOffset(room, [door('a', 0.3)], door('b', 0))).toBe(-0.7);
    // Openings on other walls are not in the way.
    expect(freeOpeningOffset(room, [door('a', 0, 'north')], door('b', 0))).toBe(0);
  });

  it('skips the opening itself (a move) and anything it does not share height with', () => {
    expect(freeOpeningOffset(room, [door('a', 0)], door('a', 1.2))).toBe(0);
    // A high window (sill 2.1) above the centre leaves the door its place below.
    expect(freeOpeningOffset(room, [window('w', 0, 2.1)], door('d', 0))).toBe(0);
    expect(freeOpeningOffset(room, [window('w', 0)], door('d', 0))).toBe(1.1);
  });

  it('is null when no step fits: a full wall, or one shorter than the opening', () => {
    const full = [door('a', -1.5), door('b', -0.5), door('c', 0.5), door('e', 1.5)];
    expect(freeOpeningOffset(room, full, window('w', 0))).toBeNull();
    expect(freeOpeningOffset({ ...room, width: 0.8 }, [], door('d', 0))).toBeNull();
    // Exactly as wide as the wall: its centre.
    expect(freeOpeningOffset({ ...room, width: 0.9 }, [], door('d', 0))).toBe(0);
  });

  it('a spot found passes the core’s rules: it fits its wall and overlaps nothing', () => {
    const others = [door('a', 0.3), window('w', -1.3), door('n', 0, 'north')];
    for (const o of [door('x', 0), window('y', 0), door('z', 0, 'north')]) {
      const offset = freeOpeningOffset(room, others, o);
      expect(offset).not.toBeNull();
      const at = { ...o, offset: offset! };
      expect(openingMisfit(room, at)).toBeNull();
      expect(overlapWorsened(others, null, at)).toBeNull();
    }
  });
});
