import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  convexDecompose,
  footprintOf,
  isConvex,
  localShape,
  signedArea,
  worldOutline,
} from '../../../src/layout';
import { item } from './helpers/items';

const area = (parts: ReadonlyArray<ReadonlyArray<{ x: number; z: number }>>) =>
  parts.reduce((s, p) => s + Math.abs(signedArea(p)), 0);

describe('footprints', () => {
  it('rotates like three.js rotation.y: local +z (the front) turns to +x at π/2', () => {
    const fp = footprintOf(item('deskRect', { x: 1, z: 2, rotation: Math.PI / 2 }));
    expect(fp.aabb.minX).toBeCloseTo(1 - 0.35);
    expect(fp.aabb.maxX).toBeCloseTo(1 + 0.35);
    expect(fp.aabb.minZ).toBeCloseTo(2 - 0.7);
    expect(fp.aabb.maxZ).toBeCloseTo(2 + 0.7);
  });

  it('gives a vertical band from the elevation', () => {
    const fp = footprintOf(item('computer', { elevation: 0.74 }));
    expect(fp.band.bottom).toBe(0.74);
    expect(fp.band.top).toBeCloseTo(1.24);
  });

  it('uses the size override only for resizable kinds', () => {
    const size = { width: 2, depth: 1, height: 0.8 };
    expect(footprintOf(item('deskRect', { size })).aabb.maxX).toBeCloseTo(1);
    expect(footprintOf(item('computer', { size })).aabb.maxX).toBeCloseTo(0.31);
  });

  it.each([
    ['deskL', 2],
    ['deskU', 3],
  ])('%s is %i convex rectangles covering its outline', (kindId, n) => {
    const kind = builtinCatalog.get(kindId)!;
    const shape = localShape({}, kind);
    expect(shape.parts).toHaveLength(n);
    for (const p of shape.parts) expect(isConvex(p)).toBe(true);
    expect(area(shape.parts)).toBeCloseTo(Math.abs(signedArea(shape.outline)));
  });

  it('the semicircle is one convex half ellipse with its flat side at the back', () => {
    const kind = builtinCatalog.get('deskSemicircle')!;
    const shape = localShape({}, kind);
    expect(shape.parts).toHaveLength(1);
    expect(isConvex(shape.parts[0]!)).toBe(true);
    const zs = shape.outline.map((p) => p.z);
    expect(Math.min(...zs)).toBeCloseTo(-0.4);
    expect(Math.max(...zs)).toBeCloseTo(0.4);
    expect(area(shape.parts)).toBeCloseTo((Math.PI * 0.8 * 0.8) / 2, 1);
  });

  it('the irregular desk is split into convex parts with the same area', () => {
    const kind = builtinCatalog.get('deskPolygon')!;
    const shape = localShape({}, kind);
    expect(shape.parts.length).toBeGreaterThan(1);
    for (const p of shape.parts) expect(isConvex(p)).toBe(true);
    expect(area(shape.parts)).toBeCloseTo(Math.abs(signedArea(shape.outline)));
  });

  it('a resized polygon desk stretches its default outline', () => {
    const fp = footprintOf(
      item('deskPolygon', { size: { width: 3.4, depth: 0.85, height: 0.74 } }),
    );
    expect(fp.aabb.maxX).toBeCloseTo(1.7);
  });

  it('a convex outline stays one part; a self-intersecting one falls back to its hull', () => {
    const square = [
      { x: 0, z: 0 },
      { x: 1, z: 0 },
      { x: 1, z: 1 },
      { x: 0, z: 1 },
    ];
    expect(convexDecompose(square)).toHaveLength(1);
    const bowtie = [
      { x: 0, z: 0 },
      { x: 1, z: 1 },
      { x: 1, z: 0 },
      { x: 0, z: 1 },
    ];
    const parts = convexDecompose(bowtie);
    for (const p of parts) expect(isConvex(p)).toBe(true);
  });

  it('worldOutline follows the pose', () => {
    const outline = worldOutline(item('deskL', { x: 1, rotation: Math.PI }));
    expect(outline).toHaveLength(6);
    const xs = outline.map((p) => p.x);
    expect(Math.min(...xs)).toBeCloseTo(0.2);
    expect(Math.max(...xs)).toBeCloseTo(1.8);
  });
});
