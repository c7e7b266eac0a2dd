import { type Polygon, signedArea } from './polygon';
import { cross, sub, type Vec2 } from './vec';

/**
 * Sutherland–Hodgman clip of a polygon by a convex clipper: the overlap
 * region of two convex parts. Clearance reports use its centroid as the
 * place to draw the warning.
 */
export function clipConvex(subject: Polygon, clipper: Polygon): Polygon {
  const ccw = signedArea(clipper) > 0;
  let output: Vec2[] = [...subject];
  for (let i = 0; i < clipper.length && output.length > 0; i++) {
    const a = clipper[i]!;
    const b = clipper[(i + 1) % clipper.length]!;
    const edge = sub(b, a);
    const inside = (p: Vec2) => {
      const c = cross(edge, sub(p, a));
      return ccw ? c >= 0 : c <= 0;
    };
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const cur = input[j]!;
      const prev = input[(j + input.length - 1) % input.length]!;
      const curIn = inside(cur);
      const prevIn = inside(prev);
      if (curIn !== prevIn) output.push(intersect(prev, cur, a, b));
      if (curIn) output.push(cur);
    }
  }
  return output;
}

function intersect(p0: Vec2, p1: Vec2, a: Vec2, b: Vec2): Vec2 {
  const d = sub(p1, p0);
  const e = sub(b, a);
  const denom = cross(d, e);
  if (Math.abs(denom) < 1e-15) return p0;
  const t = cross(sub(a, p0), e) / denom;
  return { x: p0.x + d.x * t, z: p0.z + d.z * t };
}
