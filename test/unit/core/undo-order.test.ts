import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { coreEventDefinitions } from '../../../src/core/events/core-definitions';
import { reduceCore } from '../../../src/core/events/reduce-core';
import { exportBranch, parseOfficeFile } from '../../../src/core/file-format';
import { foldInto } from '../../../src/core/fold';
import { initialOfficeState, type OfficeState } from '../../../src/core/office-state';
import type { Workspace } from '../../../src/core/workspace';
import { content, ev, item, makeRegistry, mustAppend, newWorkspace } from './helpers';

/**
 * Undo restores the room exactly, the order of its items and openings too:
 * the UI numbers copies in that order ("Armchair 1", "Armchair 2"), so an
 * item put back at the end would take another item's name.
 */
const order = (s: OfficeState) => ({
  items: Object.keys(s.items),
  openings: Object.keys(s.openings),
});

/** Content and key order: toStrictEqual alone ignores the order of keys. */
function expectSame(actual: OfficeState, expected: OfficeState) {
  expect(content(actual)).toStrictEqual(content(expected));
  expect(order(actual)).toEqual(order(expected));
}

const opening = (id: string, offset: number) => ({
  id,
  kind: 'window' as const,
  wall: 'north' as const,
  offset,
  width: 0.6,
  height: 1,
  sill: 0.9,
});

/** Five items (the pc on the desk) and three windows, none of it an undo step. */
function room(): Workspace {
  const ws = newWorkspace();
  mustAppend(ws.current.log, [
    ev('ItemPlaced', { item: item('chair-a', { kind: 'armchair', x: -1 }) }),
    ev('ItemPlaced', { item: item('desk', { x: 0.5 }) }),
    ev('ItemPlaced', { item: item('chair-b', { kind: 'armchair', x: 1 }) }),
    ev('ItemPlaced', { item: item('pc', { kind: 'computer', parentId: 'desk', elevation: 0.74 }) }),
    ev('ItemPlaced', { item: item('lamp', { kind: 'lamp', z: 1 }) }),
    ev('OpeningPlaced', { opening: opening('w1', -1) }),
    ev('OpeningPlaced', { opening: opening('w2', 0) }),
    ev('OpeningPlaced', { opening: opening('w3', 1) }),
  ]);
  return ws;
}

function undoRedo(ws: Workspace, gesture: Parameters<Workspace['append']>[0]) {
  const before = ws.head;
  expect(ws.append(gesture.map((e) => ({ ...e, meta: { gesture: 'g-del' } }))).ok).toBe(true);
  const after = ws.head;
  expect(ws.undo()?.ok).toBe(true);
  expectSame(ws.head, before);
  expect(ws.redo()?.ok).toBe(true);
  expectSame(ws.head, after);
  expect(ws.undo()?.ok).toBe(true);
  expectSame(ws.head, before);
}

