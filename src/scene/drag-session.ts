import * as THREE from 'three';
import { commitMoves, movesWithChildren } from '../app/commands/item-commands';
import {
  cancelLiveDrag,
  type LivePose,
  livePoses,
  selection,
  snapSettings,
} from '../app/editor-state';
import type { OfficeStore } from '../app/office-store';
import { type PlacedItem, ROOM_MARGIN_M } from '../core/office-state';
import { descendantsOf, standingAt } from '../layout/parenting';
import { clampIntoRoom } from '../layout/room-clamp';
import { snapPose } from '../layout/snap/snap-pose';

interface Session {
  pointerId: number;
  primary: string;
  start: THREE.Vector3;
  plane: THREE.Plane;
  /** Poses at the start of the drag: selection roots and their desk-top items. */
  origin: Map<string, PlacedItem>;
  roots: string[];
  moved: boolean;
}

let session: Session | null = null;
const hit = new THREE.Vector3();

/** The item at the head, unless the timeline shows the past (read-only). */
function editableItem(store: OfficeStore, id: string): PlacedItem | undefined {
  const v = store.getSnapshot();
  return v.viewSeq === null ? v.head.items[id] : undefined;
}

export const isDragging = () => session !== null || rotating !== null;

/**
 * A drag moves live poses only; the log gets one ItemsMoved when the pointer
 * is released (one gesture, one undo step). Undo while the pointer is down
 * cancels the drag first (see cancelDrag), so nothing is left half-moved.
 */
export function beginDrag(
  store: OfficeStore,
  id: string,
  ray: THREE.Ray,
  pointerId: number,
): boolean {
  const head = store.getSnapshot().head;
  const item = editableItem(store, id);
  if (!item) return false;
  const items = Object.values(head.items);
  const selected = selection.get().includes(id) ? selection.get() : [id];
  // A child selected together with its desk rides on the desk, not twice.
  const roots = selected.filter((s) => {
    const it = head.items[s];
    return it && !(it.parentId && selected.includes(it.parentId));
  });
  const origin = new Map<string, PlacedItem>();
  for (const r of roots) {
    origin.set(r, head.items[r]!);
    for (const d of descendantsOf(r, items)) origin.set(d.id, head.items[d.id]!);
  }
  const plane = new THREE.Plane(new THREE.Vector3(0, 1, 0), -item.elevation);
  if (!ray.intersectPlane(plane, hit)) return false;
  session = { pointerId, primary: id, start: hit.clone(), plane, origin, roots, moved: false };
  return true;
}

export function dragTo(store: OfficeStore, ray: THREE.Ray, pointerId: number, free: boolean): void {
  const s = session;
  if (!s || s.pointerId !== pointerId) return;
  if (!ray.intersectPlane(s.plane, hit)) return;
  const head = store.getSnapshot().head;
  const items = Object.values(head.items);
  const primary = s.origin.get(s.primary)!;
  let dx = hit.x - s.start.x;
  let dz = hit.z - s.start.z;
  if (!s.moved && Math.hypot(dx, dz) < 0.01) return;
  s.moved = true;
  const exclude = new Set(s.origin.keys());
  // Stopped at the walls before snapping too, so a pointer far past a wall
  // snaps (flush, turned to face the room) as one just at the wall does.
  const translated = [...s.origin.values()].map((o) => ({ ...o, x: o.x + dx, z: o.z + dz }));
  const pre = clampIntoRoom(translated, head.room, { centreMargin: ROOM_MARGIN_M });
  const proposed = { ...primary, x: primary.x + dx + pre.dx, z: primary.z + dz + pre.dz };
  const snapped = snapPose({
    item: proposed,
    items,
    room: head.room,
    exclude,
    options: { enabled: !free, gridStep: snapSettings.get().gridStep },
  }).pose;
  dx = snapped.x - primary.x;
  dz = snapped.z - primary.z;
  const rotate = snapped.rotation - primary.rotation;
  let next = groupPoses(s, dx, dz, rotate, items, exclude);
  // A snapped turn or a grid line may still push a footprint through a wall.
  const post = clampIntoRoom(asItems(s, next), head.room, { centreMargin: ROOM_MARGIN_M });
  if (post.dx !== 0 || post.dz !== 0) {
    next = groupPoses(s, dx + post.dx, dz + post.dz, rotate, items, exclude);
  }
  livePoses.set(next);
}

