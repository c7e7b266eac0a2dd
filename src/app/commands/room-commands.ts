import type { Opening, Room, WallSide } from '../../core/office-state';
import { wallLength } from '../../core/opening-fit';
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
 * Adds a door or a window on a wall, at the first offset along it where it
 * overlaps no other opening (none if the wall is full).
 */
export function addOpening(store: OfficeStore, kind: 'door' | 'window', wall: WallSide): boolean {
  const s = store.getSnapshot().head;
  const width = kind === 'door' ? 0.9 : 1.2;
  const half = wallLength(s.room, wall) / 2;
  const others = Object.values(s.openings).filter((o) => o.wall === wall);
  for (let offset = 0; offset <= half; offset += 0.1) {
    for (const o of offset === 0 ? [0] : [offset, -offset]) {
      if (Math.abs(o) + width / 2 > half) continue;
      if (others.some((x) => Math.abs(x.offset - o) < (x.width + width) / 2 + 0.05)) continue;
      const opening: Opening = {
        id: `${kind}-${newId().slice(0, 8)}`,
        kind,
        wall,
        offset: r3(o),
        width,
        height: kind === 'door' ? 2.05 : 1.2,
        sill: kind === 'door' ? 0 : 0.9,
        ...(kind === 'door' ? { hinge: 'left' as const } : {}),
      };
      return store.edit(asGesture([{ type: 'OpeningPlaced', payload: { opening } }])).ok;
    }
  }
  return false;
}

/** The store's refusal, if it refused. */
export function changeOpening(store: OfficeStore, opening: Opening): Problem | null {
  const r = store.edit(asGesture([{ type: 'OpeningChanged', payload: { opening } }]));
  return r.ok ? null : r.error;
}

export function removeOpening(store: OfficeStore, id: string): boolean {
  return store.edit(asGesture([{ type: 'OpeningRemoved', payload: { id } }])).ok;
}
