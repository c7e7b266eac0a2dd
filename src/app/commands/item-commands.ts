import type { OfficeState, PlacedItem } from '../../core/office-state';
import { getKind } from '../../layout/catalog/catalog';
import { collisionsFor } from '../../layout/collision';
import { normalizeAngle } from '../../layout/geometry/vec';
import {
  descendantsOf,
  findSurfaceAt,
  moveChildren,
  restingElevation,
  standingAt,
} from '../../layout/parenting';
import { findDuplicateOffset } from '../../layout/selection';
import { snapPose } from '../../layout/snap/snap-pose';
import { type LivePose, select } from '../editor-state';
import { newId } from '../ids';
import type { OfficeStore } from '../office-store';
import type { Problem } from '../problem';
import { asGesture, continueGesture } from './gesture';

const itemsOf = (s: OfficeState) => Object.values(s.items);

type Move = LivePose & { id: string };

/**
 * Places a catalog kind. With a point (a drop), it lands there, snapped;
 * desk-mount kinds dropped on a desk stand on it. Without one, it goes to
 * the first free spot spiralling out from the centre.
 */
export function placeKind(
  store: OfficeStore,
  kindId: string,
  at?: { x: number; z: number },
): string | null {
  const kind = getKind(kindId);
  if (!kind) return null;
  const s = store.getSnapshot().head;
  const items = itemsOf(s);
  const id = `${kindId}-${newId().slice(0, 8)}`;
  const start = at ?? { x: 0, z: 0 };
  let best: PlacedItem | null = null;
  for (const [dx, dz] of spiral(at ? 1 : 9, 0.25)) {
    const probe = { x: start.x + dx, z: start.z + dz };
    const support = kind.mount === 'desk' ? findSurfaceAt(probe, items) : null;
    const draft: PlacedItem = {
      id,
      kind: kindId,
      x: probe.x,
      z: probe.z,
      rotation: 0,
      elevation: restingElevation(kind, s.room, support),
      parentId: support?.id ?? null,
    };
    const snapped = snapPose({ item: draft, items, room: s.room }).pose;
    const placed = { ...draft, x: r4(snapped.x), z: r4(snapped.z), rotation: snapped.rotation };
    if (!best) best = placed;
    if (collisionsFor(placed.id, [...items, placed]).length === 0) {
      best = placed;
      break;
    }
  }
  if (!best) return null;
  const r = store.edit(asGesture([{ type: 'ItemPlaced', payload: { item: best } }]));
  if (!r.ok) return null;
  select([id]);
  return id;
}

function* spiral(rings: number, step: number): Generator<[number, number]> {
  yield [0, 0];
  for (let r = 1; r <= rings; r++) {
    for (let i = -r; i <= r; i++) {
      for (let j = -r; j <= r; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === r) yield [i * step, j * step];
      }
    }
  }
}

/** Commits the poses of a finished drag as one event; the store's refusal, if it refused. */
export function commitMoves(store: OfficeStore, moves: readonly Move[]): Problem | null {
  const head = store.getSnapshot().head;
  // Compared as logged, both sides rounded: a typed 1.4499999 for an item at 1.45,
  // or an item placed at rotation π (3.14159265…) left as it is, is no move; it
  // would otherwise log an event that changes nothing (and an empty undo step).
  const changed = moves.map(round).filter((m) => {
    const i = head.items[m.id];
    if (!i) return false;
    const was = round(i);
    return (
      was.x !== m.x ||
      was.z !== m.z ||
      was.rotation !== m.rotation ||
      was.elevation !== m.elevation ||
      was.parentId !== m.parentId
    );
  });
  if (!changed.length) return null;
  const r = store.edit(asGesture([{ type: 'ItemsMoved', payload: { moves: changed } }]));
  return r.ok ? null : r.error;
}

const r4 = (n: number) => Math.round(n * 1e4) / 1e4;
const round = (m: Move): Move => ({
  ...m,
  x: r4(m.x),
  z: r4(m.z),
  rotation: Math.round(m.rotation * 1e6) / 1e6,
  elevation: r4(m.elevation),
});

/** The poses of an item moved to `next`, plus every desk-top item riding on it. */
export function movesWithChildren(
  item: PlacedItem,
  next: LivePose,
  items: readonly PlacedItem[],
): Move[] {
  const children = moveChildren(item, next, items).map((c) => ({
    ...c,
    parentId: items.find((i) => i.id === c.id)?.parentId ?? null,
  }));
  return [{ id: item.id, ...next }, ...children];
}

