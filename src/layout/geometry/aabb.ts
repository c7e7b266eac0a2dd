import type { Vec2 } from './vec';

/** Axis-aligned box on the floor plane; the broad phase and snapping use it. */
export interface Aabb {
  readonly minX: number;
  readonly minZ: number;
  readonly maxX: number;
  readonly maxZ: number;
}

export function aabbOfPoints(points: readonly Vec2[]): Aabb {
  let minX = Number.POSITIVE_INFINITY;
  let minZ = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxZ = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.z < minZ) minZ = p.z;
    if (p.x > maxX) maxX = p.x;
    if (p.z > maxZ) maxZ = p.z;
  }
  return { minX, minZ, maxX, maxZ };
}

export function aabbUnion(boxes: readonly Aabb[]): Aabb | null {
  if (boxes.length === 0) return null;
  let minX = Number.POSITIVE_INFINITY;
  let minZ = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxZ = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    minX = Math.min(minX, b.minX);
    minZ = Math.min(minZ, b.minZ);
    maxX = Math.max(maxX, b.maxX);
    maxZ = Math.max(maxZ, b.maxZ);
  }
  return { minX, minZ, maxX, maxZ };
}

export function aabbOverlaps(a: Aabb, b: Aabb, margin = 0): boolean {
  return (
    a.minX < b.maxX + margin &&
    b.minX < a.maxX + margin &&
    a.minZ < b.maxZ + margin &&
    b.minZ < a.maxZ + margin
  );
}

export function aabbCenter(b: Aabb): Vec2 {
  return { x: (b.minX + b.maxX) / 2, z: (b.minZ + b.maxZ) / 2 };
}
