import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCore } from '../../../src/core/events/check-core';
import {
  initialOfficeState,
  type OfficeState,
  ROOM_MARGIN_M,
} from '../../../src/core/office-state';
import {
  clampIntoRoom,
  EPS,
  footprintOf,
  type PlacedItem,
  type Room,
  roomBounds,
} from '../../../src/layout';
import { item, room } from './helpers/items';

const opts = { centreMargin: ROOM_MARGIN_M };
const shifted = (items: readonly PlacedItem[], s: { dx: number; dz: number }) =>
  items.map((i) => ({ ...i, x: i.x + s.dx, z: i.z + s.dz }));

function inside(items: readonly PlacedItem[], r: Room): boolean {
  const b = roomBounds(r);
  return items.every((i) => {
    const a = footprintOf(i).aabb;
    return (
      a.minX >= b.minX - EPS &&
      a.maxX <= b.maxX + EPS &&
      a.minZ >= b.minZ - EPS &&
      a.maxZ <= b.maxZ + EPS
    );
  });
}

describe('clampIntoRoom', () => {
  it('stops a desk pushed past the east wall with its edge on the wall', () => {
    // 1.4 × 0.7 desk, room 5 × 4: the east wall is at x = 2.5.
    const desk = item('deskRect', { x: 3.23, z: 0.4 });
    const s = clampIntoRoom([desk], room, opts);
    expect(s.dz).toBe(0);
    expect(desk.x + s.dx).toBeCloseTo(2.5 - 0.7, 9);
  });

  it('measures a turned desk by its rotated footprint, not its centre', () => {
    // Turned a quarter: 0.7 wide along x, 1.4 along z.
    const desk = item('deskRect', { x: 2.4, z: -1.5, rotation: Math.PI / 2 });
    const s = clampIntoRoom([desk], room, opts);
    expect(desk.x + s.dx).toBeCloseTo(2.5 - 0.35, 9);
    expect(desk.z + s.dz).toBeCloseTo(-2 + 0.7, 9);
  });

  it('uses the outline of an irregular desk', () => {
    const points: [number, number][] = [
      [-0.2, -0.3],
      [1.2, -0.3],
      [0.1, 0.5],
    ];
    const desk = item('deskPolygon', { x: 0, z: -1.9, points });
    const s = clampIntoRoom([desk], room, opts);
    expect(s.dx).toBe(0);
    expect(desk.z + s.dz).toBeCloseTo(-2 + 0.3, 9);
  });

  it('moves a selection as one: the offsets between its items stay', () => {
    const a = item('deskRect', { id: 'a', x: 1.5, z: 0 });
    const b = item('plantFloor', { id: 'b', x: 2.9, z: 1 });
    const s = clampIntoRoom([a, b], room, opts);
    const [ma, mb] = shifted([a, b], s);
    expect(mb!.x - ma!.x).toBeCloseTo(1.4, 9);
    expect(mb!.z - ma!.z).toBeCloseTo(1, 9);
    expect(inside([ma!, mb!], room)).toBe(true);
    expect(footprintOf(mb!).aabb.maxX).toBeCloseTo(2.5, 9);
  });

  it('leaves a pose already inside the room alone, touching a wall included', () => {
    const desk = item('deskRect', { x: 2.5 - 0.7, z: 0 });
    expect(clampIntoRoom([desk], room, opts)).toEqual({ dx: 0, dz: 0 });
  });

  it('a desk wider than the room keeps reaching both walls, its centre within the core rule', () => {
    const wide = item('deskRect', { x: 4, z: 0, size: { width: 6, depth: 0.7, height: 0.74 } });
    const s = clampIntoRoom([wide], room, opts);
    const a = footprintOf(shifted([wide], s)[0]!).aabb;
    expect(a.minX).toBeLessThanOrEqual(-2.5);
    expect(a.maxX).toBeGreaterThanOrEqual(2.5);
    expect(4 + s.dx).toBeCloseTo(0.5, 9);
  });
});

// Shapes the editor can drag: rectangles, L, U, half ellipses, drawn
// outlines (star-shaped about their centre, like placePolygonDesk makes),
// small devices, resized desks up to larger than the room, unknown kinds.
const kinds = [
  'deskRect',
  'deskL',
  'deskU',
  'deskSemicircle',
  'deskPolygon',
  'shelfTall',
  'sofa',
  'rugRect',
  'plantFloor',
  'computer',
  'noSuchKind',
] as const;