/** Every dragged item's pose when the primary moves by (dx, dz) and turns by `rotate`. */
function groupPoses(
  s: Session,
  dx: number,
  dz: number,
  rotate: number,
  items: PlacedItem[],
  exclude: Set<string>,
): Map<string, LivePose> {
  const next = new Map<string, LivePose>();
  for (const r of s.roots) {
    const o = s.origin.get(r)!;
    // Desk-mount items dragged onto or off a desk change what they stand on.
    const pose = standingAt(o, o.x + dx, o.z + dz, items, exclude);
    const rot = r === s.primary ? o.rotation + rotate : o.rotation;
    for (const m of movesWithChildren(o, { ...pose, rotation: rot }, [...s.origin.values()])) {
      next.set(m.id, m);
    }
  }
  return next;
}

const asItems = (s: Session, poses: Map<string, LivePose>): PlacedItem[] =>
  [...poses].map(([id, p]) => ({ ...s.origin.get(id)!, ...p }));

export function endDrag(store: OfficeStore, pointerId: number): void {
  const s = session;
  if (!s || s.pointerId !== pointerId) return;
  session = null;
  const poses = livePoses.get();
  if (s.moved && poses.size)
    commitMoves(
      store,
      [...poses].map(([id, p]) => ({ id, ...p })),
    );
  livePoses.set(new Map());
}

export function cancelDrag(): void {
  session = null;
  rotating = null;
  cancelLiveDrag();
}

interface RotateSession {
  pointerId: number;
  id: string;
  origin: PlacedItem;
  family: PlacedItem[];
  startAngle: number;
}

let rotating: RotateSession | null = null;

const angleOf = (p: THREE.Vector3, o: PlacedItem) => Math.atan2(-(p.z - o.z), p.x - o.x);

/** The rotate handle: the item turns about its centre, its desk-top items with it. */
export function beginRotate(
  store: OfficeStore,
  id: string,
  ray: THREE.Ray,
  pointerId: number,
): boolean {
  const head = store.getSnapshot().head;
  const item = editableItem(store, id);
  if (!item) return false;
  const plane = new THREE.Plane(new THREE.Vector3(0, 1, 0), 0);
  if (!ray.intersectPlane(plane, hit)) return false;
  const items = Object.values(head.items);
  const family = [item, ...descendantsOf(id, items).map((d) => head.items[d.id]!)];
  rotating = { pointerId, id, origin: item, family, startAngle: angleOf(hit, item) };
  return true;
}

/** Snaps to 15° steps unless `free` (Shift). */
export function rotateTo(ray: THREE.Ray, pointerId: number, free: boolean): void {
  const r = rotating;
  if (!r || r.pointerId !== pointerId) return;
  if (!ray.intersectPlane(new THREE.Plane(new THREE.Vector3(0, 1, 0), 0), hit)) return;
  const raw = r.origin.rotation + angleOf(hit, r.origin) - r.startAngle;
  const step = Math.PI / 12;
  const rotation = free ? raw : Math.round(raw / step) * step;
  const next = new Map<string, LivePose>();
  const o = r.origin;
  const pose = { x: o.x, z: o.z, elevation: o.elevation, parentId: o.parentId, rotation };
  for (const m of movesWithChildren(o, pose, r.family)) next.set(m.id, m);
  livePoses.set(next);
}

export function endRotate(store: OfficeStore, pointerId: number): void {
  const r = rotating;
  if (!r || r.pointerId !== pointerId) return;
  rotating = null;
  const poses = livePoses.get();
  if (poses.size)
    commitMoves(
      store,
      [...poses].map(([id, p]) => ({ id, ...p })),
    );
  livePoses.set(new Map());
}
