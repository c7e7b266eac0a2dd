import type { OpeningSpan } from './opening-fit';
import { TOLERANCE } from './opening-fit';

// The one rule for two doors or windows on one wall, beside the fit rule of
// opening-fit.ts and used the same way: the core refuses an edit that breaks
// it (events/check-core), the layout checks (src/layout) flag openings that
// break it anyway (a file or a log from before the rule). Plain data in, no
// imports beyond the fit rule's: src/layout may use it.
//
// The rule: two openings overlap when they are on the same wall, their spans
// along it overlap, and their heights [sill, sill + height] overlap too. A
// window above a door shares wall length with it and is fine; touching
// (side by side, or a window's sill on a door's head) is not overlapping, as
// a band of windows joined at their frames is a real wall.

/** An opening with its id: what the rule names the other one by. */
export interface WallOpening extends OpeningSpan {
  readonly id: string;
}

/** How far two ranges overlap; negative or 0 when they are apart or only touch. */
const shared = (aLo: number, aHi: number, bLo: number, bHi: number) =>
  Math.min(aHi, bHi) - Math.max(aLo, bLo);

/**
 * The area two openings share in their wall's plane, m²: 0 on different
 * walls, when their spans along the wall or their heights are apart, or when
 * they only touch.
 */
export function overlapArea(a: OpeningSpan, b: OpeningSpan): number {
  if (a.wall !== b.wall) return 0;
  const along = shared(
    a.offset - a.width / 2,
    a.offset + a.width / 2,
    b.offset - b.width / 2,
    b.offset + b.width / 2,
  );
  const up = shared(a.sill, a.sill + a.height, b.sill, b.sill + b.height);
  return along > TOLERANCE && up > TOLERANCE ? along * up : 0;
}

/** Whether two openings overlap on their wall (`overlapArea` above 0). */
export function openingsOverlap(a: OpeningSpan, b: OpeningSpan): boolean {
  return overlapArea(a, b) > 0;
}

/**
 * Every pair of openings that overlap, each pair once, in the order given
 * (the room's: its numbering, "Door 1" before "Door 2").
 */
export function overlappingPairs<T extends WallOpening>(
  openings: readonly T[],
): Array<readonly [T, T]> {
  const out: Array<readonly [T, T]> = [];
  for (let i = 0; i < openings.length; i++) {
    for (let j = i + 1; j < openings.length; j++) {
      if (openingsOverlap(openings[i]!, openings[j]!)) out.push([openings[i]!, openings[j]!]);
    }
  }
  return out;
}

/**
 * What an edit makes worse: the first of `others` (the room's openings, in
 * its order; `after` itself is skipped) that `after` overlaps by more area
 * than `before` did, or null. `before` null is a new opening: any overlap is
 * new. So an opening found overlapping another (a file from before the rule)
 * can still be edited, and moved part of the way off it, while an edit that
 * makes a new overlap, or a larger one, is refused.
 */
export function overlapWorsened<T extends WallOpening>(
  others: readonly T[],
  before: OpeningSpan | null,
  after: WallOpening,
): T | null {
  for (const other of others) {
    if (other.id === after.id) continue;
    const now = overlapArea(after, other);
    if (now === 0) continue;
    const was = before ? overlapArea(before, other) : 0;
    if (now > was + TOLERANCE) return other;
  }
  return null;
}
