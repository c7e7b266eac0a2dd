import { type Footprint, footprintOf, type PlacedItem, polygonContains } from '../layout';

// Where each device's status light goes: over the top of whatever stands on
// the device (a router on the binder lights above the router, not inside
// it), and side by side with any light that would land within reach of it,
// so that every light in the room reads on its own. Pure: the scene writes
// the result into its one instanced mesh.

/** One light's diameter: readable on a projector across a class. */
export const LIGHT_SIZE = 0.12;
/** From the top of the stack to the light's underside. */
export const LIGHT_GAP = 0.05;
/** Centre to centre of two lights set side by side: a whole light of air between them. */
export const LIGHT_PITCH = LIGHT_SIZE * 2;
/** An item starting this far above a stack's top still stands on it (a resting item sits at 0). */
const STACK_TOLERANCE = 0.02;
/** Below this, a base counts as level with the device's (the surface it stands on, not a load). */
const LEVEL = 1e-4;

export interface LightSpot {
  /** The device's item id. */
  readonly id: string;
  /** The light's centre, world metres. */
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The top of the column standing on `device` at its centre: its own top,
 * raised by every item whose footprint covers that point, whose base is
 * above the device's base, and that rests on the column so far (starts no
 * more than STACK_TOLERANCE above its top). The desk under a device is not
 * on it; a wall shelf or a ceiling lamp hanging well above it is not either.
 */
export function stackTop(
  device: Footprint,
  at: { x: number; z: number },
  others: readonly Footprint[],
): number {
  const over = others
    .filter(
      (f) =>
        f.id !== device.id &&
        f.band.bottom > device.band.bottom + LEVEL &&
        at.x >= f.aabb.minX &&
        at.x <= f.aabb.maxX &&
        at.z >= f.aabb.minZ &&
        at.z <= f.aabb.maxZ &&
        f.parts.some((p) => polygonContains(p, at)),
    )
    .sort((a, b) => a.band.bottom - b.band.bottom || byId(a, b));
  let top = device.band.top;
  for (const f of over) {
    if (f.band.bottom > top + STACK_TOLERANCE) break;
    top = Math.max(top, f.band.top);
  }
  return top;
}

const tooClose = (a: LightSpot, b: LightSpot): boolean =>
  Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z) < LIGHT_PITCH - 1e-9;

/**
 * A group of lights set side by side along world x (left to right on screen
 * in the plan and, slanted, in the 3D view), in id order, centred on their
 * own mean position, at the highest of their heights.
 */
function layOut(group: readonly LightSpot[]): LightSpot[] {
  if (group.length === 1) return [...group];
  const n = group.length;
  const cx = group.reduce((s, l) => s + l.x, 0) / n;
  const cz = group.reduce((s, l) => s + l.z, 0) / n;
  const y = Math.max(...group.map((l) => l.y));
  return [...group]
    .sort(byId)
    .map((l, k) => ({ id: l.id, x: cx + (k - (n - 1) / 2) * LIGHT_PITCH, y, z: cz }));
}

/**
 * The light of each of `ids` (devices to light; ids not in `items` are
 * skipped), sorted by id. Each starts LIGHT_GAP above the top of the stack
 * on its device; lights whose centres come closer than LIGHT_PITCH are
 * gathered into a row (and rows that then come close to another light are
 * gathered again), so no two lights overlap or touch. The same items and
 * ids give the same spots, whatever their order.
 */
export function placeLights(
  items: Readonly<Record<string, PlacedItem>>,
  ids: Iterable<string>,
): LightSpot[] {
  const wanted = [...new Set(ids)].filter((id) => items[id] !== undefined).sort();
  if (wanted.length === 0) return [];
  const footprints = Object.values(items).map((i) => footprintOf(i));
  const byItem = new Map(footprints.map((f) => [f.id, f]));
  // Each group holds its members' base spots; `placed` the same groups laid out.
  let groups: LightSpot[][] = wanted.map((id) => {
    const item = items[id]!;
    const top = stackTop(byItem.get(id)!, item, footprints);
    return [{ id, x: item.x, y: top + LIGHT_GAP + LIGHT_SIZE / 2, z: item.z }];
  });
  let placed = groups.map(layOut);
  // Merge any two groups with lights too close, lay the merged group out from
  // its members' base spots, and look again: each pass leaves one group fewer.
  for (;;) {
    let merge: [number, number] | undefined;
    for (let i = 0; i < placed.length && !merge; i++) {
      for (let j = i + 1; j < placed.length && !merge; j++) {
        if (placed[i]!.some((a) => placed[j]!.some((b) => tooClose(a, b)))) merge = [i, j];
      }
    }
    if (!merge) break;
    const [i, j] = merge;
    const joined = [...groups[i]!, ...groups[j]!];
    groups = [...groups.filter((_, k) => k !== i && k !== j), joined];
    placed = [...placed.filter((_, k) => k !== i && k !== j), layOut(joined)];
  }
  return placed.flat().sort(byId);
}
