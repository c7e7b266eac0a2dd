import { builtinCatalog, type Catalog, resolveKind } from '../catalog/catalog';
import { footprintOf, localShape } from '../footprint';
import { type Aabb, aabbOfPoints } from '../geometry/aabb';
import { normalizeAngle, rotateY } from '../geometry/vec';
import { facingRoomRotation, roomBounds } from '../room';
import type { PlacedItem, Pose, Room } from '../types';
import { type Neighbour, snapToEdges } from './edges';
import { snapEdgesToGrid } from './grid';
import {
  type Axis,
  defaultSnapOptions,
  type SnapOptions,
  type SnapResult,
  type SnapTarget,
} from './options';
import { snapRotation } from './rotation';
import { flushDelta, nearestWall, type WallGap, wallsWithin } from './walls';

// One pass per pointer move: rotation → wall (which may turn the item to
// face the room) → per axis: wall flush beats an item edge beats the grid.
// The stronger snaps only act within their pull distance, so the grid is
// what the user feels most of the time and walls stay gentle.

export interface SnapRequest {
  /** The dragged item carrying the proposed (unsnapped) x, z, rotation. */
  readonly item: PlacedItem;
  /** The scene; the item itself, its desk-top children and `exclude` are skipped. */
  readonly items: readonly PlacedItem[];
  readonly room: Room;
  readonly options?: Partial<SnapOptions>;
  readonly catalog?: Catalog;
  /** Ids moving together with the item (a multi-selection drag). */
  readonly exclude?: ReadonlySet<string>;
}

function boxAt(item: PlacedItem, rotation: number, catalog: Catalog): Aabb {
  const kind = resolveKind(item.kind, catalog);
  const pts = localShape(item, kind).outline.map((p) => rotateY(p, rotation));
  return aabbOfPoints(pts);
}

const shift = (b: Aabb, dx: number, dz: number): Aabb => ({
  minX: b.minX + dx,
  maxX: b.maxX + dx,
  minZ: b.minZ + dz,
  maxZ: b.maxZ + dz,
});

function neighboursOf(req: SnapRequest, catalog: Catalog): Neighbour[] {
  const { item } = req;
  const out: Neighbour[] = [];
  for (const other of req.items) {
    if (other.id === item.id || req.exclude?.has(other.id)) continue;
    // A desk-top item aligns with its siblings and its desk; floor items
    // align with other floor-level items, never with things on a desk.
    const relevant =
      item.parentId === null
        ? other.parentId === null
        : other.parentId === item.parentId || other.id === item.parentId;
    if (!relevant) continue;
    out.push({ id: other.id, box: footprintOf(other, catalog).aabb });
  }
  return out;
}

export function snapPose(req: SnapRequest): SnapResult {
  const opts: SnapOptions = { ...defaultSnapOptions, ...req.options };
  const { item, room } = req;
  const input: Pose = { x: item.x, z: item.z, rotation: item.rotation };
  if (!opts.enabled) return { pose: input, snappedTo: [] };
  const catalog = req.catalog ?? builtinCatalog;
  const kind = resolveKind(item.kind, catalog);
  const targets: SnapTarget[] = [];

  let rotation = snapRotation(item.rotation, opts.rotationStep);
  if (opts.rotationStep !== null && rotation !== item.rotation)
    targets.push({ type: 'rotation', angle: rotation });

  // Walls only matter for items standing in the room, not on a desk.
  const onFloor = item.parentId === null;
  const bounds = roomBounds(room);
  const centreInside =
    item.x > bounds.minX && item.x < bounds.maxX && item.z > bounds.minZ && item.z < bounds.maxZ;
  let box = shift(boxAt(item, rotation, catalog), item.x, item.z);
  let forced: WallGap | null = null;
  if (onFloor && kind.mount === 'wall') {
    // A wall mount belongs on a wall whatever the distance.
    forced = nearestWall(box, room, Number.POSITIVE_INFINITY);
  } else if (onFloor && centreInside && kind.backToWall) {
    // In a corner two walls are in reach: keep the one the item's back
    // already faces (least turn), so the user's orientation wins.
    const turn = (g: WallGap) => Math.abs(normalizeAngle(facingRoomRotation(g.wall) - rotation));
    const near = wallsWithin(box, room, opts.wallPull).sort(
      (a, b) => turn(a) - turn(b) || a.gap - b.gap,
    );
    forced = near[0] ?? null;
  }
  if (forced && kind.backToWall) {
    rotation = facingRoomRotation(forced.wall);
    box = shift(boxAt(item, rotation, catalog), item.x, item.z);
  }

  const neighbours = opts.edgePull > 0 ? neighboursOf(req, catalog) : [];
  let x = item.x;
  let z = item.z;
  for (const axis of ['x', 'z'] as const satisfies readonly Axis[]) {
    const cur = shift(box, x - item.x, z - item.z);
    let delta = 0;
    let target: SnapTarget | null = null;
    const wall =
      forced && forced.axis === axis
        ? forced
        : onFloor && centreInside
          ? nearestWall(cur, room, opts.wallPull, axis)
          : null;
    const edge = wall ? null : snapToEdges(cur, axis, neighbours, opts.edgePull, opts.edgeReach);
    if (wall) {
      delta = flushDelta(cur, wall);
      target = { type: 'wall', wall: wall.wall, axis, line: wall.line };
    } else if (edge) {
      delta = edge.delta;
      target = { type: 'edge', axis, line: edge.line, itemId: edge.itemId };
    } else if (opts.gridStep !== null && opts.gridStep > 0) {
      const lo = axis === 'x' ? cur.minX : cur.minZ;
      const hi = axis === 'x' ? cur.maxX : cur.maxZ;
      const g = snapEdgesToGrid(lo, hi, opts.gridStep);
      delta = g.delta;
      target = { type: 'grid', axis, line: g.line };
    }
    if (axis === 'x') x += delta;
    else z += delta;
    if (target) targets.push(target);
  }
  return { pose: { x, z, rotation }, snappedTo: targets };
}