const outlineArb = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 2 })), {
    minLength: 3,
    maxLength: 10,
  })
  .map((spokes) => {
    const n = spokes.length;
    return spokes.map(([jitter, r], k) => {
      const t = ((k + 0.8 * jitter) / n) * 2 * Math.PI;
      return [r * Math.cos(t), r * Math.sin(t)] as [number, number];
    });
  });

const sizeArb = fc.option(
  fc.record({
    width: fc.double({ min: 0.2, max: 9, noNaN: true }),
    depth: fc.double({ min: 0.2, max: 9, noNaN: true }),
    height: fc.constant(0.74),
  }),
  { nil: undefined },
);

const itemArb = (id: string, far: number): fc.Arbitrary<PlacedItem> =>
  fc
    .record({
      kind: fc.constantFrom(...kinds),
      x: fc.double({ min: -far, max: far, noNaN: true }),
      z: fc.double({ min: -far, max: far, noNaN: true }),
      rotation: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
      size: sizeArb,
      points: outlineArb,
    })
    .map(({ kind, points, size, ...pose }) => ({
      id,
      kind,
      ...pose,
      elevation: 0,
      parentId: null,
      ...(size ? { size } : {}),
      ...(kind === 'deskPolygon' ? { points } : {}),
    }));

const roomArb: fc.Arbitrary<Room> = fc.record({
  width: fc.double({ min: 1.5, max: 8, noNaN: true }),
  depth: fc.double({ min: 1.5, max: 8, noNaN: true }),
  height: fc.constant(2.7),
  wallThickness: fc.constant(0.12),
});

/** A selection placed with its offsets kept, then dragged by (dx, dz), as far as 10 m. */
const dragArb = fc
  .tuple(
    roomArb,
    fc
      .integer({ min: 1, max: 4 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => itemArb(`i${k}`, 1.5)))),
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.double({ min: -10, max: 10, noNaN: true }),
  )
  .map(([r, group, dx, dz]) => ({ room: r, group, dragged: shifted(group, { dx, dz }) }));

const r4 = (n: number) => Math.round(n * 1e4) / 1e4;

describe('clampIntoRoom, for any drag', () => {
  it('the clamped poses, rounded as commitMoves logs them, pass the core check', () => {
    fc.assert(
      fc.property(dragArb, ({ room: r, group, dragged }) => {
        const moved = shifted(dragged, clampIntoRoom(dragged, r, opts));
        const state = {
          ...initialOfficeState(),
          room: { ...r },
          // The check reads only which items exist.
          items: Object.fromEntries(group.map((i) => [i.id, i])) as OfficeState['items'],
        };
        const moves = moved.map((i) => ({
          id: i.id,
          x: r4(i.x),
          z: r4(i.z),
          rotation: i.rotation,
          elevation: i.elevation,
          parentId: i.parentId,
        }));
        expect(checkCore(state, { type: 'ItemsMoved', payload: { moves } })).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the offsets, and the footprints inside whenever the group fits the room', () => {
    fc.assert(
      fc.property(dragArb, ({ room: r, dragged }) => {
        const s = clampIntoRoom(dragged, r, opts);
        const moved = shifted(dragged, s);
        for (const [k, m] of moved.entries()) {
          expect(m.x - moved[0]!.x).toBeCloseTo(dragged[k]!.x - dragged[0]!.x, 9);
          expect(m.z - moved[0]!.z).toBeCloseTo(dragged[k]!.z - dragged[0]!.z, 9);
        }
        const boxes = dragged.map((i) => footprintOf(i).aabb);
        const w = Math.max(...boxes.map((b) => b.maxX)) - Math.min(...boxes.map((b) => b.minX));
        const d = Math.max(...boxes.map((b) => b.maxZ)) - Math.min(...boxes.map((b) => b.minZ));
        if (w <= r.width && d <= r.depth) expect(inside(moved, r)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a group already inside the room is not moved, one left flush by a clamp included', () => {
    fc.assert(
      fc.property(dragArb, ({ room: r, dragged }) => {
        const once = shifted(dragged, clampIntoRoom(dragged, r, opts));
        for (const g of [dragged, once]) {
          if (inside(g, r)) expect(clampIntoRoom(g, r, opts)).toEqual({ dx: 0, dz: 0 });
        }
      }),
      { numRuns: 500 },
    );
  });
});
