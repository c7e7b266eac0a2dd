import type { Vec2 } from './vec';

const cross = (o: Vec2, a: Vec2, b: Vec2) => (a.x - o.x) * (b.z - o.z) - (a.z - o.z) * (b.x - o.x);

/** Do segments p1–p2 and q1–q2 cross (touching at a shared end does not count)? */
function segmentsCross(p1: Vec2, p2: Vec2, q1: Vec2, q2: Vec2): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/**
 * A drawn outline is usable as a desk top when it has three or more corners,
 * encloses an area, and no edge crosses another (a figure eight has no
 * inside to stand things on).
 */
export function isSimplePolygon(points: readonly Vec2[], minArea = 0.01): boolean {
  const n = points.length;
  if (n < 3) return false;
  let area = 0;
  for (let i = 0; i < n; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % n]!;
    area += a.x * b.z - b.x * a.z;
  }
  if (Math.abs(area / 2) < minArea) return false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // Neighbouring edges share a corner; they cannot cross.
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsCross(points[i]!, points[(i + 1) % n]!, points[j]!, points[(j + 1) % n]!))
        return false;
    }
  }
  return true;
}
