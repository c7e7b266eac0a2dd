import type { Polygon } from './polygon';
import { lerp, type Vec2 } from './vec';

// Gap between disjoint convex polygons: for two non-intersecting convex
// shapes the closest pair always involves a vertex of one and an edge of the
// other, so vertex-to-segment distances in both directions are enough.

export interface Gap {
  readonly distance: number;
  /** Closest points on each shape; their midpoint is where a guide is drawn. */
  readonly a: Vec2;
  readonly b: Vec2;
}

export function closestOnSegment(p: Vec2, s0: Vec2, s1: Vec2): Vec2 {
  const ex = s1.x - s0.x;
  const ez = s1.z - s0.z;
  const len2 = ex * ex + ez * ez;
  if (len2 === 0) return s0;
  const t = Math.max(0, Math.min(1, ((p.x - s0.x) * ex + (p.z - s0.z) * ez) / len2));
  return lerp(s0, s1, t);
}

function oneWay(from: Polygon, to: Polygon, best: Gap | null, flip: boolean): Gap | null {
  let out = best;
  for (const p of from) {
    for (let i = 0; i < to.length; i++) {
      const q = closestOnSegment(p, to[i]!, to[(i + 1) % to.length]!);
      const d = Math.hypot(p.x - q.x, p.z - q.z);
      if (!out || d < out.distance)
        out = flip ? { distance: d, a: q, b: p } : { distance: d, a: p, b: q };
    }
  }
  return out;
}

/** Distance between two disjoint convex polygons (0 when they touch or overlap). */
export function convexGap(a: Polygon, b: Polygon): Gap {
  const g = oneWay(b, a, oneWay(a, b, null, false), true);
  return g ?? { distance: Number.POSITIVE_INFINITY, a: { x: 0, z: 0 }, b: { x: 0, z: 0 } };
}

/** Smallest gap between two shapes made of convex parts. */
export function partsGap(a: readonly Polygon[], b: readonly Polygon[]): Gap {
  let best: Gap = { distance: Number.POSITIVE_INFINITY, a: { x: 0, z: 0 }, b: { x: 0, z: 0 } };
  for (const pa of a) {
    for (const pb of b) {
      const g = convexGap(pa, pb);
      if (g.distance < best.distance) best = g;
    }
  }
  return best;
}

/**
 * Middle of the narrowest passage between two disjoint shapes: the average of
 * every closest point pair within `tol` of the minimum. With parallel facing
 * edges that is the middle of the shared span, not an arbitrary corner.
 */
export function gapMidpoint(
  a: readonly Polygon[],
  b: readonly Polygon[],
  d: number,
  tol = 1e-6,
): Vec2 {
  let sx = 0;
  let sz = 0;
  let n = 0;
  const collect = (from: readonly Polygon[], to: readonly Polygon[]) => {
    for (const pf of from) {
      for (const p of pf) {
        for (const pt of to) {
          for (let i = 0; i < pt.length; i++) {
            const q = closestOnSegment(p, pt[i]!, pt[(i + 1) % pt.length]!);
            if (Math.hypot(p.x - q.x, p.z - q.z) <= d + tol) {
              sx += (p.x + q.x) / 2;
              sz += (p.z + q.z) / 2;
              n++;
            }
          }
        }
      }
    }
  };
  collect(a, b);
  collect(b, a);
  return n > 0 ? { x: sx / n, z: sz / n } : { x: Number.NaN, z: Number.NaN };
}
