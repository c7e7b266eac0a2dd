import { openingsOverlap } from '../../core/opening-overlap';
import { aabbOfPoints, aabbOverlaps } from '../geometry/aabb';
import { clipConvex } from '../geometry/clip';
import { centroid, signedArea } from '../geometry/polygon';
import { convexOverlap } from '../geometry/sat';
import type { Vec2 } from '../geometry/vec';
import type { Opening, Room } from '../types';
import { doorSwingPolygon } from './door-swing';
import { type ClearanceIssue, messageKeys } from './types';

/**
 * Floor two swings must share before they count as clashing, m². Arcs that
 * only touch (a door's hinge at the corner where the other's leaf ends) are
 * not a clash; a leaf that meets the other's face a hand's width in is.
 */
const MIN_SHARED_AREA = 0.005;

/** Two doors whose leaves can hit each other, and the middle of the floor both sweep. */
export interface DoorClash {
  readonly a: Opening;
  readonly b: Opening;
  readonly where: Vec2;
}

/**
 * Pairs of doors whose swings share floor, in the room's order. On one wall
 * that cannot happen (each swing stays over its own door's span, and doors
 * may not overlap there), so this finds doors near a corner on two walls
 * and doors facing each other across a narrow room: each can open alone,
 * but opened together their leaves hit. Either one moving along its wall or
 * being hinged on its other side clears it. Doors overlapping on their wall
 * (a file from before that rule) are left to the overlap check.
 */
export function clashingDoors(room: Room, openings: readonly Opening[]): DoorClash[] {
  const doors = openings.filter((o) => o.kind === 'door');
  const swings = doors.map((d) => doorSwingPolygon(room, d));
  const boxes = swings.map((s) => aabbOfPoints(s));
  const out: DoorClash[] = [];
  for (let i = 0; i < doors.length; i++) {
    for (let j = i + 1; j < doors.length; j++) {
      if (!aabbOverlaps(boxes[i]!, boxes[j]!)) continue;
      // Two doors in one place on a wall are flagged as overlapping already: once is enough.
      if (openingsOverlap(doors[i]!, doors[j]!)) continue;
      if (!convexOverlap(swings[i]!, swings[j]!)) continue;
      const shared = clipConvex(swings[i]!, swings[j]!);
      if (shared.length < 3 || Math.abs(signedArea(shared)) < MIN_SHARED_AREA) continue;
      out.push({ a: doors[i]!, b: doors[j]!, where: centroid(shared) });
    }
  }
  return out;
}

/** One issue per clashing pair, naming both doors, marked where their swings meet. */
export function doorClashIssues(room: Room, openings: readonly Opening[]): ClearanceIssue[] {
  return clashingDoors(room, openings).map(({ a, b, where }) => ({
    kind: 'doorsClash',
    itemIds: [],
    messageKey: messageKeys.doorsClash,
    where,
    openingId: a.id,
    otherOpeningId: b.id,
  }));
}
