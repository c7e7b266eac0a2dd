import type { Opening, Room, WallSide } from '../../core/office-state';
import { wallLength } from '../../core/opening-fit';
import { freeOpeningOffset } from '../../layout/opening-spot';
import { newId } from '../ids';
import type { OfficeStore } from '../office-store';
import type { Problem } from '../problem';
import { asGesture } from './gesture';

const r3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Typed or dragged room size: one RoomResized (the schema bounds it to 2–12 m).
 * The store's refusal, if it refused.
 */
export function resizeRoom(store: OfficeStore, room: Partial<Room>): Problem | null {
  const cur = store.getSnapshot().head.room;
  const next: Room = {
    width: r3(room.width ?? cur.width),
    depth: r3(room.depth ?? cur.depth),
    height: r3(room.height ?? cur.height),
    wallThickness: r3(room.wallThickness ?? cur.wallThickness),
  };
  if (Object.entries(next).every(([k, v]) => cur[k as keyof Room] === v)) return null;
  const r = store.edit(asGesture([{ type: 'RoomResized', payload: next }]));
  return r.ok ? null : r.error;
}

/**
 * Adds a door or a window on a wall, at the free spot nearest its centre
 * (`freeOpeningOffset`). The refusal, if the wall has no free spot or the
 * store refused.
 */
export function addOpening(
  store: OfficeStore,
  kind: 'door' | 'window',
  wall: WallSide,
): Problem | null {
  const s = store.getSnapshot().head;
  const shape: Omit<Opening, 'offset'> = {
    id: `${kind}-${newId().slice(0, 8)}`,
    kind,
    wall,
    width: kind === 'door' ? 0.9 : 1.2,
    height: kind === 'door' ? 2.05 : 1.2,
    sill: kind === 'door' ? 0 : 0.9,
    ...(kind === 'door' ? { hinge: 'left' as const } : {}),
  };
  const offset = freeOpeningOffset(s.room, Object.values(s.openings), { ...shape, offset: 0 });
  if (offset === null) return wallFull(wall);
  const opening: Opening = { ...shape, offset };
  const r = store.edit(asGesture([{ type: 'OpeningPlaced', payload: { opening } }]));
  return r.ok ? null : r.error;
}

/**
 * Moves a door or window to another wall, at the free spot nearest that
 * wall's centre, as a new one is added: one OpeningChanged (one undo step).
 * The refusal, if that wall has no free spot or the store refused. One wider
 * than that wall (a room made smaller since) goes to its centre, which the
 * core takes only if it overhangs less there than where it is.
 */
export function moveOpeningToWall(store: OfficeStore, id: string, wall: WallSide): Problem | null {
  const s = store.getSnapshot().head;
  const o = s.openings[id];
  if (!o || o.wall === wall) return null;
  const moved: Opening = { ...o, wall };
  const offset = freeOpeningOffset(s.room, Object.values(s.openings), moved);
  if (offset === null && o.width <= wallLength(s.room, wall)) return wallFull(wall);
  return changeOpening(store, { ...moved, offset: offset ?? 0 });
}

const wallFull = (wall: WallSide): Problem => ({
  kind: 'app',
  reason: { code: 'wallFull', params: { wall } },
});

/** The store's refusal, if it refused. */
export function changeOpening(store: OfficeStore, opening: Opening): Problem | null {
  const r = store.edit(asGesture([{ type: 'OpeningChanged', payload: { opening } }]));
  return r.ok ? null : r.error;
}

export function removeOpening(store: OfficeStore, id: string): boolean {
  return store.edit(asGesture([{ type: 'OpeningRemoved', payload: { id } }])).ok;
}
