import { sweepPairs } from '../broadphase';
import type { Footprint } from '../footprint';
import { gapMidpoint, partsGap } from '../geometry/distance';
import { partsOverlap } from '../geometry/sat';
import { wallGaps } from '../snap/walls';
import type { Room } from '../types';
import { type ClearanceIssue, type ClearanceOptions, messageKeys } from './types';

// Walkways: the free floor between two obstacles, or an obstacle and a wall,
// must be at least `minWalkway` wide. Only things standing on the floor are
// obstacles: rugs are walked on, chairs get pushed aside, desk-top items and
// wall or ceiling mounts are above a walking person's feet.

export function isFloorObstacle(f: Footprint, parentId: string | null): boolean {
  return (
    parentId === null &&
    f.kind.collides &&
    f.kind.mount === 'floor' &&
    !f.kind.tucksUnderDesk &&
    f.band.bottom < 0.3
  );
}

function tooNarrow(gap: number, opts: ClearanceOptions): boolean {
  return gap >= opts.ignoreGapBelow && gap < opts.minWalkway;
}

export function walkwayIssues(
  room: Room,
  obstacles: readonly Footprint[],
  opts: ClearanceOptions,
): ClearanceIssue[] {
  const out: ClearanceIssue[] = [];
  const pairs = sweepPairs(
    obstacles.map((f) => f.aabb),
    opts.minWalkway,
  );
  for (const [i, j] of pairs) {
    // Canonical order by id: with parallel facing edges many point pairs are
    // equally close, and the one reported must not depend on input order.
    const [a, b] =
      obstacles[i]!.id < obstacles[j]!.id
        ? [obstacles[i]!, obstacles[j]!]
        : [obstacles[j]!, obstacles[i]!];
    if (partsOverlap(a.parts, b.parts)) continue; // a collision, reported as such
    const g = partsGap(a.parts, b.parts);
    if (!tooNarrow(g.distance, opts)) continue;
    out.push({
      kind: 'walkway',
      itemIds: [a.id, b.id],
      messageKey: messageKeys.walkway,
      where: gapMidpoint(a.parts, b.parts, g.distance),
      gap: g.distance,
    });
  }
  for (const f of obstacles) {
    const pts = f.parts.flat();
    for (const w of wallGaps(f.aabb, room)) {
      if (!tooNarrow(w.gap, opts)) continue;
      // The vertex nearest the wall, and halfway from it to the wall.
      let best = pts[0]!;
      for (const p of pts) {
        const d = w.axis === 'x' ? Math.abs(p.x - w.line) : Math.abs(p.z - w.line);
        const bd = w.axis === 'x' ? Math.abs(best.x - w.line) : Math.abs(best.z - w.line);
        if (d < bd) best = p;
      }
      const where =
        w.axis === 'x'
          ? { x: (best.x + w.line) / 2, z: best.z }
          : { x: best.x, z: (best.z + w.line) / 2 };
      out.push({
        kind: 'walkway',
        itemIds: [f.id],
        messageKey: messageKeys.walkway,
        where,
        gap: w.gap,
      });
    }
  }
  return out;
}
