import { builtinCatalog, type Catalog } from './catalog/catalog';
import { footprintOf } from './footprint';
import { aabbUnion } from './geometry/aabb';
import { EPS } from './geometry/vec';
import { roomBounds } from './room';
import type { PlacedItem, Room } from './types';

// A drag pushed against or past a wall stops at the wall, as designers expect
// of a room editor, instead of being refused whole on release. The moving
// group shifts by one vector, so a multi-selection keeps its shape.

export interface RoomClampOptions {
  /**
   * How far past the inner walls the core accepts an item's centre (the
   * core's `ROOM_MARGIN_M`). Passed in because layout does not read the core;
   * the shift always keeps every centre within it, so the commit is accepted
   * even when a footprint cannot fit.
   */
  readonly centreMargin: number;
  readonly catalog?: Catalog;
}

export interface RoomShift {
  readonly dx: number;
  readonly dz: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The smallest shift that brings the items' footprints (rotated, any shape)
 * inside the room's inner walls. Zero when they already are.
 */
export function clampIntoRoom(
  items: readonly PlacedItem[],
  room: Room,
  options: RoomClampOptions,
): RoomShift {
  const catalog = options.catalog ?? builtinCatalog;
  const box = aabbUnion(items.map((i) => footprintOf(i, catalog).aabb));
  if (!box) return { dx: 0, dz: 0 };
  const walls = roomBounds(room);
  const m = options.centreMargin;
  const xs = items.map((i) => i.x);
  const zs = items.map((i) => i.z);
  return {
    dx: axisShift(box.minX, box.maxX, walls.minX, walls.maxX, xs, m),
    dz: axisShift(box.minZ, box.maxZ, walls.minZ, walls.maxZ, zs, m),
  };
}

function axisShift(
  lo: number,
  hi: number,
  wallLo: number,
  wallHi: number,
  centres: readonly number[],
  margin: number,
): number {
  // Between these two the group stays inside the walls; for a group wider
  // than the room (it cannot fit) both walls stay within its extent, so it
  // still slides but never pokes out on one side while a gap opens on the other.
  const a = wallLo - lo;
  const b = wallHi - hi;
  const lower = Math.min(a, b);
  const upper = Math.max(a, b);
  // Within EPS counts as touching (as everywhere in layout), so a pose left
  // flush by an earlier clamp stays put; one further out goes exactly flush.
  const toWalls = lower - EPS <= 0 && 0 <= upper + EPS ? 0 : clamp(0, lower, upper);
  // The core's rule on centres wins: a shift it refuses would lose the drag.
  // Less EPS, since the commit rounds positions to 0.1 mm.
  const lowest = wallLo - margin + EPS - Math.min(...centres);
  const highest = wallHi + margin - EPS - Math.max(...centres);
  // Centres further apart than the core allows (the room shrank since they
  // were placed): no shift satisfies it; the middle splits the excess evenly.
  if (lowest > highest) return (lowest + highest) / 2;
  return clamp(toWalls, lowest, highest);
}