describe('undo of a removal puts things back where they stood', () => {
  it('an item removed from the front of the room comes back first (the QA case)', () => {
    const ws = room();
    undoRedo(ws, [ev('ItemsRemoved', { ids: ['chair-a'] })]);
    expect(order(ws.head).items).toEqual(['chair-a', 'desk', 'chair-b', 'pc', 'lamp']);
    expect(ws.head.items['chair-a']!.x).toBe(-1);
  });

  it.each([
    [['desk']], // the pc on it goes with it, as in the app
    [['pc', 'desk']], // child listed before its parent, after it in the room
    [['lamp', 'chair-a']],
    [['chair-b', 'desk', 'chair-a', 'lamp', 'pc']],
  ])('several items %j, in any order of the ids', (ids) => {
    const ws = room();
    const valid = ids.includes('desk') && !ids.includes('pc') ? [...ids, 'pc'] : ids;
    undoRedo(ws, [ev('ItemsRemoved', { ids: valid })]);
  });

  it('a gesture of several removals, openings among them', () => {
    const ws = room();
    undoRedo(ws, [
      ev('OpeningRemoved', { id: 'w2' }),
      ev('ItemsRemoved', { ids: ['desk', 'pc'] }),
      ev('OpeningRemoved', { id: 'w1' }),
      ev('ItemsRemoved', { ids: ['chair-b'] }),
    ]);
    expect(order(ws.head).openings).toEqual(['w1', 'w2', 'w3']);
  });

  it('a window removed comes back before the windows placed after it', () => {
    const ws = room();
    undoRedo(ws, [ev('OpeningRemoved', { id: 'w1' })]);
    expect(order(ws.head).openings).toEqual(['w1', 'w2', 'w3']);
  });

  it('an exported log with such an undo imports and folds to the same order', () => {
    const ws = room();
    ws.append([ev('ItemsRemoved', { ids: ['chair-a', 'pc'] }, { meta: { gesture: 'g1' } })]);
    ws.append([ev('OpeningRemoved', { id: 'w1' }, { meta: { gesture: 'g2' } })]);
    ws.undo();
    ws.undo();
    const text = JSON.stringify(exportBranch('b', ws.current.log, 'x'));
    const parsed = parseOfficeFile(text, makeRegistry());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expectSame(foldInto(makeRegistry(), initialOfficeState(), parsed.value.events), ws.head);
  });

  it('undo of a placement after other edits, then of the removal, keeps the order', () => {
    const ws = room();
    const start = ws.head;
    ws.append([ev('ItemsRemoved', { ids: ['desk', 'pc'] }, { meta: { gesture: 'g1' } })]);
    ws.append([ev('ItemPlaced', { item: item('plant') }, { meta: { gesture: 'g2' } })]);
    ws.append([ev('OpeningRemoved', { id: 'w2' }, { meta: { gesture: 'g3' } })]);
    for (let i = 0; i < 3; i++) expect(ws.undo()?.ok).toBe(true);
    expectSame(ws.head, start);
  });
});

describe('ItemPlaced / OpeningPlaced with an index', () => {
  const reg = new Map(coreEventDefinitions.map((d) => [d.type, d]));

  it('are version 2; a version-1 payload reads as one without an index', () => {
    for (const type of ['ItemPlaced', 'OpeningPlaced']) {
      const def = reg.get(type)!;
      expect(def.version).toBe(2);
      const v1 = type === 'ItemPlaced' ? { item: item('desk') } : { opening: opening('w1', 0) };
      expect(def.upcasters![1]!(v1)).toEqual(v1);
    }
    // Through the registry, as a stored or exported v1 event is read.
    const v1 = { item: item('desk') };
    const raw = { seq: 1, id: 'e1', type: 'ItemPlaced', v: 1, at: 0, source: 'user', payload: v1 };
    const decoded = makeRegistry().decode(raw, 0);
    expect(decoded).toEqual({ ok: true, value: { ...raw, v: 2 } });
  });

  it('insert at the index (immer draft and plain object alike); past the end means at the end', () => {
    const base = initialOfficeState();
    for (const id of ['a', 'b', 'c']) base.items[id] = item(id);
    const place = (id: string, index?: number) =>
      ({
        type: 'ItemPlaced',
        payload: { item: item(id), ...(index === undefined ? {} : { index }) },
      }) as const;
    const cases: Array<[number | undefined, string[]]> = [
      [0, ['x', 'a', 'b', 'c']],
      [1, ['a', 'x', 'b', 'c']],
      [3, ['a', 'b', 'c', 'x']],
      [99, ['a', 'b', 'c', 'x']],
      [undefined, ['a', 'b', 'c', 'x']],
    ];
    for (const [index, keys] of cases) {
      const plain = structuredClone(base);
      reduceCore(plain, place('x', index));
      expect(Object.keys(plain.items)).toEqual(keys);
      const drafted = produce(base, (d) => reduceCore(d, place('x', index)));
      expect(Object.keys(drafted.items)).toEqual(keys);
      expect(drafted.items.a).toBe(base.items.a); // untouched items keep their identity
    }
  });
});
