import type { Aabb } from './geometry/aabb';
import type { Vec2 } from './geometry/vec';
import type { Opening, Room, WallSide } from './types';

// Wall frames. Conventions shared with the core and the scene:
// north z = -depth/2, south z = +depth/2, west x = -width/2, east x = +width/2;
// an opening's `offset` runs along +x on north/south walls and along +z on
// east/west walls, measured from the wall's centre.

export interface WallFrame {
  readonly wall: WallSide;
  /** The centre of the wall's inner face. */
  readonly center: Vec2;
  /** Unit vector along the wall, the direction of positive `offset`. */
  readonly along: Vec2;
  /** Unit vector from the wall into the room. */
  readonly inward: Vec2;
  /** Inner face length. */
  readonly length: number;
}

export function wallFrame(room: Room, wall: WallSide): WallFrame {
  const hw = room.width / 2;
  const hd = room.depth / 2;
  switch (wall) {
    case 'north':
      return {
        wall,
        center: { x: 0, z: -hd },
        along: { x: 1, z: 0 },
        inward: { x: 0, z: 1 },
        length: room.width,
      };
    case 'south':
      return {
        wall,
        center: { x: 0, z: hd },
        along: { x: 1, z: 0 },
        inward: { x: 0, z: -1 },
        length: room.width,
      };
    case 'west':
      return {
        wall,
        center: { x: -hw, z: 0 },
        along: { x: 0, z: 1 },
        inward: { x: 1, z: 0 },
        length: room.depth,
      };
    case 'east':
      return {
        wall,
        center: { x: hw, z: 0 },
        along: { x: 0, z: 1 },
        inward: { x: -1, z: 0 },
        length: room.depth,
      };
    default: {
      const never: never = wall;
      throw new Error(`unknown wall ${String(never)}`);
    }
  }
}

/** The floor inside the walls' inner faces. */
export function roomBounds(room: Room): Aabb {
  return {
    minX: -room.width / 2,
    minZ: -room.depth / 2,
    maxX: room.width / 2,
    maxZ: room.depth / 2,
  };
}

/**
 * Rotation that turns an item's back (-z local) to the wall and its front to
 * the room: the item's front direction (sin r, cos r) equals the wall's inward normal.
 */
export function facingRoomRotation(wall: WallSide): number {
  switch (wall) {
    case 'north':
      return 0;
    case 'south':
      return Math.PI;
    case 'west':
      return Math.PI / 2;
    case 'east':
      return -Math.PI / 2;
    default: {
      const never: never = wall;
      throw new Error(`unknown wall ${String(never)}`);
    }
  }
}

/** Jamb positions of an opening on the floor, in the order of the wall's `along` direction. */
export function openingJambs(
  room: Room,
  opening: Opening,
): { readonly start: Vec2; readonly end: Vec2 } {
  const f = wallFrame(room, opening.wall);
  const c = {
    x: f.center.x + f.along.x * opening.offset,
    z: f.center.z + f.along.z * opening.offset,
  };
  const h = opening.width / 2;
  return {
    start: { x: c.x - f.along.x * h, z: c.z - f.along.z * h },
    end: { x: c.x + f.along.x * h, z: c.z + f.along.z * h },
  };
}
