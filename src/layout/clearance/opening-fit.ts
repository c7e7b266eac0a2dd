import { offsetLimit, openingMisfit } from '../../core/opening-fit';
import { wallFrame } from '../room';
import type { Opening, Room } from '../types';
import { type ClearanceIssue, messageKeys } from './types';

// The fit rule is the core's (src/core/opening-fit.ts), the one its check of
// an opening's edit applies: what an edit would be refused for is what a
// room resized since gets flagged for. Re-exported for the plan and the Room panel.
export { offsetLimit, openingMisfit };

/**
 * Doors and windows that no longer fit their wall, marked at their middle on
 * the wall. A room resize may leave them so: they are flagged here, not
 * refused, like an item the smaller room leaves outside.
 */
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
