// Two doors that each open freely alone can still hit each other when both
// are open: near a corner on two walls, or facing each other across a narrow
// room. The Layout checks flag the pair, naming both; moving one along its
// wall, or hinging it on its other side, can clear it.
import { describe, expect, it } from 'vitest';
import {
  clashingDoors,
  doorSwingPolygon,
  findClearanceIssues,
  type Room,
} from '../../../src/layout';
import { convexContains } from '../../../src/layout/geometry/polygon';
import { door } from './helpers/items';

const room: Room = { width: 4, depth: 3, height: 2.7, wallThickness: 0.12 };
// South wall at z = 1.5, east wall at x = 2; an east door's offset runs towards the south.
const south = door({ id: 'south', wall: 'south', offset: 1.0 });
const east = door({ id: 'east', wall: 'east', offset: 0.5 });

describe('doors whose leaves hit each other', () => {
  it('near a corner on two walls: one issue naming both, marked where both swings reach', () => {
    const issues = findClearanceIssues(room, [south, east], []).filter(
      (i) => i.kind === 'doorsClash',
    );
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({
      kind: 'doorsClash',
      itemIds: [],
      messageKey: 'clearance.doorsClash',
      openingId: 'south',
      otherOpeningId: 'east',
    });
    for (const d of [south, east]) {
      expect(convexContains(doorSwingPolygon(room, d), issue!.where)).toBe(true);
    }
  });

  it('moving one along its wall clears it, and so can hinging one on its other side', () => {
    expect(clashingDoors(room, [south, { ...east, offset: -1.0 }])).toEqual([]);
    expect(clashingDoors(room, [{ ...south, hinge: 'right' }, east])).toEqual([]);
    // Not every flip clears a clash: the east door hinged on its right still meets the south door.
    expect(clashingDoors(room, [south, { ...east, hinge: 'right' }])).toHaveLength(1);
  });

  it('across a narrow room, doors facing each other clash whatever their hinges; a deeper room clears them', () => {
    const narrow: Room = { ...room, depth: 1.5 };
    for (const a of ['left', 'right'] as const) {
      for (const b of ['left', 'right'] as const) {
        const doors = [
          door({ id: 'a', wall: 'south', hinge: a }),
          door({ id: 'b', wall: 'north', hinge: b }),
        ];
        expect(clashingDoors(narrow, doors)).toHaveLength(1);
        expect(clashingDoors({ ...room, depth: 2 }, doors)).toEqual([]);
      }
    }
  });

  it('windows never clash, and doors on one wall side by side do not either', () => {
    const window = { ...east, id: 'w', kind: 'window' as const, sill: 0.9, height: 1.2 };
    expect(clashingDoors(room, [south, window])).toEqual([]);
    const next = door({ id: 'next', wall: 'south', offset: 0.05, hinge: 'right' });
    expect(clashingDoors(room, [south, next])).toEqual([]);
  });

  it('lists every clashing pair once, in the room’s order', () => {
    const narrow: Room = { ...room, depth: 1.5 };
    const doors = [
      door({ id: 's1', wall: 'south', offset: 1 }),
      door({ id: 's2', wall: 'south', offset: -1 }),
      door({ id: 'n1', wall: 'north', offset: 1 }),
      door({ id: 'n2', wall: 'north', offset: -1 }),
    ];
    const pairs = clashingDoors(narrow, doors).map((c) => [c.a.id, c.b.id]);
    // Offsets on the north and south walls both run along +x: s1 faces n1.
    expect(pairs).toEqual([
      ['s1', 'n1'],
      ['s2', 'n2'],
    ]);
  });
});
