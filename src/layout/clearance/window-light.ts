import type { Footprint } from '../footprint';
import { wallFrame } from '../room';
import type { Opening, Room } from '../types';
import { type ClearanceIssue, messageKeys } from './types';

/**
 * How close to a window's wall an item must stand to darken it: about a
 * shelf's depth plus a hand (stated assumption; a tall shelf a metre away
 * still lets the light past its sides).
 */
export const WINDOW_ZONE_DEPTH = 0.4;
/**
 * The share of the glass, seen straight on, an item must hide to be flagged.
 * A monitor on a desk under the window hides about a seventh, a floor lamp
 * a fifth: neither is flagged; a bookshelf hides half or more (assumption,
 * chosen so the essay's office raises nothing it should not).
 */
export const WINDOW_COVER_LIMIT = 0.25;

const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * Windows something tall stands in front of: an item within
 * `WINDOW_ZONE_DEPTH` of the window's wall that hides more than
 * `WINDOW_COVER_LIMIT` of its glass (its width along the wall times its
 * height above the sill, over the glass's). Items on a desk count, the desk
 * itself only by its own height.
 */
export function windowBlockedIssues(
  room: Room,
  openings: readonly Opening[],
  fps: readonly Footprint[],
): ClearanceIssue[] {
  const out: ClearanceIssue[] = [];
  for (const w of openings) {
    if (w.kind !== 'window') continue;
    const f = wallFrame(room, w.wall);
    const glass = w.width * w.height;
    if (glass <= 0) continue;
    // The window's span along its wall, and the wall's line, in world terms.
    const mid = f.center.x * f.along.x + f.center.z * f.along.z + w.offset;
    const wallAt = f.center.x * f.inward.x + f.center.z * f.inward.z;
    for (const fp of fps) {
      const { minX, maxX, minZ, maxZ } = fp.aabb;
      // Extents along the wall and away from it (inward), from the box's corners.
      const along = f.along.x !== 0 ? [minX, maxX] : [minZ, maxZ];
      const inwardSign = f.inward.x + f.inward.z;
      const near =
        f.inward.x !== 0 ? (inwardSign > 0 ? minX : -maxX) : inwardSign > 0 ? minZ : -maxZ;
      if (near - wallAt > WINDOW_ZONE_DEPTH) continue;
      const wide = overlap(along[0]!, along[1]!, mid - w.width / 2, mid + w.width / 2);
      const high = overlap(fp.band.bottom, fp.band.top, w.sill, w.sill + w.height);
      if ((wide * high) / glass <= WINDOW_COVER_LIMIT) continue;
      out.push({
        kind: 'windowBlocked',
        itemIds: [fp.id],
        messageKey: messageKeys.windowBlocked,
        where: {
          x: f.center.x + f.along.x * w.offset + f.inward.x * 0.2,
          z: f.center.z + f.along.z * w.offset + f.inward.z * 0.2,
        },
        openingId: w.id,
      });
    }
  }
  return out;
}
