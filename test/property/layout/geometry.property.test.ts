import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convexDecompose,
  footprintOf,
  isConvex,
  polygonContains,
  signedArea,
  snapPose,
} from '../../../src/layout';

/** Star-shaped (hence simple) polygons: sorted angles, random radii. */
const starArb = fc
  .array(
    fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0.2, max: 1, noNaN: true }),
    ),
    {
      minLength: 3,
      maxLength: 14,
    },
  )
  .map((spokes) => {
    const n = spokes.length;
    // Spread angles over the circle so no two spokes coincide.
    return spokes.map(([jitter, r], i) => {
      const t = ((i + 0.1 + jitter * 0.8) / n) * Math.PI * 2;
      return { x: r * Math.cos(t), z: r * Math.sin(t) };
    });
  });

describe('convex decomposition of irregular desks', () => {
  it('gives convex parts that tile the outline', () => {
    fc.assert(
      fc.property(starArb, (outline) => {
        const parts = convexDecompose(outline);
        const total = parts.reduce((s, p) => s + Math.abs(signedArea(p)), 0);
        expect(total).toBeCloseTo(Math.abs(signedArea(outline)), 9);
        for (const p of parts) {
          expect(isConvex(p)).toBe(true);
          const c = p.reduce((s, v) => ({ x: s.x + v.x / p.length, z: s.z + v.z / p.length }), {
            x: 0,
            z: 0,
          });
          expect(polygonContains(outline, c)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('grid snapping', () => {
  const room = { width: 12, depth: 12, height: 3, wallThickness: 0.1 };
  it('always leaves an edge on a grid line on each axis, moving at most half a step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.constantFrom(0.05, 0.1, 0.25),
        fc.constantFrom('deskRect', 'deskL', 'deskU', 'deskSemicircle', 'shelfTall', 'sofa'),
        (x, z, rotation, step, kind) => {
          const item = { id: 'a', kind, x, z, rotation, elevation: 0, parentId: null };
          const r = snapPose({ item, items: [item], room, options: { gridStep: step } });
          const box = footprintOf({ ...item, ...r.pose }).aabb;
          const on = (v: number) => Math.abs(v / step - Math.round(v / step)) < 1e-7;
          expect(on(box.minX) || on(box.maxX)).toBe(true);
          expect(on(box.minZ) || on(box.maxZ)).toBe(true);
          expect(Math.abs(r.pose.x - x)).toBeLessThanOrEqual(step / 2 + 1e-9);
          expect(Math.abs(r.pose.z - z)).toBeLessThanOrEqual(step / 2 + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});
