import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CollisionPair,
  findClearanceIssues,
  findCollisions,
  itemsCollide,
  type PlacedItem,
} from '../../../src/layout';

const kinds = [
  'deskRect',
  'deskL',
  'deskU',
  'deskSemicircle',
  'deskPolygon',
  'chairTask',
  'shelfTall',
  'sofa',
  'rugRect',
  'plantFloor',
  'computer',
  'copier',
  'partitionPanel',
] as const;

const coord = fc.double({ min: -3, max: 3, noNaN: true });

const itemArb = (id: string): fc.Arbitrary<PlacedItem> =>
  fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom(...kinds),
    x: coord,
    z: coord,
    rotation: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
    elevation: fc.constantFrom(0, 0, 0.74, 1.5),
    parentId: fc.constant(null),
  });

const itemsArb = fc
  .integer({ min: 2, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => itemArb(`i${i}`))));

const key = (ps: readonly CollisionPair[]) => ps.map((p) => `${p.a}|${p.b}`).sort();

describe('collision properties', () => {
  it('is symmetric pair by pair', () => {
    fc.assert(
      fc.property(itemArb('a'), itemArb('b'), (a, b) => {
        expect(itemsCollide(a, b)).toBe(itemsCollide(b, a));
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        expect(findCollisions([...items].reverse())).toEqual(findCollisions(items));
      }),
      { numRuns: 200 },
    );
  });

  it('the broad phase loses nothing: same pairs as testing every pair', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const brute: CollisionPair[] = [];
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) {
            const a = items[i]!;
            const b = items[j]!;
            if (itemsCollide(a, b))
              brute.push(a.id < b.id ? { a: a.id, b: b.id } : { a: b.id, b: a.id });
          }
        }
        expect(key(findCollisions(items))).toEqual(key(brute));
      }),
      { numRuns: 200 },
    );
  });

  it('translating every item by the same vector changes nothing', () => {
    fc.assert(
      fc.property(itemsArb, coord, coord, (items, dx, dz) => {
        const moved = items.map((i) => ({ ...i, x: i.x + dx, z: i.z + dz }));
        expect(findCollisions(moved)).toEqual(findCollisions(items));
      }),
      { numRuns: 200 },
    );
  });

  it('clearance checks never throw and stay in the same order for any item order', () => {
    const room = { width: 8, depth: 8, height: 2.7, wallThickness: 0.12 };
    fc.assert(
      fc.property(itemsArb, (items) => {
        const a = findClearanceIssues(room, [], items);
        expect(findClearanceIssues(room, [], [...items].reverse())).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});
