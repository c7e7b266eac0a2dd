import { openingsOverlap, overlappingPairs } from '../../core/opening-overlap';
import { wallFrame } from '../room';
import type { Opening, Room } from '../types';
import { type ClearanceIssue, messageKeys } from './types';

// The overlap rule is the core's (src/core/opening-overlap.ts), the one its
// check of an opening's edit applies: what an edit would be refused for is
// what an older file or log is flagged for. Re-exported for the plan and the
// Room panel.
export { openingsOverlap, overlappingPairs };

/**
 * Doors and windows that overlap another on their wall, one issue per pair,
 * naming both (`openingId` first in the room's order, `otherOpeningId`),
 * marked on the wall at the middle of the length they share. Edits cannot
 * make them (the core refuses), but a file or a log from before the rule
 * may hold them: they are flagged, not lost.
 */
export function openingOverlapIssues(room: Room, openings: readonly Opening[]): ClearanceIssue[] {
  return overlappingPairs(openings).map(([a, b]) => {
    const f = wallFrame(room, a.wall);
    const from = Math.max(a.offset - a.width / 2, b.offset - b.width / 2);
    const to = Math.min(a.offset + a.width / 2, b.offset + b.width / 2);
    const mid = (from + to) / 2;
    return {
      kind: 'openingsOverlap',
      itemIds: [],
      messageKey: messageKeys.openingsOverlap,
      where: { x: f.center.x + f.along.x * mid, z: f.center.z + f.along.z * mid },
      openingId: a.id,
      otherOpeningId: b.id,
    };
  });
}
