import type { WallSide } from './office-state';

// The one rule for a door or window on its wall. The core refuses an edit
// that breaks it (events/check-core); the layout checks (src/layout, above
// the core) flag an opening a room resized since breaks. Both call this, so
// what is refused on an edit is exactly what is flagged after a resize.
// Plain data in, no imports beyond types: src/layout may use it.

/** The room's inner box, as far as an opening needs it. */
export interface OpeningRoom {
  readonly width: number;
  readonly depth: number;
  readonly height: number;
}

/** Where an opening sits on its wall and how big it is. */
export interface OpeningSpan {
  readonly wall: WallSide;
  /** Metres from the wall's centre along the wall. */
  readonly offset: number;
  readonly width: number;
  readonly height: number;
  readonly sill: number;
}

/** How an opening fails its wall. */
export type OpeningMisfit = 'openingOffWall' | 'openingTooTall';

/** Slack for sums of decimal metres (1.2 + 0.45 is not exactly 1.65); opening-overlap.ts shares it. */
export const TOLERANCE = 1e-9;

/** The inner length of a wall: north and south run along the width, east and west along the depth. */
export function wallLength(room: OpeningRoom, wall: WallSide): number {
  return wall === 'north' || wall === 'south' ? room.width : room.depth;
}

/**
 * How far an opening reaches past its wall, in metres, on each count; 0 on
 * both when it fits. Past the end: beyond whichever end of the wall it runs
 * over (measured on the wall it is on).
 */
export interface OpeningOverrun {
  readonly pastEnd: number;
  readonly aboveCeiling: number;
}

export function openingOverrun(room: OpeningRoom, o: OpeningSpan): OpeningOverrun {
  return {
    pastEnd: Math.max(0, Math.abs(o.offset) + o.width / 2 - wallLength(room, o.wall) / 2),
    aboveCeiling: Math.max(0, o.sill + o.height - room.height),
  };
}

/**
 * How an opening fails its wall, or null when it fits: it runs past an end
 * of the wall, or above the ceiling (checked in that order).
 */
export function openingMisfit(room: OpeningRoom, o: OpeningSpan): OpeningMisfit | null {
  return misfitWorsened(room, null, o);
}

/**
 * What an edit makes worse: the count (past the wall's end, above the
 * ceiling) on which `after` reaches further than `before` did, or null when
 * neither grows. `before` null is a new opening: any misfit is new, so this
 * is `openingMisfit`. An opening a resized room left misfitting can so be
 * edited (moved partly back, its hinge turned, moved to another wall where
 * it overhangs less) without being fixed at once; an edit that would create
 * a misfit, or push one further, is still refused.
 */
export function misfitWorsened(
  room: OpeningRoom,
  before: OpeningSpan | null,
  after: OpeningSpan,
): OpeningMisfit | null {
  const was = before ? openingOverrun(room, before) : { pastEnd: 0, aboveCeiling: 0 };
  const now = openingOverrun(room, after);
  if (now.pastEnd > was.pastEnd + TOLERANCE) return 'openingOffWall';
  if (now.aboveCeiling > was.aboveCeiling + TOLERANCE) return 'openingTooTall';
  return null;
}

/**
 * The offsets along its wall an opening may be given without worsening its
 * fit: on the wall, or no further past its end than it is now (a resized
 * room may have left it there), so from −limit to +limit. The on-wall bound
 * is rounded inward to the centimetre the Room panel types in. Offered to the
 * panel's field, which names the range instead of the schema's ±20 m. Null
 * for an opening wider than its wall.
 */
export function offsetLimit(room: OpeningRoom, o: OpeningSpan): number | null {
  const onWall = Math.floor(((wallLength(room, o.wall) - o.width) / 2) * 100 + TOLERANCE) / 100;
  // Wider than its wall: no offset fits, and "between 0 and 0" would hide
  // the cure (narrower), which the refusal and the misfit hint name.
  if (onWall < 0) return null;
  return Math.max(onWall, Math.abs(o.offset));
}
