import { builtinCatalog, type Catalog } from './catalog/catalog';
import { footprintsCollide } from './collision';
import { type Footprint, footprintOf } from './footprint';
import { type Aabb, aabbUnion } from './geometry/aabb';
import { EPS } from './geometry/vec';
import { descendantsOf } from './parenting';
import { roomBounds } from './room';
import type { PlacedItem, Room } from './types';

// Multi-select helpers: the box around a selection (for the gizmo and the
// dimension labels) and where a duplicate should land so it does not sit on
// top of its original or anything else.

export function selectionBounds(
  items: readonly PlacedItem[],
  ids: ReadonlySet<string> | readonly string[],
  catalog: Catalog = builtinCatalog,
): Aabb | null {
  const set = ids instanceof Set ? ids : new Set(ids as readonly string[]);
  return aabbUnion(items.filter((i) => set.has(i.id)).map((i) => footprintOf(i, catalog).aabb));
}

export interface DuplicateOffset {
  readonly dx: number;
  readonly dz: number;
  /** False when no free spot was found within the search radius (the default offset is returned). */
  readonly free: boolean;
}

export interface DuplicateOptions {
  readonly step?: number;
  readonly rings?: number;
  readonly catalog?: Catalog;
}

const shifted = (f: Footprint, dx: number, dz: number): Footprint => ({
  ...f,
  id: `${f.id}\u0000copy`,
  parts: f.parts.map((p) => p.map((v) => ({ x: v.x + dx, z: v.z + dz }))),
  aabb: {
    minX: f.aabb.minX + dx,
    maxX: f.aabb.maxX + dx,
    minZ: f.aabb.minZ + dz,
    maxZ: f.aabb.maxZ + dz,
  },
});

/**
 * The nearest offset (on a `step` lattice, diagonal first as users expect)
 * at which copies of the selection and their desk-top children stay inside
 * the room and collide with nothing.
 */
export function findDuplicateOffset(
  ids: readonly string[],
  items: readonly PlacedItem[],
  room: Room,
  options: DuplicateOptions = {},
): DuplicateOffset {
  const step = options.step ?? 0.25;
  const rings = options.rings ?? 8;
  const catalog = options.catalog ?? builtinCatalog;
  const chosen = new Set(ids);
  for (const id of ids) for (const d of descendantsOf(id, items)) chosen.add(d.id);
  const copies = items.filter((i) => chosen.has(i.id)).map((i) => footprintOf(i, catalog));
  const others = items.map((i) => footprintOf(i, catalog));
  const bounds = roomBounds(room);

  const candidates: Array<[number, number]> = [];
  for (let i = -rings; i <= rings; i++) {
    for (let j = -rings; j <= rings; j++) if (i !== 0 || j !== 0) candidates.push([i, j]);
  }
  // Ring by ring outwards; in each ring the familiar down-right diagonal
  // first (the usual "paste a bit offset"), then the nearest lattice points.
  const rank = ([i, j]: [number, number]) =>
    Math.max(Math.abs(i), Math.abs(j)) * 1000 + (i === j && i > 0 ? 0 : 1 + i * i + j * j);
  candidates.sort((a, b) => rank(a) - rank(b) || a[0] - b[0] || a[1] - b[1]);

  for (const [i, j] of candidates) {
    const dx = i * step;
    const dz = j * step;
    const moved = copies.map((c) => shifted(c, dx, dz));
    const inside = moved.every(
      (m) =>
        m.aabb.minX >= bounds.minX - EPS &&
        m.aabb.maxX <= bounds.maxX + EPS &&
        m.aabb.minZ >= bounds.minZ - EPS &&
        m.aabb.maxZ <= bounds.maxZ + EPS,
    );
    if (!inside) continue;
    if (moved.some((m) => others.some((o) => footprintsCollide(m, o)))) continue;
    return { dx, dz, free: true };
  }
  return { dx: step, dz: step, free: false };
}
