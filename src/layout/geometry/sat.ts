import type { Polygon } from './polygon';
import { EPS } from './vec';

// Separating axis theorem for convex polygons. For two convex shapes the
// candidate axes are the edge normals of both; if the projections are
// disjoint on any of them the shapes are apart. Oriented boxes tested this
// way are exact, unlike inflated axis-aligned boxes (PRIOR-ART lesson 3).

function projectionOverlap(a: Polygon, b: Polygon, nx: number, nz: number): number {
  let minA = Number.POSITIVE_INFINITY;
  let maxA = Number.NEGATIVE_INFINITY;
  for (const p of a) {
    const d = p.x * nx + p.z * nz;
    if (d < minA) minA = d;
    if (d > maxA) maxA = d;
  }
  let minB = Number.POSITIVE_INFINITY;
  let maxB = Number.NEGATIVE_INFINITY;
  for (const p of b) {
    const d = p.x * nx + p.z * nz;
    if (d < minB) minB = d;
    if (d > maxB) maxB = d;
  }
  return Math.min(maxA, maxB) - Math.max(minA, minB);
}

function axesDepth(edges: Polygon, a: Polygon, b: Polygon, best: number): number {
  let depth = best;
  for (let i = 0; i < edges.length; i++) {
    const p = edges[i]!;
    const q = edges[(i + 1) % edges.length]!;
    const ex = q.x - p.x;
    const ez = q.z - p.z;
    const len = Math.hypot(ex, ez);
    if (len < 1e-12) continue;
    const overlap = projectionOverlap(a, b, -ez / len, ex / len);
    if (overlap < depth) depth = overlap;
    // Early out: once separated the exact depth no longer matters to callers.
    if (depth <= 0) return depth;
  }
  return depth;
}

/**
 * Penetration depth: the smallest projection overlap over all separating-axis
 * candidates, in metres. ≤ 0 means apart (0 = touching).
 */
export function satDepth(a: Polygon, b: Polygon): number {
  if (a.length < 3 || b.length < 3) return 0;
  const d = axesDepth(a, a, b, Number.POSITIVE_INFINITY);
  if (d <= 0) return d;
  return axesDepth(b, a, b, d);
}

/** Convex polygons overlap by more than `eps` (touching is not overlapping). */
export function convexOverlap(a: Polygon, b: Polygon, eps = EPS): boolean {
  return satDepth(a, b) > eps;
}

/** Any convex part of one shape overlaps any convex part of the other. */
export function partsOverlap(a: readonly Polygon[], b: readonly Polygon[], eps = EPS): boolean {
  for (const pa of a) {
    for (const pb of b) {
      if (convexOverlap(pa, pb, eps)) return true;
    }
  }
  return false;
}
