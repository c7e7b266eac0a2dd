// A door or window that a resized room leaves past the end of its wall, or
// above its ceiling, is a layout issue (flagged like an item the room leaves
// outside), with the same rule the core applies to an opening's own edit.
import { describe, expect, it } from 'vitest';
import { findClearanceIssues, openingMisfit, type Room, WALL_SIDES } from '../../../src/layout';
import { door } from './helpers/items';

const small: Room = { width: 2, depth: 2, height: 2.7, wallThickness: 0.12 };

describe('openings that no longer fit their wall', () => {
  it('QA: the default south door (offset 1.2, width 0.9) in a 2 × 2 m room is flagged, named', () => {
    const d = door({ id: 'door-1', wall: 'south', offset: 1.2, width: 0.9 });
    expect(findClearanceIssues(small, [d], [])).toEqual([
      {
        kind: 'openingOffWall',
        itemIds: [],
        messageKey: 'clearance.openingOffWall',
        where: { x: 1.2, z: 1 },
        openingId: 'door-1',
      },
    ]);
  });

  it.each(WALL_SIDES)(
    'on the %s wall: up to its end fits, a centimetre past it does not',
    (wall) => {
      const end = 1 - 0.45;
      expect(openingMisfit(small, door({ wall, offset: end }))).toBeNull();
      expect(openingMisfit(small, door({ wall, offset: -end }))).toBeNull();
      expect(openingMisfit(small, door({ wall, offset: end + 0.01 }))).toBe('openingOffWall');
      expect(openingMisfit(small, door({ wall, offset: -end - 0.01 }))).toBe('openingOffWall');
    },
  );

  it('measures an east or west opening along the depth, a north or south one along the width', () => {
    const long: Room = { ...small, width: 6 };
    expect(openingMisfit(long, door({ wall: 'north', offset: 2 }))).toBeNull();
    expect(openingMisfit(long, door({ wall: 'east', offset: 2 }))).toBe('openingOffWall');
  });

  it('a window reaching above a lowered ceiling is flagged too', () => {
    const window = door({ id: 'w', kind: 'window', wall: 'north', sill: 1.3, height: 1.3 });
    const low: Room = { ...small, height: 2.5 };
    expect(openingMisfit(small, window)).toBeNull();
    expect(findClearanceIssues(low, [window], [])).toEqual([
      expect.objectContaining({ kind: 'openingTooTall', openingId: 'w', itemIds: [] }),
    ]);
  });

  it('openings that fit raise nothing', () => {
    const room: Room = { ...small, width: 4.2, depth: 3.6 };
    expect(findClearanceIssues(room, [door({ offset: 1.2 })], [])).toEqual([]);
  });
});
