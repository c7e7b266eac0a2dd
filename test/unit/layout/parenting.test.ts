import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  descendantsOf,
  findSurfaceAt,
  moveChildren,
  restingElevation,
  standingAt,
} from '../../../src/layout';
import { item, room } from './helpers/items';

describe('desk-top items move with their desk', () => {
  const desk = item('deskRect', { id: 'desk' });
  const pc = item('computer', {
    id: 'pc',
    x: 0.3,
    z: -0.1,
    rotation: 0.1,
    elevation: 0.74,
    parentId: 'desk',
  });
  const dock = item('scannerDock', {
    id: 'dock',
    x: -0.4,
    z: 0.1,
    elevation: 0.74,
    parentId: 'desk',
  });
  const scanner = item('handheldScanner', {
    id: 'scan',
    x: -0.4,
    z: 0.1,
    elevation: 0.78,
    parentId: 'dock',
  });
  const other = item('plantFloor', { id: 'plant', x: 2 });
  const items = [desk, pc, dock, scanner, other];

  it('keeps each child at its offset and angle in the desk frame', () => {
    const moved = moveChildren(desk, { x: 1, z: 1, rotation: Math.PI / 2 }, items);
    const byId = new Map(moved.map((m) => [m.id, m]));
    // Local (0.3, -0.1) turned by π/2 (three.js rotation.y): (-0.1, -0.3).
    expect(byId.get('pc')!.x).toBeCloseTo(0.9);
    expect(byId.get('pc')!.z).toBeCloseTo(0.7);
    expect(byId.get('pc')!.rotation).toBeCloseTo(0.1 + Math.PI / 2);
    expect(byId.get('pc')!.elevation).toBe(0.74);
  });

  it('carries grandchildren (the scanner in its dock) and nothing else', () => {
    const moved = moveChildren(desk, { x: 0.5, z: 0, rotation: 0 }, items);
    expect(moved.map((m) => m.id).sort()).toEqual(['dock', 'pc', 'scan']);
    expect(moved.find((m) => m.id === 'scan')!.x).toBeCloseTo(0.1);
  });

  it('moving there and back restores the poses', () => {
    const there = { x: -1.3, z: 0.7, rotation: 2.1 };
    const moved = moveChildren(desk, there, items);
    const after = items.map((i) => ({ ...i, ...moved.find((m) => m.id === i.id) }));
    const back = moveChildren({ ...desk, ...there }, { x: 0, z: 0, rotation: 0 }, after);
    for (const b of back) {
      const orig = items.find((i) => i.id === b.id)!;
      expect(b.x).toBeCloseTo(orig.x, 12);
      expect(b.z).toBeCloseTo(orig.z, 12);
      expect(b.rotation).toBeCloseTo(orig.rotation, 12);
    }
  });

  it('follows an elevation change of the desk', () => {
    const moved = moveChildren(desk, { x: 0, z: 0, rotation: 0, elevation: 0.1 }, items);
    expect(moved.find((m) => m.id === 'pc')!.elevation).toBeCloseTo(0.84);
  });

  it('survives a parentId cycle', () => {
    const a = item('deskRect', { id: 'a', parentId: 'b' });
    const b = item('deskRect', { id: 'b', parentId: 'a' });
    expect(descendantsOf('a', [a, b]).map((i) => i.id)).toEqual(['b']);
  });
});

describe('surfaces', () => {
  const desk = item('deskRect', { id: 'desk' });
  const dock = item('scannerDock', {
    id: 'dock',
    x: -0.4,
    z: 0.1,
    elevation: 0.74,
    parentId: 'desk',
  });

  it('finds the highest surface under a point', () => {
    expect(findSurfaceAt({ x: 0.2, z: 0 }, [desk, dock])).toEqual({ id: 'desk', top: 0.74 });
    expect(findSurfaceAt({ x: -0.4, z: 0.1 }, [desk, dock])).toEqual({ id: 'dock', top: 0.78 });
    expect(findSurfaceAt({ x: 2, z: 0 }, [desk, dock])).toBeNull();
  });

  it('a desk resized in height carries its top with it', () => {
    const tall = { ...desk, size: { width: 1.4, depth: 0.7, height: 1.05 } };
    expect(findSurfaceAt({ x: 0, z: 0 }, [tall])!.top).toBeCloseTo(1.05);
  });

  it('a desk-mount item moved to a point stands on the highest surface there, or on the floor', () => {
    const shelf = item('shelfLow', { id: 'shelf', x: 1.5, z: 0 });
    const board = item('eBoard', { id: 'board', x: 0.3, z: 0, elevation: 0.74, parentId: 'desk' });
    const all = [desk, dock, shelf, board];
    const self = new Set(['board']);
    // Off the desk, over bare floor: down to the floor, attached to nothing.
    expect(standingAt(board, 2, -1.5, all, self)).toEqual({
      x: 2,
      z: -1.5,
      elevation: 0,
      parentId: null,
    });
    // Onto another surface: re-parented there, at its top.
    const onShelf = standingAt(board, 1.5, 0, all, self);
    expect(onShelf.parentId).toBe('shelf');
    expect(onShelf.elevation).toBeCloseTo(findSurfaceAt({ x: 1.5, z: 0 }, [shelf])!.top, 6);
    expect(onShelf.elevation).toBeGreaterThan(0);
    // Over the dock on the desk: the dock, the higher of the two.
    expect(standingAt(board, -0.4, 0.1, all, self)).toMatchObject({
      parentId: 'dock',
      elevation: 0.78,
    });
    // The moved items never carry it: excluding the dock leaves the desk under it.
    expect(standingAt(board, -0.4, 0.1, all, new Set(['board', 'dock']))).toMatchObject({
      parentId: 'desk',
      elevation: 0.74,
    });
  });

  it('an item that is not desk-mount keeps its elevation and parent wherever it is moved', () => {
    const wall = item('shelfWall', { id: 'wall', elevation: 1.5 });
    expect(standingAt(wall, 0.1, 0, [desk, wall], new Set(['wall']))).toEqual({
      x: 0.1,
      z: 0,
      elevation: 1.5,
      parentId: null,
    });
    const chair = item('chairTask', { id: 'chair' });
    expect(standingAt(chair, 0, 0, [desk, chair], new Set(['chair'])).parentId).toBeNull();
  });

  it('resting elevation by mount', () => {
    const kind = (id: string) => builtinCatalog.get(id)!;
    expect(restingElevation(kind('deskRect'), room)).toBe(0);
    expect(restingElevation(kind('computer'), room, { id: 'desk', top: 0.74 })).toBe(0.74);
    expect(restingElevation(kind('shelfWall'), room)).toBe(1.5);
    expect(restingElevation(kind('lampCeiling'), room)).toBeCloseTo(2.4);
  });
});
