import {
  cleanPolygon,
  convexHull,
  ensureCounterClockwise,
  isConvex,
  type Polygon,
} from './polygon';
import { cross, sub, type Vec2 } from './vec';

// Irregular desk outlines are split into convex parts so SAT applies:
// ear-clipping triangulation, then Hertel–Mehlhorn style merging of
// neighbouring pieces while the union stays convex (fewer parts → fewer SAT
// tests per pair, at most 4× the optimum).

function pointInTriangle(p: Vec2, a: Vec2, b: Vec2, c: Vec2): boolean {
  const d1 = cross(sub(b, a), sub(p, a));
  const d2 = cross(sub(c, b), sub(p, b));
  const d3 = cross(sub(a, c), sub(p, c));
  // Points on an edge count as inside: a vertex lying on a candidate ear's
  // edge would otherwise let the ear cut through the outline.
  return d1 >= -1e-12 && d2 >= -1e-12 && d3 >= -1e-12;
}

/** Ear clipping on a simple polygon; returns vertex index triples, or null if it gets stuck. */
export function earClip(poly: Polygon): Array<[number, number, number]> | null {
  const n = poly.length;
  if (n < 3) return null;
  const idx = Array.from({ length: n }, (_, i) => i);
  const tris: Array<[number, number, number]> = [];
  let guard = 0;
  while (idx.length > 3) {
    if (guard++ > n * n) return null;
    let clipped = false;
    for (let i = 0; i < idx.length; i++) {
      const ia = idx[(i + idx.length - 1) % idx.length]!;
      const ib = idx[i]!;
      const ic = idx[(i + 1) % idx.length]!;
      const a = poly[ia]!;
      const b = poly[ib]!;
      const c = poly[ic]!;
      if (cross(sub(b, a), sub(c, b)) <= 1e-12) continue; // reflex or flat: not an ear
      let blocked = false;
      for (const j of idx) {
        if (j === ia || j === ib || j === ic) continue;
        if (pointInTriangle(poly[j]!, a, b, c)) {
          blocked = true;
          break;
        }
      }
      if (blocked) continue;
      tris.push([ia, ib, ic]);
      idx.splice(i, 1);
      clipped = true;
      break;
    }
    if (!clipped) return null;
  }
  tris.push([idx[0]!, idx[1]!, idx[2]!]);
  return tris;
}

/** Joins two index cycles sharing the directed edge u→v (in `a`) / v→u (in `b`). */
function mergeAt(a: number[], b: number[], u: number, v: number): number[] {
  const ia = a.indexOf(u);
  const rotA = [...a.slice(ia + 1), ...a.slice(0, ia + 1)]; // starts after u, ends with u... v first
  const ib = b.indexOf(v);
  const rotB = [...b.slice(ib + 1), ...b.slice(0, ib + 1)]; // starts after v ... ends with v, u is first
  // rotA = [v, ..., u], rotB = [u, ..., v]; the union walks a from v to u then b from u to v.
  return [...rotA, ...rotB.slice(1, -1)];
}

function sharedEdge(a: number[], b: number[]): [number, number] | null {
  for (let i = 0; i < a.length; i++) {
    const u = a[i]!;
    const v = a[(i + 1) % a.length]!;
    for (let j = 0; j < b.length; j++) {
      if (b[j] === v && b[(j + 1) % b.length] === u) return [u, v];
    }
  }
  return null;
}

/** Convex decomposition of a simple polygon (any winding). */
export function convexDecompose(outline: Polygon): Polygon[] {
  const poly = ensureCounterClockwise(cleanPolygon(outline));
  if (poly.length < 3) return [];
  if (isConvex(poly)) return [poly];
  const tris = earClip(poly);
  // A self-intersecting outline cannot be triangulated: its hull is a safe
  // (over-reporting) stand-in rather than silently losing the item.
  if (!tris) return [convexHull(poly)];
  const parts: number[][] = tris.map((t) => [...t]);
  let merged = true;
  while (merged) {
    merged = false;
    outer: for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const e = sharedEdge(parts[i]!, parts[j]!);
        if (!e) continue;
        const candidate = mergeAt(parts[i]!, parts[j]!, e[0], e[1]);
        if (!isConvex(candidate.map((k) => poly[k]!))) continue;
        parts[i] = candidate;
        parts.splice(j, 1);
        merged = true;
        break outer;
      }
    }
  }
  return parts.map((p) => p.map((k) => poly[k]!));
}
