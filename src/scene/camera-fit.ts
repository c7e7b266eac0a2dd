import type { Room } from '../core/office-state';

/** Where the 3D view looks from: above the south-east corner, towards the room's centre. */
export const VIEW_DIRECTION = normalise([0.95, 1.05, 1.25]);
/** The point the orbit turns around: the room's centre, at desk height. */
export const VIEW_TARGET_Y = 0.6;
/** The share of the view the room may fill along its tighter side. */
const FILL = 0.92;

type Vec3 = readonly [number, number, number];

function normalise(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / l, v[1] / l, v[2] / l];
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/**
 * The camera distance from the target, along VIEW_DIRECTION, at which the
 * whole room (floor to wall tops, walls included) fits a view of vertical
 * field `fovDeg` and `aspect` (width / height), on whichever side is tighter:
 * a narrow window or wide side panels no longer cut the room off.
 */
export function fitDistance(room: Room, fovDeg: number, aspect: number): number {
  const back = VIEW_DIRECTION;
  const right = normalise(cross([0, 1, 0], back));
  const up = cross(back, right);
  const tanV = Math.tan((fovDeg * Math.PI) / 360) * FILL;
  const tanH = tanV * aspect;
  const hx = room.width / 2 + room.wallThickness;
  const hz = room.depth / 2 + room.wallThickness;
  let distance = 0;
  for (const x of [-hx, hx])
    for (const y of [0, room.height])
      for (const z of [-hz, hz]) {
        const p: Vec3 = [x, y - VIEW_TARGET_Y, z];
        // In view space the corner sits at depth (distance - p·back); it must lie inside both half-angles.
        const along = dot(p, back);
        distance = Math.max(
          distance,
          along + Math.abs(dot(p, right)) / tanH,
          along + Math.abs(dot(p, up)) / tanV,
        );
      }
  return distance;
}

/**
 * A far plane that keeps the whole room: a corner is never further than
 * twice the fitted distance (the room lies within the frustum, in front of
 * the camera), and a tall, narrow canvas fits the largest room from ≈ 120 m.
 */
export const farPlaneFor = (distance: number): number => Math.max(100, 2 * distance);
