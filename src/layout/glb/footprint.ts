import { Result } from '../result';
import type { ItemSize } from '../types';
import { type GlbError, glbError } from './glb-error';
import { composeTrs, IDENTITY, type Mat4, multiply, transformPoint } from './mat4';
import { type GltfAccessor, type GltfJson, parseGlb } from './parse-glb';

// Bounds of a user's GLB without three.js: walk the node tree, take each
// mesh primitive's POSITION accessor box (glTF requires min/max there; we
// read the floats when a writer left them out), transform its 8 corners by
// the node's world matrix and grow a box. Conservative for rotated nodes
// (the box of a rotated box), which is the right side to err on for collision.

export type Vec3 = [number, number, number];

export interface GlbFootprint {
  /** Bounds after the uniform scale, in the model's own frame (y up). */
  readonly min: Vec3;
  readonly max: Vec3;
  /** Footprint size for a `customModel` item: x → width, z → depth, y → height. */
  readonly size: ItemSize;
  /** Translate the scaled model by this so its footprint centres on the item origin and its base sits on the floor. */
  readonly offset: Vec3;
  readonly meshCount: number;
}

/** The footprint's errors are the GLB's own (a bad scale among them). */
export type GlbFootprintError = GlbError;

const fail = (e: GlbError) => Result.err<GlbError>(e);

const FLOAT = 5126;

function accessorBox(
  json: GltfJson,
  bin: DataView | null,
  index: number,
): Result<{ min: Vec3; max: Vec3 }, GlbFootprintError> {
  const acc: GltfAccessor | undefined = json.accessors?.[index];
  if (!acc) return fail(glbError('badAccessor', { accessor: index }));
  if (acc.type !== 'VEC3')
    return fail(glbError('accessorNotVec3', { accessor: index, type: String(acc.type) }));
  const ok3 = (v: readonly number[] | undefined): v is Vec3 =>
    Array.isArray(v) &&
    v.length === 3 &&
    v.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (ok3(acc.min) && ok3(acc.max)) return Result.ok({ min: acc.min, max: acc.max });
  // Fallback: read the float positions from the BIN chunk.
  const bv = acc.bufferView === undefined ? undefined : json.bufferViews?.[acc.bufferView];
  if (!bv || !bin || bv.buffer !== 0 || acc.componentType !== FLOAT) {
    return fail(glbError('accessorUnreadable', { accessor: index }));
  }
  const stride = bv.byteStride ?? 12;
  const base = (bv.byteOffset ?? 0) + (acc.byteOffset ?? 0);
  if (acc.count < 1 || base + stride * (acc.count - 1) + 12 > bin.byteLength) {
    return fail(glbError('accessorOverrun', { accessor: index }));
  }
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < acc.count; i++) {
    for (let c = 0; c < 3; c++) {
      const v = bin.getFloat32(base + i * stride + c * 4, true);
      if (v < min[c]!) min[c] = v;
      if (v > max[c]!) max[c] = v;
    }
  }
  return Result.ok({ min, max });
}

function localMatrix(
  node: NonNullable<GltfJson['nodes']>[number],
  i: number,
): Result<Mat4, GlbFootprintError> {
  if (node.matrix !== undefined) {
    if (node.matrix.length !== 16 || !node.matrix.every(Number.isFinite)) {
      return fail(glbError('badMatrix', { node: i }));
    }
    return Result.ok(node.matrix);
  }
  return Result.ok(composeTrs(node.translation, node.rotation, node.scale));
}

function rootNodes(json: GltfJson): number[] {
  const scenes = json.scenes ?? [];
  const scene = scenes[json.scene ?? 0];
  if (scene?.nodes) return [...scene.nodes];
  // No scene: every node that is nobody's child is a root.
  const nodes = json.nodes ?? [];
  const child = new Set(nodes.flatMap((n) => n.children ?? []));
  return nodes.map((_, i) => i).filter((i) => !child.has(i));
}

export function computeGlbFootprint(
  buffer: ArrayBuffer | ArrayBufferView,
  scale = 1,
): Result<GlbFootprint, GlbFootprintError> {
  if (!(scale > 0) || !Number.isFinite(scale)) {
    return fail(glbError('badScale', { scale }));
  }
  const parsed = parseGlb(buffer);
  if (!parsed.ok) return parsed;
  const { json, bin } = parsed.value;
  const nodes = json.nodes ?? [];
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  let meshCount = 0;

  const visit = (i: number, parent: Mat4, path: Set<number>): GlbFootprintError | null => {
    const node = nodes[i];
    if (!node) return glbError('badNode', { node: i });
    if (path.has(i)) return glbError('nodeCycle', { node: i });
    const local = localMatrix(node, i);
    if (!local.ok) return local.error;
    const world = multiply(parent, local.value);
    if (node.mesh !== undefined) {
      const mesh = json.meshes?.[node.mesh];
      if (!mesh?.primitives) return glbError('badMesh', { node: i, mesh: node.mesh });
      for (const prim of mesh.primitives) {
        const pos = prim.attributes?.POSITION;
        if (pos === undefined) continue;
        const box = accessorBox(json, bin, pos);
        if (!box.ok) return box.error;
        meshCount++;
        const { min: a, max: b } = box.value;
        for (let k = 0; k < 8; k++) {
          const corner: Vec3 = [k & 1 ? b[0] : a[0], k & 2 ? b[1] : a[1], k & 4 ? b[2] : a[2]];
          const p = transformPoint(world, corner);
          for (let c = 0; c < 3; c++) {
            if (p[c]! < min[c]!) min[c] = p[c]!;
            if (p[c]! > max[c]!) max[c] = p[c]!;
          }
        }
      }
    }
    path.add(i);
    for (const c of node.children ?? []) {
      const e = visit(c, world, path);
      if (e) return e;
    }
    path.delete(i);
    return null;
  };

  for (const r of rootNodes(json)) {
    const e = visit(r, IDENTITY, new Set());
    if (e) return Result.err(e);
  }
  if (meshCount === 0) return fail(glbError('noMeshes'));
  const smin = min.map((v) => v * scale) as Vec3;
  const smax = max.map((v) => v * scale) as Vec3;
  return Result.ok({
    min: smin,
    max: smax,
    size: { width: smax[0] - smin[0], depth: smax[2] - smin[2], height: smax[1] - smin[1] },
    offset: [-(smin[0] + smax[0]) / 2, -smin[1], -(smin[2] + smax[2]) / 2],
    meshCount,
  });
}
