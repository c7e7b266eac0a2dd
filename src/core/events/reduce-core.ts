import type { OfficeState } from '../office-state';
import type { CoreEvent } from './core-events';

/**
 * The core reducer, written in mutating style so that one function serves
 * both immer drafts (live edits) and plain clones (replay and seek).
 * It trusts its input: `checkCore` has refused anything inconsistent.
 */
export function reduceCore(d: OfficeState, e: CoreEvent): void {
  switch (e.type) {
    case 'SceneNamed':
      d.name = e.payload.name;
      return;
    case 'RoomResized':
      d.room = { ...e.payload };
      return;
    case 'OpeningPlaced':
      putAt(d.openings, e.payload.opening.id, { ...e.payload.opening }, e.payload.index);
      return;
    case 'OpeningChanged':
      // An existing key keeps its place in the order.
      d.openings[e.payload.opening.id] = { ...e.payload.opening };
      return;
    case 'OpeningRemoved':
      delete d.openings[e.payload.id];
      return;
    case 'ItemPlaced': {
      const { item, index } = e.payload;
      putAt(d.items, item.id, structuredCopy(item), index);
      return;
    }
    case 'ItemsMoved':
      for (const m of e.payload.moves) {
        const item = d.items[m.id];
        if (!item) continue;
        item.x = m.x;
        item.z = m.z;
        item.rotation = m.rotation;
        item.elevation = m.elevation;
        item.parentId = m.parentId;
      }
      return;
    case 'ItemStyled': {
      const item = d.items[e.payload.id];
      if (!item) return;
      const { color, material } = e.payload;
      if (color === null) delete item.color;
      else if (color !== undefined) item.color = color;
      if (material === null) delete item.material;
      else if (material !== undefined) item.material = material;
      return;
    }
    case 'ItemResized': {
      const item = d.items[e.payload.id];
      if (!item) return;
      if (e.payload.size === null) delete item.size;
      else item.size = { ...e.payload.size };
      return;
    }
    case 'ItemLabelled': {
      const item = d.items[e.payload.id];
      if (!item) return;
      if (e.payload.label === null) delete item.label;
      else item.label = e.payload.label;
      return;
    }
    case 'ItemsRemoved':
      for (const id of e.payload.ids) delete d.items[id];
      return;
    case 'AssetImported': {
      const { id, name, bytes, scale, size, offset } = e.payload.asset;
      d.assets[id] = { id, name, bytes, scale, size: { ...size }, offset: [...offset] };
      return;
    }
    default: {
      const never: never = e;
      throw new Error(`unhandled core event ${(never as { type: string }).type}`);
    }
  }
}

/**
 * Adds `value` under a new key `id` at position `index` of the record's key
 * order, or at the end without one (or past the last key). Only undo of a
 * removal sets an index, so an ordinary placement stays O(1); a restore
 * deletes and re-adds the keys that must follow it (O(n), once per restored
 * entry), which keeps the same order on immer drafts and plain objects.
 */
function putAt<T>(record: Record<string, T>, id: string, value: T, index?: number): void {
  if (index === undefined) {
    record[id] = value;
    return;
  }
  const keys = Object.keys(record);
  record[id] = value;
  for (let i = index; i < keys.length; i++) {
    const key = keys[i]!;
    const moved = record[key]!;
    delete record[key];
    record[key] = moved;
  }
}

/** Copies an item without sharing nested arrays/objects with the event. */
function structuredCopy<T extends { size?: object; points?: Array<[number, number]> }>(item: T): T {
  const copy = { ...item };
  if (item.size) copy.size = { ...item.size };
  if (item.points) copy.points = item.points.map((p) => [p[0], p[1]] as [number, number]);
  return copy;
}
