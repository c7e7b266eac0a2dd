import { cross, EPS, sub, type Vec2 } from './vec';

/** A simple polygon on the floor plane; parts used for collision are convex. */
export type Polygon = readonly Vec2[];

/** The axis-aligned rectangle (x0, z0)–(x1, z1), counter-clockwise. */
export const rect = (x0: number, z0: number, x1: number, z1: number): Polygon => [
  { x: x0, z: z0 },
  { x: x1, z: z0 },
  { x: x1, z: z1 },
  { x: x0, z: z1 },
];

/** Signed area with (x, z) as the coordinate pair: positive when counter-clockwise in that frame. */
export function signedArea(poly: Polygon): number {
  let a = 0;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!;
    const q = poly[(i + 1) % poly.length]!;
    a += p.x * q.z - q.x * p.z;
  }
  return a / 2;
}

/** Same winding everywhere keeps ear clipping and convexity tests simple. */
export function ensureCounterClockwise(poly: Polygon): Polygon {
  return signedArea(poly) < 0 ? [...poly].reverse() : poly;
}

/** Drops consecutive duplicates and collinear vertices: they break ear tests. */
export function cleanPolygon(poly: Polygon, eps = 1e-9): Polygon {
  const out: Vec2[] = [];
  for (const p of poly) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < eps && Math.abs(last.z - p.z) < eps) continue;
    out.push(p);
  }
  while (out.length > 1) {
    const first = out[0]!;
    const last = out[out.length - 1]!;
    if (Math.abs(first.x - last.x) < eps && Math.abs(first.z - last.z) < eps) out.pop();
    else break;
  }
  let changed = true;
  while (changed && out.length > 3) {
    changed = false;
    for (let i = 0; i < out.length; i++) {
      const a = out[(i + out.length - 1) % out.length]!;
      const b = out[i]!;
      const c = out[(i + 1) % out.length]!;
      if (Math.abs(cross(sub(b, a), sub(c, b))) < eps) {
        out.splice(i, 1);
        changed = true;
        break;
      }
    }
  }
  return out;
}

export function isConvex(poly: Polygon): boolean {
  if (poly.length < 3) return false;
  let sign = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    const c = poly[(i + 2) % poly.length]!;
    const z = cross(sub(b, a), sub(c, b));
    if (Math.abs(z) < 1e-12) continue;
    const s = Math.sign(z);
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return sign !== 0;
}

export function centroid(poly: Polygon): Vec2 {
  const a = signedArea(poly);
  if (Math.abs(a) < 1e-12) {
    // Degenerate: fall back to the vertex average.
    let x = 0;
    let z = 0;
    for (const p of poly) {
      x += p.x;
      z += p.z;
    }
    return { x: x / Math.max(1, poly.length), z: z / Math.max(1, poly.length) };
  }
  let cx = 0;
  let cz = 0;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!;
    const q = poly[(i + 1) % poly.length]!;
    const f = p.x * q.z - q.x * p.z;
    cx += (p.x + q.x) * f;
    cz += (p.z + q.z) * f;
  }
  return { x: cx / (6 * a), z: cz / (6 * a) };
}

/** Point strictly inside a convex polygon by more than `margin` (any winding). */
export function convexContains(poly: Polygon, p: Vec2, margin = EPS): boolean {
  const ccw = signedArea(poly) > 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    const e = sub(b, a);
    const len = Math.hypot(e.x, e.z);
    if (len === 0) continue;
    const side = cross(e, sub(p, a)) / len;
    if ((ccw ? side : -side) <= margin) return false;
  }
  return true;
}

/** Even-odd test for any simple polygon. */
export function polygonContains(poly: Polygon, p: Vec2): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!;
    const b = poly[j]!;
    if (a.z > p.z !== b.z > p.z && p.x < ((b.x - a.x) * (p.z - a.z)) / (b.z - a.z) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}

/** Andrew's monotone chain; the fallback part when an outline cannot be triangulated. */
export function convexHull(points: readonly Vec2[]): Polygon {
  const pts = [...points].sort((a, b) => a.x - b.x || a.z - b.z);
  if (pts.length < 3) return pts;
  const turn = (o: Vec2, a: Vec2, b: Vec2) => cross(sub(a, o), sub(b, o));
  const lower: Vec2[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && turn(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: Vec2[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && turn(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return [...lower, ...upper];
}
