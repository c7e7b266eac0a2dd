import type { Aabb } from '../geometry/aabb';
import type { Room, WallSide } from '../types';
import type { Axis } from './options';

export interface WallGap {
  readonly wall: WallSide;
  readonly axis: Axis;
  /** Distance from the box's side to the wall's inner face; negative when it pokes through. */
  readonly gap: number;
  /** The wall's inner face coordinate on `axis`. */
  readonly line: number;
}

export function wallGaps(box: Aabb, room: Room): WallGap[] {
  const hw = room.width / 2;
  const hd = room.depth / 2;
  return [
    { wall: 'north', axis: 'z', gap: box.minZ + hd, line: -hd },
    { wall: 'south', axis: 'z', gap: hd - box.maxZ, line: hd },
    { wall: 'west', axis: 'x', gap: box.minX + hw, line: -hw },
    { wall: 'east', axis: 'x', gap: hw - box.maxX, line: hw },
  ];
}

/** Every wall whose gap is within `pull` (an item pushed into a wall counts too). */
export function wallsWithin(box: Aabb, room: Room, pull: number): WallGap[] {
  if (pull <= 0) return [];
  return wallGaps(box, room).filter((g) => g.gap <= pull);
}

/**
 * The closest wall whose gap is within `pull` (an item pushed into a wall
 * counts too, so it is pulled back flush), optionally only on one axis.
 */
export function nearestWall(box: Aabb, room: Room, pull: number, axis?: Axis): WallGap | null {
  if (pull <= 0) return null;
  let best: WallGap | null = null;
  for (const g of wallGaps(box, room)) {
    if (axis && g.axis !== axis) continue;
    if (g.gap > pull) continue;
    if (!best || g.gap < best.gap) best = g;
  }
  return best;
}

/** Moves along the wall's axis so the box's side lies on the wall's inner face. */
export function flushDelta(box: Aabb, g: WallGap): number {
  switch (g.wall) {
    case 'north':
      return g.line - box.minZ;
    case 'south':
      return g.line - box.maxZ;
    case 'west':
      return g.line - box.minX;
    case 'east':
      return g.line - box.maxX;
    default: {
      const never: never = g.wall;
      throw new Error(`unknown wall ${String(never)}`);
    }
  }
}
