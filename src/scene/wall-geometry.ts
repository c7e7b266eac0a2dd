import * as THREE from 'three';
import type { Opening, Room, WallSide } from '../core/office-state';

export interface WallPlacement {
  position: [number, number, number];
  rotationY: number;
  length: number;
  /** Local u of an opening whose offset is measured along world +x / +z. */
  sign: 1 | -1;
}

/**
 * Each wall is a plane facing into the room. Seen from outside, its back
 * face is culled, so the walls between the camera and the room vanish and
 * the far walls stay: a dollhouse view with no per-frame work.
 */
export function wallPlacement(room: Room, wall: WallSide): WallPlacement {
  const hw = room.width / 2;
  const hd = room.depth / 2;
  switch (wall) {
    case 'north':
      return { position: [0, 0, -hd], rotationY: 0, length: room.width, sign: 1 };
    case 'south':
      return { position: [0, 0, hd], rotationY: Math.PI, length: room.width, sign: -1 };
    case 'west':
      return { position: [-hw, 0, 0], rotationY: Math.PI / 2, length: room.depth, sign: -1 };
    case 'east':
      return { position: [hw, 0, 0], rotationY: -Math.PI / 2, length: room.depth, sign: 1 };
    default: {
      const never: never = wall;
      throw new Error(`unknown wall ${String(never)}`);
    }
  }
}

export function wallGeometry(room: Room, wall: WallSide, openings: readonly Opening[]) {
  const p = wallPlacement(room, wall);
  const L = p.length / 2;
  const shape = new THREE.Shape()
    .moveTo(-L, 0)
    .lineTo(L, 0)
    .lineTo(L, room.height)
    .lineTo(-L, room.height)
    .closePath();
  for (const o of openings) {
    if (o.wall !== wall) continue;
    const u = o.offset * p.sign;
    const y0 = Math.max(0.001, o.sill);
    const hole = new THREE.Path()
      .moveTo(u - o.width / 2, y0)
      .lineTo(u - o.width / 2, o.sill + o.height)
      .lineTo(u + o.width / 2, o.sill + o.height)
      .lineTo(u + o.width / 2, y0)
      .closePath();
    shape.holes.push(hole);
  }
  return new THREE.ShapeGeometry(shape);
}
