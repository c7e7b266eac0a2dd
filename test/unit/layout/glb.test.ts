import { describe, expect, it } from 'vitest';
import { computeGlbFootprint, type GlbFootprint } from '../../../src/layout';
import { buildGlb, packGlb } from './helpers/glb-builder';

const unit = {
  min: [-0.5, 0, -0.25] as [number, number, number],
  max: [0.5, 1, 0.25] as [number, number, number],
};
const quatY = (a: number): [number, number, number, number] => [
  0,
  Math.sin(a / 2),
  0,
  Math.cos(a / 2),
];

function ok(buf: ArrayBuffer, scale?: number): GlbFootprint {
  const r = computeGlbFootprint(buf, scale);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('GLB footprint', () => {
  it('a scaled, rotated, translated node', () => {
    // 1 × 1 × 0.5 box, node scale 2, turned 90° about Y, moved 3 m along x; file scale 0.5.
    const glb = buildGlb({
      meshes: [unit],
      nodes: [{ mesh: 0, scale: [2, 2, 2], rotation: quatY(Math.PI / 2), translation: [3, 0, 0] }],
    });
    const fp = ok(glb, 0.5);
    expect(fp.min[0]).toBeCloseTo(1.25);
    expect(fp.max[0]).toBeCloseTo(1.75);
    expect(fp.min[2]).toBeCloseTo(-0.5);
    expect(fp.max[2]).toBeCloseTo(0.5);
    expect(fp.size.width).toBeCloseTo(0.5);
    expect(fp.size.depth).toBeCloseTo(1);
    expect(fp.size.height).toBeCloseTo(1);
    expect(fp.offset[0]).toBeCloseTo(-1.5);
    expect(fp.offset[1]).toBeCloseTo(0);
    expect(fp.meshCount).toBe(1);
  });

  it('composes a parent matrix with child TRS, and several meshes', () => {
    // Parent: column-major matrix translating by (0, 0.5, 0); child turned 45°.
    const parentMatrix = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0.5, 0, 1];
    const square = {
      min: [-0.5, 0, -0.5] as [number, number, number],
      max: [0.5, 0.2, 0.5] as [number, number, number],
    };
    const glb = buildGlb({
      meshes: [square, unit],
      nodes: [
        { matrix: parentMatrix, children: [1, 2] },
        { mesh: 0, rotation: quatY(Math.PI / 4) },
        { mesh: 1, translation: [0, 0, 2] },
      ],
    });
    const fp = ok(glb);
    // The 45° square reaches √½ on both axes; the second box reaches z = 2.25.
    expect(fp.min[0]).toBeCloseTo(-Math.SQRT1_2);
    expect(fp.min[2]).toBeCloseTo(-Math.SQRT1_2);
    expect(fp.max[2]).toBeCloseTo(2.25);
    expect(fp.min[1]).toBeCloseTo(0.5);
    expect(fp.max[1]).toBeCloseTo(1.5);
    expect(fp.meshCount).toBe(2);
  });

  it('reads the floats when the accessor has no min/max', () => {
    const glb = buildGlb({ meshes: [{ ...unit, omitMinMax: true }], nodes: [{ mesh: 0 }] });
    const fp = ok(glb);
    expect(fp.size).toEqual({ width: 1, depth: 0.5, height: 1 });
  });

  it('accepts a Uint8Array view into a larger buffer', () => {
    const glb = new Uint8Array(buildGlb({ meshes: [unit], nodes: [{ mesh: 0 }] }));
    const bigger = new Uint8Array(glb.length + 16);
    bigger.set(glb, 8);
    expect(ok(bigger.subarray(8, 8 + glb.length) as unknown as ArrayBuffer).size.width).toBeCloseTo(
      1,
    );
  });

  it('without scenes, every root node counts', () => {
    const json = JSON.stringify({
      asset: { version: '2.0' },
      nodes: [{ mesh: 0, translation: [1, 0, 0] }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
      accessors: [{ componentType: 5126, count: 8, type: 'VEC3', min: [0, 0, 0], max: [1, 1, 1] }],
    });
    expect(ok(packGlb(json, null)).max[0]).toBeCloseTo(2);
  });
});

describe('GLB errors are values naming the problem', () => {
  const valid = () => buildGlb({ meshes: [unit], nodes: [{ mesh: 0 }] });
  const code = (buf: ArrayBuffer, scale?: number) => {
    const r = computeGlbFootprint(buf, scale);
    return r.ok ? 'ok' : r.error.code;
  };

  it('too short', () => expect(code(new ArrayBuffer(4))).toBe('tooShort'));

  it('bad magic', () => {
    const b = valid();
    new DataView(b).setUint32(0, 0x12345678, true);
    expect(code(b)).toBe('badMagic');
  });

  it('version 1', () => {
    const b = valid();
    new DataView(b).setUint32(4, 1, true);
    expect(code(b)).toBe('badVersion');
  });

  it('truncated file', () => {
    const b = valid();
    expect(code(b.slice(0, b.byteLength - 8))).toBe('lengthMismatch');
  });

  it('broken JSON', () => {
    const r = computeGlbFootprint(packGlb('{"asset": ', null));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toEqual({ code: 'badJson', params: {} });
    }
  });

  it('no meshes', () => {
    expect(code(packGlb(JSON.stringify({ asset: { version: '2.0' }, nodes: [{}] }), null))).toBe(
      'noMeshes',
    );
  });

  it('a node that is its own ancestor', () => {
    const glb = buildGlb({
      meshes: [unit],
      nodes: [{ children: [1] }, { mesh: 0, children: [0] }],
    });
    expect(code(glb)).toBe('nodeCycle');
  });

  it('a missing node, mesh or accessor', () => {
    expect(code(buildGlb({ meshes: [unit], nodes: [{ children: [7] }] }))).toBe('badNode');
    expect(code(buildGlb({ meshes: [unit], nodes: [{ mesh: 4 }] }))).toBe('badMesh');
    const json = JSON.stringify({
      nodes: [{ mesh: 0 }],
      meshes: [{ primitives: [{ attributes: { POSITION: 3 } }] }],
    });
    expect(code(packGlb(json, null))).toBe('badAccessor');
  });

  it('a bad matrix', () => {
    expect(code(buildGlb({ meshes: [unit], nodes: [{ mesh: 0, matrix: [1, 2, 3] }] }))).toBe(
      'badMatrix',
    );
  });

  it('a non-positive scale', () => {
    expect(code(valid(), 0)).toBe('badScale');
    expect(code(valid(), Number.NaN)).toBe('badScale');
  });
});
