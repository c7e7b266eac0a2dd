// Found by exploratory QA: a tall bookshelf moved in front of the window
// raised no layout check. Something tall within reach of a window's wall
// that hides much of its glass is now flagged; what stays below the sill,
// or hides only a little of it, is not. The check works in each wall's own
// frame (along it, away from it), so every case runs on all four walls.
import { describe, expect, it } from 'vitest';
import {
  facingRoomRotation,
  findClearanceIssues,
  footprintOf,
  type Opening,
  type PlacedItem,
  WALL_SIDES,
  type WallSide,
  WINDOW_COVER_LIMIT,
  WINDOW_ZONE_DEPTH,
  wallFrame,
  windowBlockedIssues,
} from '../../../src/layout';
import { item, room } from './helpers/items';

/** A window on `wall` of the 5 × 4 m test room, and items placed in that wall's frame. */
function onWall(wall: WallSide) {
  const window: Opening = {
    id: 'window-1',
    kind: 'window',
    wall,
    offset: -0.3,
    width: 1.2,
    height: 1.3,
    sill: 0.9,
  };
  const f = wallFrame(room, wall);
  /** An item `along` the wall from its centre, `out` from its inner face, its back to the wall. */
  const at = (kind: string, along: number, out: number, over: Partial<PlacedItem> = {}) =>
    item(kind, {
      x: f.center.x + f.along.x * along + f.inward.x * out,
      z: f.center.z + f.along.z * along + f.inward.z * out,
      rotation: facingRoomRotation(wall),
      ...over,
    });
  // A tall shelf (2 m, 0.35 deep) with its back to the wall, facing into the room.
  const shelfAt = (along: number, out = 0.18) => at('shelfTall', along, out, { id: 'shelf' });
  const flagged = (...items: PlacedItem[]) =>
    windowBlockedIssues(
      room,
      [window],
      items.map((i) => footprintOf(i)),
    );
  /** The extent of a footprint along the wall. */
  const alongWidth = (i: PlacedItem) => {
    const { minX, maxX, minZ, maxZ } = footprintOf(i).aabb;
    return f.along.x !== 0 ? maxX - minX : maxZ - minZ;
  };
  return { window, at, shelfAt, flagged, alongWidth };
}

describe.each(WALL_SIDES)(
  'a window on the %s wall that something tall stands in front of',
  (wall) => {
    const { window, at, shelfAt, flagged, alongWidth } = onWall(wall);

    it('is flagged for a bookshelf against its wall, named with the window', () => {
      const issues = findClearanceIssues(room, [window], [shelfAt(-0.3)]);
      expect(issues).toEqual([
        expect.objectContaining({
          kind: 'windowBlocked',
          itemIds: ['shelf'],
          openingId: 'window-1',
        }),
      ]);
    });

    it('is not flagged for the same shelf beside the window, or a metre into the room', () => {
      expect(flagged(shelfAt(1.2))).toEqual([]);
      expect(flagged(shelfAt(-0.3, WINDOW_ZONE_DEPTH + 0.6))).toEqual([]);
    });

    it('is not flagged for what stays under the sill or hides little of the glass', () => {
      const lowShelf = at('shelfLow', -0.3, 0.2);
      const lamp = at('lampFloor', -0.3, 0.2);
      const desk = at('deskRect', -0.3, 0.35, { id: 'desk' });
      const monitor = at('computer', -0.3, 0.2, { elevation: 0.74, parentId: 'desk' });
      expect(flagged(lowShelf, lamp, desk, monitor)).toEqual([]);
    });

    it('draws the line at a quarter of the glass', () => {
      // A tall shelf showing only its edge in front of the window: how much glass it hides.
      const width = alongWidth(shelfAt(-0.3));
      // Slide it along the wall until it covers just under, then just over, the limit.
      const coverAt = (edge: number) => flagged(shelfAt(-0.3 - 0.6 - width / 2 + edge)).length;
      const height = Math.min(2, 0.9 + 1.3) - 0.9;
      const limitEdge = (WINDOW_COVER_LIMIT * 1.2 * 1.3) / height;
      expect(coverAt(limitEdge - 0.02)).toBe(0);
      expect(coverAt(limitEdge + 0.02)).toBe(1);
    });
  },
);
