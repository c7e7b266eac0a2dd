// 2D vectors on the floor plane (x, z). Plain objects: the layer is pure and
// allocation is cheap next to the cost of a render.

export interface Vec2 {
  readonly x: number;
  readonly z: number;
}

/** Touching is allowed: overlaps smaller than this are not collisions. */
export const EPS = 1e-4;

export const vec = (x: number, z: number): Vec2 => ({ x, z });
export const add = (a: Vec2, b: Vec2): Vec2 => ({ x: a.x + b.x, z: a.z + b.z });
export const sub = (a: Vec2, b: Vec2): Vec2 => ({ x: a.x - b.x, z: a.z - b.z });
export const scale = (a: Vec2, s: number): Vec2 => ({ x: a.x * s, z: a.z * s });
export const dot = (a: Vec2, b: Vec2): number => a.x * b.x + a.z * b.z;
/** z-component of the 3D cross product of (a.x, 0, a.z) × ... projected: a.x*b.z - a.z*b.x. */
export const cross = (a: Vec2, b: Vec2): number => a.x * b.z - a.z * b.x;
export const length = (a: Vec2): number => Math.hypot(a.x, a.z);
export const distance = (a: Vec2, b: Vec2): number => Math.hypot(a.x - b.x, a.z - b.z);
export const lerp = (a: Vec2, b: Vec2, t: number): Vec2 => ({
  x: a.x + (b.x - a.x) * t,
  z: a.z + (b.z - a.z) * t,
});

/**
 * Local → world for an item rotated by `rotation` about +Y, exactly as three.js
 * applies `rotation.y`: x' = x cos + z sin, z' = -x sin + z cos.
 */
export function rotateY(p: Vec2, rotation: number): Vec2 {
  const c = Math.cos(rotation);
  const s = Math.sin(rotation);
  return { x: p.x * c + p.z * s, z: -p.x * s + p.z * c };
}

export function toWorld(p: Vec2, pose: { x: number; z: number; rotation: number }): Vec2 {
  const r = rotateY(p, pose.rotation);
  return { x: r.x + pose.x, z: r.z + pose.z };
}

export function toLocal(p: Vec2, pose: { x: number; z: number; rotation: number }): Vec2 {
  return rotateY({ x: p.x - pose.x, z: p.z - pose.z }, -pose.rotation);
}

/** An item's local front is +Z; this is where it faces in the world. */
export function frontDirection(rotation: number): Vec2 {
  return { x: Math.sin(rotation), z: Math.cos(rotation) };
}

/** Wraps an angle into (-π, π]. */
export function normalizeAngle(a: number): number {
  const twoPi = Math.PI * 2;
  let r = a % twoPi;
  if (r <= -Math.PI) r += twoPi;
  if (r > Math.PI) r -= twoPi;
  // Avoid -0 so equal poses compare equal byte for byte.
  return r === 0 ? 0 : r;
}
