import { openingOverrun, TOLERANCE } from '../core/opening-fit';
import { openingsOverlap, type WallOpening } from '../core/opening-overlap';
import type { Room } from './types';

// Where a door or window can go on a wall: the one search behind adding an
// opening and moving one to another wall (src/app/commands/room-commands).

/** Candidate offsets are this far apart, from the wall's centre out. */
export const SPOT_STEP = 0.1;
/** Wall left on each side between a found spot and an opening it would share height with. */
export const SPOT_GAP = 0.05;

const r3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The offset nearest the wall's centre, in steps of `SPOT_STEP` (the centre,
 * then +0.1, −0.1, +0.2, …), where `o` (its wall, size and sill as given;
 * its offset is ignored) stays on the wall and keeps `SPOT_GAP` of wall from
 * every other opening it shares height with. By the core's rules
 * (opening-fit.ts, opening-overlap.ts), so a spot found is never refused as
 * past the wall's end or overlapping. `o` itself, if listed among
 * `openings` (a move), is skipped. Null when no step fits: a full wall, or
 * one shorter than the opening.
 */
export function freeOpeningOffset(
  room: Room,
  openings: readonly WallOpening[],
  o: WallOpening,
): number | null {
  const others = openings.filter((x) => x.id !== o.id && x.wall === o.wall);
  // Widened by the gap on both sides: a spot is free when the widened one overlaps nothing.
  const padded = { ...o, width: o.width + 2 * SPOT_GAP };
  for (let k = 0; ; k++) {
    const step = r3(k * SPOT_STEP);
    // Symmetric about the centre: once a step runs past the wall's end, every later one does.
    if (openingOverrun(room, { ...o, offset: step }).pastEnd > TOLERANCE) return null;
    for (const offset of k === 0 ? [0] : [step, -step]) {
      if (others.some((x) => openingsOverlap({ ...padded, offset }, x))) continue;
      return offset;
    }
  }
}
