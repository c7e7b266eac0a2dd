import type { ProposedEvent } from '../envelope';
import type { OfficeState, PlacedItem } from '../office-state';
import type { CoreEvent } from './core-events';

/**
 * The compensating events that take `before` back from the effect of `e`.
 * Undo appends these instead of deleting anything from the log.
 */
export function invertCore(before: OfficeState, e: CoreEvent): ProposedEvent[] {
  switch (e.type) {
    case 'SceneNamed':
      return [{ type: 'SceneNamed', payload: { name: before.name } }];
    case 'RoomResized':
      return [{ type: 'RoomResized', payload: { ...before.room } }];
    case 'OpeningPlaced':
      return [{ type: 'OpeningRemoved', payload: { id: e.payload.opening.id } }];
    case 'OpeningChanged': {
      const old = before.openings[e.payload.opening.id];
      return old ? [{ type: 'OpeningChanged', payload: { opening: { ...old } } }] : [];
    }
    case 'OpeningRemoved': {
      const old = before.openings[e.payload.id];
      if (!old) return [];
      const index = Object.keys(before.openings).indexOf(old.id);
      return [{ type: 'OpeningPlaced', payload: { opening: { ...old }, index } }];
    }
    case 'ItemPlaced':
      return [{ type: 'ItemsRemoved', payload: { ids: [e.payload.item.id] } }];
    case 'ItemsMoved': {
      const moves = e.payload.moves.flatMap((m) => {
        const old = before.items[m.id];
        if (!old) return [];
        const { id, x, z, rotation, elevation, parentId } = old;
        return [{ id, x, z, rotation, elevation, parentId }];
      });
      return moves.length ? [{ type: 'ItemsMoved', payload: { moves } }] : [];
    }
    case 'ItemStyled': {
      const old = before.items[e.payload.id];
      if (!old) return [];
      return [
        {
          type: 'ItemStyled',
          payload: { id: old.id, color: old.color ?? null, material: old.material ?? null },
        },
      ];
    }
    case 'ItemResized': {
      const old = before.items[e.payload.id];
      if (!old) return [];
      return [
        { type: 'ItemResized', payload: { id: old.id, size: old.size ? { ...old.size } : null } },
      ];
    }
    case 'ItemLabelled': {
      const old = before.items[e.payload.id];
      return old
        ? [{ type: 'ItemLabelled', payload: { id: old.id, label: old.label ?? null } }]
        : [];
    }
    case 'ItemsRemoved': {
      const removed = e.payload.ids.flatMap((id) => {
        const item = before.items[id];
        return item ? [item] : [];
      });
      return restoreAt(before, parentsFirst(removed)).map(([item, index]) => ({
        type: 'ItemPlaced',
        payload: { item: structuredClone(item), index },
      }));
    }
    case 'AssetImported':
      // The bytes stay: undo removes the item placed from it, and a redo can place it again.
      return [];
    default: {
      const never: never = e;
      throw new Error(`unhandled core event ${(never as { type: string }).type}`);
    }
  }
}

/**
 * The index each removed item goes back at, placed in `order` (parents
 * first, which need not be the room's order): its position in `before`,
 * less the removed items ahead of it that are not back yet. So each lands
 * between the same neighbours, and the room's order (by which the UI numbers
 * copies) is what it was.
 */
function restoreAt(before: OfficeState, order: PlacedItem[]): Array<[PlacedItem, number]> {
  const position = new Map(Object.keys(before.items).map((id, i) => [id, i]));
  const missing = order.map((item) => position.get(item.id)!);
  return order.map((item, n) => {
    const at = missing[n]!;
    let ahead = 0;
    for (let m = n + 1; m < missing.length; m++) if (missing[m]! < at) ahead++;
    return [item, at - ahead];
  });
}

/** Desks must be back before the computer that stands on them. */
function parentsFirst(items: PlacedItem[]): PlacedItem[] {
  const ids = new Set(items.map((i) => i.id));
  const roots = items.filter((i) => i.parentId === null || !ids.has(i.parentId));
  const rest = items.filter((i) => i.parentId !== null && ids.has(i.parentId));
  return rest.length === items.length ? items : [...roots, ...parentsFirst(rest)];
}