/** R: turn the selection by a step about each item's own centre. */
export function rotateSelection(store: OfficeStore, ids: readonly string[], delta: number): void {
  const head = store.getSnapshot().head;
  const items = itemsOf(head);
  const moves: Move[] = [];
  for (const id of ids) {
    const item = head.items[id];
    if (!item || moves.some((m) => m.id === id)) continue;
    const next = {
      x: item.x,
      z: item.z,
      rotation: normalizeAngle(item.rotation + delta),
      elevation: item.elevation,
      parentId: item.parentId,
    };
    moves.push(
      ...movesWithChildren(item, next, items).filter((m) => !moves.some((x) => x.id === m.id)),
    );
  }
  commitMoves(store, moves);
}

/**
 * Typed values from the inspector: one pose, children follow, in one event;
 * the store's refusal, if any. A typed move lands where a drag to that spot
 * would: a desk-mount item typed off its desk stands on whatever is under it
 * (the floor, another desk) and stands on that from then on.
 */
export function setPose(
  store: OfficeStore,
  id: string,
  pose: Partial<Pick<LivePose, 'x' | 'z' | 'rotation'>>,
): Problem | null {
  const head = store.getSnapshot().head;
  const item = head.items[id];
  if (!item) return null;
  const items = itemsOf(head);
  const x = pose.x ?? item.x;
  const z = pose.z ?? item.z;
  const moved = pose.x !== undefined || pose.z !== undefined;
  // What it stands on is decided by the drag's rule, excluding what rides on it.
  const exclude = new Set([id, ...descendantsOf(id, items).map((d) => d.id)]);
  const standing = moved
    ? standingAt(item, x, z, items, exclude)
    : { x, z, elevation: item.elevation, parentId: item.parentId };
  const next: LivePose = { ...standing, rotation: pose.rotation ?? item.rotation };
  return commitMoves(store, movesWithChildren(item, next, items));
}

/** Delete: the selection and whatever stands on it, in one step; the ids removed (none if refused). */
export function deleteSelection(store: OfficeStore, ids: readonly string[]): string[] {
  const head = store.getSnapshot().head;
  const items = itemsOf(head);
  const all = new Set<string>();
  for (const id of ids) {
    if (!head.items[id]) continue;
    all.add(id);
    for (const d of descendantsOf(id, items)) all.add(d.id);
  }
  if (!all.size) return [];
  const r = store.edit(asGesture([{ type: 'ItemsRemoved', payload: { ids: [...all] } }]));
  if (!r.ok) return [];
  select([]);
  return [...all];
}

/** Duplicate: copies (with their desk-top items) at the nearest free offset. */
export function duplicateSelection(store: OfficeStore, ids: readonly string[]): string[] {
  const head = store.getSnapshot().head;
  const items = itemsOf(head);
  const roots = ids.filter((id) => head.items[id]);
  if (!roots.length) return [];
  const off = findDuplicateOffset(roots, items, head.room);
  const dx = off.dx;
  const dz = off.dz;
  const idMap = new Map<string, string>();
  const copies: PlacedItem[] = [];
  for (const id of roots) {
    for (const srcId of [id, ...descendantsOf(id, items).map((d) => d.id)]) {
      const src = head.items[srcId]!;
      if (idMap.has(src.id)) continue;
      const nid = `${src.kind}-${newId().slice(0, 8)}`;
      idMap.set(src.id, nid);
      const copy: PlacedItem = structuredClone(src);
      copies.push({ ...copy, id: nid, x: r4(src.x + dx), z: r4(src.z + dz) });
    }
  }
  for (const c of copies) {
    if (c.parentId !== null) c.parentId = idMap.get(c.parentId) ?? c.parentId;
  }
  const r = store.edit(
    asGesture(copies.map((item) => ({ type: 'ItemPlaced', payload: { item } }))),
  );
  if (!r.ok) return [];
  const newRoots = roots.map((id) => idMap.get(id)!);
  select(newRoots);
  return newRoots;
}

/** Colour or material, one undo step (or a step of the gesture `gesture`, when given). */
export function styleItem(
  store: OfficeStore,
  id: string,
  style: { color?: string | null; material?: string | null },
  gesture?: string,
) {
  store.edit(asGesture([{ type: 'ItemStyled', payload: { id, ...style } }], gesture));
}

/**
 * One change of a colour being picked: logged at once (the room shows it),
 * in the gesture `open` of this pick while it is still the last step to
 * undo, so a whole pick undoes in one step. Returns the gesture to pass
 * with the next change of the same pick (null: the first change).
 */
export function pickColour(store: OfficeStore, id: string, color: string, open: string | null) {
  const ws = store.workspace;
  const gesture = continueGesture(ws.hasBranch ? ws.current.history : null, open);
  styleItem(store, id, { color }, gesture);
  return gesture;
}

/** The store's refusal, if it refused. */
export function resizeItem(
  store: OfficeStore,
  id: string,
  size: { width: number; depth: number; height: number },
): Problem | null {
  const r = store.edit(asGesture([{ type: 'ItemResized', payload: { id, size } }]));
  return r.ok ? null : r.error;
}
