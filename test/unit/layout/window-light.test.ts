// Found by exploratory QA: a tall bookshelf moved in front of the window
// raised no layout check. Something tall within reach of a window's wall
// that hides much of its glass is now flagged; what stays below the sill,
// or hides only a little of it, is not.
import { describe, expect, it } from 'vitest';
import {
  findClearanceIssues,
  footprintOf,
  type Opening,
  WINDOW_COVER_LIMIT,
  WINDOW_ZONE_DEPTH,
  windowBlockedIssues,
} from '../../../src/layout';
import { item, room } from './helpers/items';

// The west wall's inner face is at x = -2.5 in the 5 × 4 m test room.
const window: Opening = {
  id: 'window-1',
  kind: 'window',
  wall: 'west',
  offset: -0.3,
  width: 1.2,
  height: 1.3,
  sill: 0.9,
};
const flagged = (...items: Parameters<typeof footprintOf>[0][]) =>
  windowBlockedIssues(
    room,
    [window],
    items.map((i) => footprintOf(i)),
  );

// A tall shelf (2 m) with its back to the west wall, facing into the room.
const shelfAt = (z: number, x = -2.5 + 0.18) =>
  item('shelfTall', { id: 'shelf', x, z, rotation: Math.PI / 2 });

describe('a window something tall stands in front of', () => {
  it('is flagged for a bookshelf against its wall, named with the window', () => {
    const issues = findClearanceIssues(room, [window], [shelfAt(-0.3)]);
    expect(issues).toEqual([
      expect.objectContaining({ kind: 'windowBlocked', itemIds: ['shelf'], openingId: 'window-1' }),
    ]);
  });

  it('is not flagged for the same shelf beside the window, or a metre into the room', () => {
    expect(flagged(shelfAt(1.2))).toEqual([]);
    expect(flagged(shelfAt(-0.3, -2.5 + WINDOW_ZONE_DEPTH + 0.6))).toEqual([]);
  });

  it('is not flagged for what stays under the sill or hides little of the glass', () => {
    const lowShelf = item('shelfLow', { x: -2.5 + 0.2, z: -0.3, rotation: Math.PI / 2 });
    const lamp = item('lampFloor', { x: -2.3, z: -0.3 });
    const desk = item('deskRect', { id: 'desk', x: -2.5 + 0.35, z: -0.3, rotation: Math.PI / 2 });
    const monitor = item('computer', {
      x: -2.5 + 0.2,
      z: -0.3,
      rotation: Math.PI / 2,
      elevation: 0.74,
      parentId: 'desk',
    });
    expect(flagged(lowShelf, lamp, desk, monitor)).toEqual([]);
  });

  it('draws the line at a quarter of the glass', () => {
    // A tall shelf showing only its edge in front of the window: how much glass it hides.
    const fp = footprintOf(shelfAt(-0.3));
    const width = fp.aabb.maxZ - fp.aabb.minZ;
    // Slide it along the wall until it covers just under, then just over, the limit.
    const coverAt = (edge: number) => {
      const z = -0.3 - 0.6 - width / 2 + edge;
      return flagged(shelfAt(z)).length;
    };
    const height = Math.min(2, 0.9 + 1.3) - 0.9;
    const limitEdge = (WINDOW_COVER_LIMIT * 1.2 * 1.3) / height;
    expect(coverAt(limitEdge - 0.02)).toBe(0);
    expect(coverAt(limitEdge + 0.02)).toBe(1);
  });
});
