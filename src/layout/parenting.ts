import {
  builtinCatalog,
  type Catalog,
  getKind,
  resolveKind,
  sizeOf,
  surfaceTopOf,
} from './catalog/catalog';
import type { CatalogKind } from './catalog/schema';
import { footprintOf } from './footprint';
import { convexContains } from './geometry/polygon';
import { normalizeAngle, toLocal, toWorld, type Vec2 } from './geometry/vec';
import type { PlacedItem, Pose, PoseWithElevation, Room } from './types';

// Desk-top items ride on their desk: a pose change of the desk moves every
// item whose parentId chain leads to it, keeping each one's offset and angle
// in the desk's frame. The app turns the result into events of the same
// gesture, so the desk and its load undo as one step.

export interface ChildPose extends PoseWithElevation {
  readonly id: string;
}

/** Every item whose parentId chain leads to `rootId`, parents before children. */
export function descendantsOf(rootId: string, items: readonly PlacedItem[]): PlacedItem[] {
  const out: PlacedItem[] = [];
  const seen = new Set<string>([rootId]);
  let frontier = [rootId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const i of items) {
      if (i.parentId !== null && frontier.includes(i.parentId) && !seen.has(i.id)) {
        seen.add(i.id);
        out.push(i);
        next.push(i.id);
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * New poses of the desk's descendants when the desk moves from `desk`'s
 * current pose to `next`. Elevation follows the desk's elevation change.
 */
export function moveChildren(
  desk: PlacedItem,
  next: Pose & { readonly elevation?: number },
  items: readonly PlacedItem[],
): ChildPose[] {
  const dElev = (next.elevation ?? desk.elevation) - desk.elevation;
  const dRot = next.rotation - desk.rotation;
  return descendantsOf(desk.id, items).map((c) => {
    const local = toLocal({ x: c.x, z: c.z }, desk);
    const world = toWorld(local, next);
    return {
      id: c.id,
      x: world.x,
      z: world.z,
      rotation: normalizeAngle(c.rotation + dRot),
      elevation: c.elevation + dElev,
    };
  });
}

export interface Support {
  readonly id: string;
  /** Elevation a new item standing here gets. */
  readonly top: number;
}

/**
 * The highest surface under a floor point (a desk top, a sideboard, the
 * scanner dock on a desk): where a desk-mount item dropped there stands.
 * `exclude` skips the dragged item and its own children.
 */
export function findSurfaceAt(
  point: Vec2,
  items: readonly PlacedItem[],
  catalog: Catalog = builtinCatalog,
  exclude: ReadonlySet<string> = new Set(),
): Support | null {
  let best: Support | null = null;
  for (const item of items) {
    if (exclude.has(item.id)) continue;
    const kind = resolveKind(item.kind, catalog);
    const top = surfaceTopOf(item, kind);
    if (top === null) continue;
    const fp = footprintOf(item, catalog);
    if (!fp.parts.some((p) => convexContains(p, point, 0))) continue;
    if (!best || top > best.top) best = { id: item.id, top };
  }
  return best;
}

/** Where an item moved to a point stands: its elevation and what it stands on. */
export interface Standing {
  readonly x: number;
  readonly z: number;
  readonly elevation: number;
  readonly parentId: string | null;
}

/**
 * What an item moved (dragged or typed) to (x, z) stands on: a desk-mount
 * item stands on the highest surface under that point, re-parented to it,
 * or on the floor, detached; any other item keeps its elevation and parent.
 * `exclude` holds the moved items (the item itself and what rides on it),
 * which cannot carry it.
 */
export function standingAt(
  item: Pick<PlacedItem, 'kind' | 'elevation' | 'parentId'>,
  x: number,
  z: number,
  items: readonly PlacedItem[],
  exclude: ReadonlySet<string>,
  catalog: Catalog = builtinCatalog,
): Standing {
  if (getKind(item.kind, catalog)?.mount !== 'desk')
    return { x, z, elevation: item.elevation, parentId: item.parentId };
  const support = findSurfaceAt({ x, z }, items, catalog, exclude);
  return { x, z, elevation: support?.top ?? 0, parentId: support?.id ?? null };
}

/** Elevation an item of this kind rests at when placed (on `support` if it stands on something). */
export function restingElevation(
  kind: CatalogKind,
  room: Room,
  support: Support | null = null,
  size = kind.size,
): number {
  switch (kind.mount) {
    case 'floor':
      return 0;
    case 'desk':
      return support?.top ?? 0;
    case 'wall':
      return Math.min(kind.defaultElevation, Math.max(0, room.height - size.height));
    case 'ceiling':
      return Math.max(0, room.height - size.height);
    default: {
      const never: never = kind.mount;
      throw new Error(`unknown mount ${String(never)}`);
    }
  }
}

/** Convenience for the inspector: the item's size and where things stand on it. */
export function itemMetrics(item: PlacedItem, catalog: Catalog = builtinCatalog) {
  const kind = resolveKind(item.kind, catalog);
  return { size: sizeOf(item, kind), surfaceTop: surfaceTopOf(item, kind) };
}
