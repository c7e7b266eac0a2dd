import { type OfficeState, type Opening, ROOM_MARGIN_M } from '../office-state';
import { misfitWorsened } from '../opening-fit';
import { overlapWorsened } from '../opening-overlap';
import { type Reason, reason } from '../reason';
import type { CoreEvent } from './core-events';

/** A refusal: the path inside the payload and why. */
export interface CheckFailure {
  path: string;
  reason: Reason;
}

const fail = (path: string, why: Reason): CheckFailure => ({ path, reason: why });

/**
 * The item kinds a log may place. The catalog lives above the core
 * (src/layout/catalog), so whoever builds the registry passes it in
 * (`coreEventDefinitionsFor`); a `Map` of kinds by id will do. A user's GLB
 * is not a kind of its own: it is a `customModel` item whose `assetId` names
 * an asset the log imported earlier (checked below).
 */
export interface ItemKinds {
  has(kind: string): boolean;
}

/** No catalog: any kind (the core's own tests and benchmarks, which use made-up kinds). */
export const anyItemKind: ItemKinds = { has: () => true };

/**
 * How strictly an event is checked. `edit`: a person's edit appended now,
 * every rule. `import`: an event of a file (an exported branch, a preset),
 * every rule but the overlap of openings: files written before that rule,
 * when the Room panel's wall select could stack two doors, still open, and
 * the Layout checks flag the overlap instead. `restore`: undo and redo
 * events (`meta.undoOf`, `meta.redoOf`), which put back positions the room
 * once held, so a room resized since must not make an undo lose an item,
 * nor refuse to put a door back where it was; neither the room's bounds nor
 * an opening's fit or overlap is checked.
 */
export type CheckMode = 'edit' | 'import' | 'restore';

/**
 * Semantic checks against the state before the event: what a schema cannot
 * know (does the item exist, does the window fit its wall). Run on every
 * append and on every imported event, so a log never holds an event its
 * reducer would have to guess about.
 *
 * A room resize is never refused for what it leaves outside or past a
 * wall's end: the Layout checks flag those (src/layout/clearance), as a room
 * editor warns instead of forbidding. `kinds` are the item kinds
 * `ItemPlaced` may use.
 */
export function checkCore(
  s: OfficeState,
  e: CoreEvent,
  mode: CheckMode = 'edit',
  kinds: ItemKinds = anyItemKind,
): CheckFailure | null {
  const restoring = mode === 'restore';
  switch (e.type) {
    case 'SceneNamed':
    case 'RoomResized':
      return null;
    case 'OpeningPlaced':
      if (s.openings[e.payload.opening.id]) {
        return fail('opening.id', reason('openingExists', { id: e.payload.opening.id }));
      }
      return restoring ? null : openingFits(s, null, e.payload.opening, mode);
    case 'OpeningChanged': {
      const before = s.openings[e.payload.opening.id];
      if (!before) {
        return fail('opening.id', reason('noOpening', { id: e.payload.opening.id }));
      }
      return restoring ? null : openingFits(s, before, e.payload.opening, mode);
    }
    case 'OpeningRemoved':
      return s.openings[e.payload.id]
        ? null
        : fail('id', reason('noOpening', { id: e.payload.id }));
    case 'ItemPlaced': {
      const { item } = e.payload;
      if (s.items[item.id]) return fail('item.id', reason('itemExists', { id: item.id }));
      if (!kinds.has(item.kind))
        return fail('item.kind', reason('unknownKind', { kind: item.kind }));
      if (item.parentId !== null && !s.items[item.parentId]) {
        return fail('item.parentId', reason('noItem', { id: item.parentId }));
      }
      if (item.assetId !== undefined && !s.assets[item.assetId]) {
        return fail('item.assetId', reason('noAsset', { id: item.assetId }));
      }
      return restoring ? null : insideRoom(s, item.x, item.z, 'item');
    }
    case 'ItemsMoved': {
      const seen = new Set<string>();
      for (const [i, m] of e.payload.moves.entries()) {
        if (!s.items[m.id]) return fail(`moves[${i}].id`, reason('noItem', { id: m.id }));
        if (seen.has(m.id)) return fail(`moves[${i}].id`, reason('movedTwice', { id: m.id }));
        seen.add(m.id);
        if (m.parentId !== null && (m.parentId === m.id || !s.items[m.parentId])) {
          return fail(`moves[${i}].parentId`, reason('noParent', { id: m.parentId }));
        }
        const outside = restoring ? null : insideRoom(s, m.x, m.z, `moves[${i}]`);
        if (outside) return outside;
      }
      return parentCycle(s, e.payload.moves);
    }
    case 'ItemStyled':
    case 'ItemResized':
    case 'ItemLabelled':
      return s.items[e.payload.id] ? null : fail('id', reason('noItem', { id: e.payload.id }));
    case 'ItemsRemoved': {
      const seen = new Set<string>();
      for (const [i, id] of e.payload.ids.entries()) {
        if (!s.items[id]) return fail(`ids[${i}]`, reason('noItem', { id }));
        if (seen.has(id)) return fail(`ids[${i}]`, reason('removedTwice', { id }));
        seen.add(id);
      }
      return null;
    }
    case 'AssetImported':
      return s.assets[e.payload.asset.id]
        ? fail('asset.id', reason('assetExists', { id: e.payload.asset.id }))
        : null;
    default: {
      const never: never = e;
      throw new Error(`unhandled core event ${(never as { type: string }).type}`);
    }
  }
}

