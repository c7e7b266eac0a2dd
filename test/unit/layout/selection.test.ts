import { describe, expect, it } from 'vitest';
import { findCollisions, findDuplicateOffset, selectionBounds } from '../../../src/layout';
import { item, room } from './helpers/items';

describe('multi-select', () => {
  it('bounds cover every selected footprint', () => {
    const items = [
      item('deskRect', { id: 'a', x: -1 }),
      item('shelfTall', { id: 'b', x: 1, z: 1, rotation: Math.PI / 2 }),
      item('sofa', { id: 'c', x: 2 }),
    ];
    const b = selectionBounds(items, ['a', 'b'])!;
    expect(b.minX).toBeCloseTo(-1.7);
    expect(b.maxX).toBeCloseTo(1.175);
    expect(b.minZ).toBeCloseTo(-0.35);
    expect(b.maxZ).toBeCloseTo(1.45);
    expect(selectionBounds(items, [])).toBeNull();
  });

  it('a duplicate in open space lands diagonally down-right, clear of its original', () => {
    const items = [item('plantFloor', { id: 'p' })];
    expect(findDuplicateOffset(['p'], items, room)).toEqual({ dx: 0.5, dz: 0.5, free: true });
  });

  it('finds a free spot for a desk with its computer, clear of everything', () => {
    const desk = item('deskRect', { id: 'd', x: -1.5, z: -1.65 });
    const pc = item('computer', { id: 'pc', x: -1.5, z: -1.7, elevation: 0.74, parentId: 'd' });
    const items = [desk, pc, item('shelfTall', { id: 's', x: 0, z: -1.825 })];
    const off = findDuplicateOffset(['d'], items, room);
    expect(off.free).toBe(true);
    const copies = [desk, pc].map((i) => ({
      ...i,
      id: `${i.id}-copy`,
      x: i.x + off.dx,
      z: i.z + off.dz,
      parentId: i.parentId ? `${i.parentId}-copy` : null,
    }));
    expect(findCollisions([...items, ...copies])).toEqual([]);
  });

  it('says so when nothing is free', () => {
    const tiny = { width: 2, depth: 2, height: 2.5, wallThickness: 0.1 };
    const bed = item('bed', { id: 'bed', size: { width: 2, depth: 2, height: 0.5 } });
    expect(findDuplicateOffset(['bed'], [bed], tiny).free).toBe(false);
  });
});
