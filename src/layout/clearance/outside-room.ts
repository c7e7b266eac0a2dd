import type { Footprint } from '../footprint';
import { centroid } from '../geometry/polygon';
import { EPS } from '../geometry/vec';
import { roomBounds } from '../room';
import type { Room } from '../types';
import { type ClearanceIssue, messageKeys } from './types';

/** Items that poke through a wall, the floor or the ceiling. */
export function outsideRoomIssues(room: Room, fps: readonly Footprint[]): ClearanceIssue[] {
  const b = roomBounds(room);
  const out: ClearanceIssue[] = [];
  for (const f of fps) {
    const box = f.aabb;
    const outside =
      box.minX < b.minX - EPS ||
      box.maxX > b.maxX + EPS ||
      box.minZ < b.minZ - EPS ||
      box.maxZ > b.maxZ + EPS ||
      f.band.bottom < -EPS ||
      f.band.top > room.height + EPS;
    if (!outside) continue;
    const first = f.parts[0];
    out.push({
      kind: 'outsideRoom',
      itemIds: [f.id],
      messageKey: messageKeys.outsideRoom,
      where: first
        ? centroid(first)
        : { x: (box.minX + box.maxX) / 2, z: (box.minZ + box.maxZ) / 2 },
    });
  }
  return out;
}