function insideRoom(s: OfficeState, x: number, z: number, path: string): CheckFailure | null {
  const hx = s.room.width / 2 + ROOM_MARGIN_M;
  const hz = s.room.depth / 2 + ROOM_MARGIN_M;
  if (Math.abs(x) > hx)
    return fail(`${path}.x`, reason('outsideRoom', { axis: 'x', value: x, limit: hx }));
  if (Math.abs(z) > hz)
    return fail(`${path}.z`, reason('outsideRoom', { axis: 'z', value: z, limit: hz }));
  return null;
}

/**
 * Refuses moves that would make items stand on each other in a loop (A on B
 * and B on A): the reducer would accept it, but no order could place them
 * back, so undoing their removal would lose them.
 */
function parentCycle(
  s: OfficeState,
  moves: ReadonlyArray<{ id: string; parentId: string | null }>,
): CheckFailure | null {
  // The state has no loop, so a new one needs a moved item with a new parent.
  if (moves.every((m) => m.parentId === null)) return null;
  const moved = new Map(moves.map((m) => [m.id, m.parentId]));
  const parentOf = (id: string) =>
    moved.has(id) ? moved.get(id)! : (s.items[id]?.parentId ?? null);
  for (const [i, m] of moves.entries()) {
    const visited = new Set<string>();
    for (let p = m.parentId; p !== null && !visited.has(p); p = parentOf(p)) {
      if (p === m.id) return fail(`moves[${i}].parentId`, reason('standsOnItself', { id: m.id }));
      visited.add(p);
    }
  }
  return null;
}

/**
 * Refuses an opening's placement or edit that would make it misfit its wall,
 * or misfit it further (`misfitWorsened`), at the field to change; then, on
 * an edit, one that would make it overlap another opening on its wall, or
 * overlap it more (`overlapWorsened`), naming that opening. An opening
 * already flagged (a room resized past it, an overlap from an older file)
 * may be edited as long as it does not get worse: the layout checks keep
 * flagging it until it is fixed.
 */
function openingFits(
  s: OfficeState,
  before: Opening | null,
  o: Opening,
  mode: CheckMode,
): CheckFailure | null {
  const worse = misfitWorsened(s.room, before, o);
  switch (worse) {
    case null:
      return mode === 'edit' ? openingClear(s, before, o) : null;
    case 'openingOffWall':
      return fail('opening.offset', reason('openingOffWall', { wall: o.wall }));
    case 'openingTooTall':
      return fail('opening.height', reason('openingTooTall'));
    default: {
      const never: never = worse;
      throw new Error(`unhandled opening misfit ${String(never)}`);
    }
  }
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;

/** The overlap rule (`opening-overlap.ts`), at the field the edit changed. */
function openingClear(s: OfficeState, before: Opening | null, o: Opening): CheckFailure | null {
  const other = overlapWorsened(Object.values(s.openings), before, o);
  if (!other) return null;
  return fail(
    `opening.${changedField(before, o)}`,
    reason('openingsOverlap', {
      kind: other.kind,
      wall: other.wall,
      from: r3(other.offset - other.width / 2),
      to: r3(other.offset + other.width / 2),
    }),
  );
}

/** The field an edit made an overlap by: the first changed of wall, offset, width, sill, height. */
function changedField(before: Opening | null, o: Opening): keyof Opening {
  if (!before) return 'offset';
  const fields = ['wall', 'offset', 'width', 'sill', 'height'] as const;
  return fields.find((f) => before[f] !== o[f]) ?? 'offset';
}
