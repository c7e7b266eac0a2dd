import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Polygon, satDepth } from '../../../src/layout';

// SAT against brute force: points sampled inside rectangle A tested against
// rectangle B with a plain half-plane check (no projections, no SAT).

interface Rect {
  cx: number;
  cz: number;
  w: number;
  d: number;
  r: number;
}

const rectArb: fc.Arbitrary<Rect> = fc.record({
  cx: fc.double({ min: -1, max: 1, noNaN: true }),
  cz: fc.double({ min: -1, max: 1, noNaN: true }),
  w: fc.double({ min: 0.1, max: 1.5, noNaN: true }),
  d: fc.double({ min: 0.1, max: 1.5, noNaN: true }),
  r: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
});

/** Local (u, v) ∈ [-1/2, 1/2]² of the rectangle to world, three.js rotation.y convention. */
function at(rc: Rect, u: number, v: number) {
  const lx = u * rc.w;
  const lz = v * rc.d;
  const c = Math.cos(rc.r);
  const s = Math.sin(rc.r);
  return { x: rc.cx + lx * c + lz * s, z: rc.cz - lx * s + lz * c };
}

const poly = (rc: Rect): Polygon => [
  at(rc, -0.5, -0.5),
  at(rc, 0.5, -0.5),
  at(rc, 0.5, 0.5),
  at(rc, -0.5, 0.5),
];

/** Inside the rectangle by more than `margin`: back to local coordinates, compare. */
function inside(rc: Rect, p: { x: number; z: number }, margin: number): boolean {
  const dx = p.x - rc.cx;
  const dz = p.z - rc.cz;
  const c = Math.cos(rc.r);
  const s = Math.sin(rc.r);
  const lx = dx * c - dz * s;
  const lz = dx * s + dz * c;
  return Math.abs(lx) < rc.w / 2 - margin && Math.abs(lz) < rc.d / 2 - margin;
}

/** Samples A on a grid of about `step` metres; true when a sample lies inside B. */
function sampledOverlap(a: Rect, b: Rect, step: number, margin: number): boolean {
  const nu = Math.ceil(a.w / step);
  const nv = Math.ceil(a.d / step);
  for (let i = 0; i < nu; i++) {
    for (let j = 0; j < nv; j++) {
      const p = at(a, (i + 0.5) / nu - 0.5, (j + 0.5) / nv - 0.5);
      if (inside(b, p, margin)) return true;
    }
  }
  return false;
}

describe('SAT agrees with point sampling on random rectangles', () => {
  it('a sample inside both means SAT sees an overlap', () => {
    fc.assert(
      fc.property(rectArb, rectArb, (a, b) => {
        if (sampledOverlap(a, b, 0.05, 1e-9)) expect(satDepth(poly(a), poly(b))).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('SAT apart means no sample lies inside both', () => {
    fc.assert(
      fc.property(rectArb, rectArb, (a, b) => {
        if (satDepth(poly(a), poly(b)) <= 0) expect(sampledOverlap(a, b, 0.02, 0)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('an SAT overlap deeper than 5 cm is found by sampling at 1 cm', () => {
    fc.assert(
      fc.property(rectArb, rectArb, (a, b) => {
        if (satDepth(poly(a), poly(b)) > 0.05) expect(sampledOverlap(a, b, 0.01, 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('SAT depth is symmetric', () => {
    fc.assert(
      fc.property(rectArb, rectArb, (a, b) => {
        const ab = satDepth(poly(a), poly(b));
        const ba = satDepth(poly(b), poly(a));
        expect(ab > 0).toBe(ba > 0);
        if (ab > 0) expect(ab).toBeCloseTo(ba, 9);
      }),
    );
  });
});
