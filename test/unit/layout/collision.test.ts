import { describe, expect, it } from 'vitest';
import { collisionsFor, findCollisions, itemsCollide } from '../../../src/layout';
import { item } from './helpers/items';

describe('findCollisions: the issue cases', () => {
  it('a rug under a desk is fine', () => {
    const items = [item('rugRect', { id: 'rug' }), item('deskRect', { id: 'desk' })];
    expect(findCollisions(items)).toEqual([]);
  });

  it('a computer standing on its desk is fine', () => {
    const desk = item('deskRect', { id: 'desk' });
    const pc = item('computer', { id: 'pc', z: -0.1, elevation: 0.74, parentId: 'desk' });
    expect(findCollisions([desk, pc])).toEqual([]);
  });

  it('a computer sunk into the desk (elevation 0) collides', () => {
    const desk = item('deskRect', { id: 'desk' });
    const pc = item('computer', { id: 'pc', z: -0.1, elevation: 0 });
    expect(findCollisions([desk, pc])).toEqual([{ a: 'desk', b: 'pc' }]);
  });

  it('two desks through each other are one pair', () => {
    const items = [item('deskRect', { id: 'd2', x: 0.5, z: 0.2 }), item('deskRect', { id: 'd1' })];
    expect(findCollisions(items)).toEqual([{ a: 'd1', b: 'd2' }]);
    expect(collisionsFor('d1', items)).toEqual(['d2']);
    expect(collisionsFor('d2', items)).toEqual(['d1']);
  });

  it('rotated desks that only touch do not collide; a millimetre closer they do', () => {
    const r = Math.PI / 4;
    // B sits exactly one desk depth (0.7 m) in front of A, in A's frame.
    const front = { x: Math.sin(r) * 0.7, z: Math.cos(r) * 0.7 };
    const a = item('deskRect', { id: 'a', x: 0.3, z: -0.2, rotation: r });
    const touching = item('deskRect', {
      id: 'b',
      x: 0.3 + front.x,
      z: -0.2 + front.z,
      rotation: r,
    });
    expect(findCollisions([a, touching])).toEqual([]);
    const closer = { ...touching, x: 0.3 + front.x * 0.998, z: -0.2 + front.z * 0.998 };
    expect(findCollisions([a, closer])).toEqual([{ a: 'a', b: 'b' }]);
  });

  it('diamonds whose bounding boxes overlap but whose shapes do not are apart (SAT, not AABB)', () => {
    const a = item('deskRect', {
      id: 'a',
      size: { width: 1, depth: 1, height: 0.74 },
      rotation: Math.PI / 4,
    });
    // Diagonal neighbour: the boxes overlap by a lot, the diamonds by nothing.
    const b = { ...a, id: 'b', x: Math.SQRT1_2, z: Math.SQRT1_2 };
    expect(findCollisions([a, b])).toEqual([]);
  });

  it("the L desk's notch is free, its arm is not", () => {
    const desk = item('deskL', { id: 'desk' });
    // Notch: x ∈ [-0.2, 0.8], z ∈ [-0.1, 0.7] for the 1.6 × 1.4 desk with 0.6 m arms.
    expect(findCollisions([desk, item('plantFloor', { id: 'p', x: 0.3, z: 0.3 })])).toEqual([]);
    expect(findCollisions([desk, item('plantFloor', { id: 'p', x: -0.5, z: 0.3 })])).toEqual([
      { a: 'desk', b: 'p' },
    ]);
  });

  it("the U desk's notch is free, both arms are not", () => {
    const desk = item('deskU', { id: 'desk' });
    const small = { width: 0.7, depth: 0.5, height: 0.74 };
    expect(findCollisions([desk, item('deskRect', { id: 'x', z: 0.3, size: small })])).toEqual([]);
    expect(findCollisions([desk, item('plantFloor', { id: 'l', x: -0.7, z: 0.4 })])).toHaveLength(
      1,
    );
    expect(findCollisions([desk, item('plantFloor', { id: 'r', x: 0.7, z: 0.4 })])).toHaveLength(1);
  });

  it('a plant beside the semicircle, inside its bounding box corner, is free', () => {
    const desk = item('deskSemicircle', { id: 'desk' });
    expect(findCollisions([desk, item('plantFloor', { x: 0.85, z: 0.45 })])).toEqual([]);
    expect(findCollisions([desk, item('plantFloor', { x: 0, z: 0.45 })])).toHaveLength(1);
  });

  it("something standing in the irregular desk's front bay is free", () => {
    const desk = item('deskPolygon', { id: 'desk' });
    const box = item('customModel', {
      x: -0.1,
      z: 0.4,
      size: { width: 0.2, depth: 0.2, height: 0.5 },
    });
    expect(findCollisions([desk, box])).toEqual([]);
    expect(findCollisions([desk, { ...box, z: 0.1 }])).toHaveLength(1);
  });

  it("an item's own polygon outline replaces the kind's", () => {
    const points: Array<[number, number]> = [
      [-1, -0.5],
      [1, -0.5],
      [1, 0.5],
      [0.5, 0.5],
      [0.5, 0],
      [-0.5, 0],
      [-0.5, 0.5],
      [-1, 0.5],
    ];
    const desk = item('deskPolygon', { id: 'desk', points });
    const plant = item('plantFloor', { x: 0, z: 0.3, size: undefined });
    expect(findCollisions([desk, plant])).toEqual([]);
    expect(findCollisions([desk, { ...plant, x: 0.7 }])).toHaveLength(1);
  });

  it('a chair tucked under a desk is fine, a shelf above on the wall too', () => {
    const desk = item('deskRect', { id: 'desk' });
    const chair = item('chairTask', { z: 0.3 });
    const shelf = item('shelfWall', { z: -0.2, elevation: 1.5 });
    expect(findCollisions([desk, chair, shelf])).toEqual([]);
  });

  it('unknown kinds still take up space', () => {
    const a = item('noSuchKind', { id: 'a' });
    const b = item('deskRect', { id: 'b' });
    expect(itemsCollide(a, b)).toBe(true);
  });

  it('collisionsFor an unknown id is empty', () => {
    expect(collisionsFor('nope', [item('deskRect')])).toEqual([]);
  });
});
