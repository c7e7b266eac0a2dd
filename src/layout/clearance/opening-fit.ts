import { wallFrame } from '../room';
import type { Opening, Room } from '../types';
import { type ClearanceIssue, messageKeys } from './types';

/**
 * How an opening fails its wall, or null when it fits: it runs past an end
 * of the wall, or above the ceiling. The same rule the core applies when an
 * opening is placed or changed (events/check-core `openingFits`); a room
 * resized since may break it, and then it is flagged here, not refused, like
 * an item the smaller room leaves outside.
 */
/** The core's tolerance, so what it would refuse on an edit is what is flagged here. */
const TOLERANCE = 1e-9;

export function openingMisfit(room: Room, o: Opening): 'openingOffWall' | 'openingTooTall' | null {
  const half = wallFrame(room, o.wall).length / 2;
  if (Math.abs(o.offset) + o.width / 2 > half + TOLERANCE) return 'openingOffWall';
  if (o.sill + o.height > room.height + TOLERANCE) return 'openingTooTall';
  return null;
}

/** Doors and windows that no longer fit their wall, marked at their middle on the wall. */
export function openingMisfitIssues(room: Room, openings: readonly Opening[]): ClearanceIssue[] {
  const out: ClearanceIssue[] = [];
  for (const o of openings) {
    const kind = openingMisfit(room, o);
    if (!kind) continue;
    const f = wallFrame(room, o.wall);
    out.push({
      kind,
      itemIds: [],
      messageKey: messageKeys[kind],
      where: { x: f.center.x + f.along.x * o.offset, z: f.center.z + f.along.z * o.offset },
      openingId: o.id,
    });
  }
  return out;
}
