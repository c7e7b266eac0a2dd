import { beforeEach, describe, expect, it } from 'vitest';
import {
  commitMoves,
  deleteSelection,
  duplicateSelection,
  placeKind,
  rotateSelection,
  setPose,
} from '../../../src/app/commands/item-commands';
import { select, selection } from '../../../src/app/editor-state';
import type { OfficeStore } from '../../../src/app/office-store';
import type { EventEnvelope } from '../../../src/core/envelope';
import { collisionsFor } from '../../../src/layout/collision';
import { findSurfaceAt } from '../../../src/layout/parenting';
import { newStore } from './helpers';

let store: OfficeStore;
beforeEach(() => {
  store = newStore();
  select([]);
});

const head = () => store.workspace.head;
const items = () => Object.values(head().items);
const len = () => store.workspace.current.log.length;
/** What stands on desk-1 in the default scene, the scanner on its dock included. */
const DESK_TOP = ['computer-1', 'eboard-1', 'dock-1', 'scanner-1', 'recorder-1'];
/** Events appended since `from` (a log length). */
const since = (from: number): EventEnvelope[] => store.workspace.current.log.all().slice(from);
const pose = (id: string) => {
  const { x, z, rotation, elevation, parentId } = head().items[id]!;
  return { id, x, z, rotation, elevation, parentId };
};

describe('placeKind', () => {
  it('places a kind at a free spot, as one user gesture, and selects it', () => {
    const from = len();
    const id = placeKind(store, 'shelfLow');
    expect(id).toMatch(/^shelfLow-/);
    expect(since(from)).toHaveLength(1);
    expect(since(from)[0]).toMatchObject({ type: 'ItemPlaced', source: 'user' });
    expect(since(from)[0]!.meta?.gesture).toBeTruthy();
    expect(collisionsFor(id!, items())).toEqual([]);
    expect(selection.get()).toEqual([id]);
    expect(head().items[id!]).toMatchObject({ parentId: null, elevation: 0 });
  });

  it('keeps finding free spots as the room fills', () => {
    // The first takes the centre; the others must look further out.
    const ids = [1, 2, 3].map(() => placeKind(store, 'shelfLow')!);
    expect(new Set(ids).size).toBe(3);
    const spots = ids.map(
      (id) => `${head().items[id]!.x.toFixed(2)},${head().items[id]!.z.toFixed(2)}`,
    );
    expect(new Set(spots).size).toBe(3);
    for (const id of ids) expect(collisionsFor(id, items())).toEqual([]);
  });

  it('stands a desk-mount kind dropped on a desk on it', () => {
    const desk = head().items['desk-1']!;
    // A free spot on the desk top, right of the computer, clear of the chair.
    const at = { x: desk.x + 0.55, z: desk.z - 0.05 };
    const support = findSurfaceAt(at, items());
    expect(support?.id).toBe('desk-1');
    const id = placeKind(store, 'lampDesk', at)!;
    const lamp = head().items[id]!;
    expect(lamp.parentId).toBe('desk-1');
    expect(lamp.elevation).toBeCloseTo(support!.top, 6);
    expect(lamp.elevation).toBeGreaterThan(0.5);
  });

  it('a desk-mount kind dropped on the floor stays on the floor', () => {
    const id = placeKind(store, 'lampDesk', { x: 1.2, z: 1.2 })!;
    expect(head().items[id]).toMatchObject({ parentId: null, elevation: 0 });
  });

  it('refuses an unknown kind without appending', () => {
    const from = len();
    expect(placeKind(store, 'noSuchKind')).toBeNull();
    expect(len()).toBe(from);
  });
});

describe('commitMoves and setPose', () => {
  it('appends exactly one ItemsMoved for a drag, rounded, and nothing when unchanged', () => {
    const from = len();
    commitMoves(store, [pose('plant-1'), pose('lamp-1')]);
    expect(len()).toBe(from);
    commitMoves(store, [
      { ...pose('plant-1'), x: -1.512345678 },
      pose('lamp-1'),
      { ...pose('lamp-1'), id: 'ghost' },
    ]);
    expect(since(from)).toHaveLength(1);
    const e = since(from)[0]!;
    expect(e.type).toBe('ItemsMoved');
    expect((e.payload as { moves: unknown[] }).moves).toEqual([{ ...pose('plant-1') }]);
    expect(head().items['plant-1']!.x).toBe(-1.5123);
  });

  it('a move that rounds to where the item already is logs nothing (no empty undo step)', () => {
    const at = pose('plant-1').x;
    commitMoves(store, [{ ...pose('plant-1'), x: at + 0.3 }]);
    const from = len();
    const undoable = store.workspace.canUndo();
    // What a typed field commits a second time on blur: the float, not the logged value.
    commitMoves(store, [{ ...pose('plant-1'), x: at + 0.3 + 1e-9 }]);
    setPose(store, 'plant-1', { x: at + 0.29999999 });
    expect(len()).toBe(from);
    expect(store.workspace.canUndo()).toBe(undoable);
  });

  it('an item whose stored pose is finer than the log rounds to (rotation π) is not moved by its own pose', () => {
    const chair = head().items['chair-1']!;
    expect(chair.rotation).toBe(Math.PI);
    const from = len();
    // What an unchanged inspector field commits on blur.
    setPose(store, 'chair-1', { x: chair.x });
    commitMoves(store, [pose('chair-1')]);
    expect(len()).toBe(from);
  });

  it('setPose of a desk carries what stands on it, in one event', () => {
    const from = len();
    const pc = pose('computer-1');
    setPose(store, 'desk-1', { x: 0.5 });
    expect(since(from)).toHaveLength(1);
    expect(head().items['computer-1']).toMatchObject({ x: pc.x + 0.3, z: pc.z });
    expect(head().items['computer-1']!.parentId).toBe('desk-1');
  });
});

describe('setPose: a typed move lands where a drag to that spot would', () => {
  it('a desk-mount item typed off its desk drops to the floor and detaches, one event, one undo step', () => {
    const board = pose('eboard-1');
    expect(board.parentId).toBe('desk-1');
    const from = len();
    setPose(store, 'eboard-1', { x: -1 });
    setPose(store, 'eboard-1', { z: 0.8 });
    expect(since(from).map((e) => e.type)).toEqual(['ItemsMoved', 'ItemsMoved']);
    expect(new Set(since(from).map((e) => e.meta?.gesture)).size).toBe(2);
    expect(head().items['eboard-1']).toMatchObject({ x: -1, z: 0.8, elevation: 0, parentId: null });
    // The desk moved later leaves it where it is.
    setPose(store, 'desk-1', { x: 0.5 });
    expect(head().items['eboard-1']).toMatchObject({ x: -1, z: 0.8, elevation: 0, parentId: null });
    store.undo();
    store.undo();
    // X = -1 alone is already off the desk (the desk spans x -0.5 to 0.9).
    expect(pose('eboard-1')).toEqual({ ...board, x: -1, elevation: 0, parentId: null });
    store.undo();
    expect(pose('eboard-1')).toEqual(board);
  });

  it('typed onto another surface, it stands on that one (the binder), at its top', () => {
    const binder = head().items['binder-1']!;
    const top = findSurfaceAt(binder, items())!;
    expect(top.id).toBe('binder-1');
    setPose(store, 'eboard-1', { x: binder.x });
    setPose(store, 'eboard-1', { z: binder.z + 0.05 });
    expect(head().items['eboard-1']).toMatchObject({ parentId: 'binder-1', elevation: top.top });
  });

  it('what stands on a typed item goes with it: the scanner on its dock, typed off the desk', () => {
    const dock = pose('dock-1');
    const scanner = pose('scanner-1');
    const from = len();
    setPose(store, 'dock-1', { x: 1.2, z: 1.2 });
    expect(since(from)).toHaveLength(1);
    expect(head().items['dock-1']).toMatchObject({ elevation: 0, parentId: null });
    const after = head().items['scanner-1']!;
    expect(after).toMatchObject({ x: scanner.x + 1.2 - dock.x, parentId: 'dock-1' });
    expect(after.elevation).toBeCloseTo(scanner.elevation - dock.elevation, 6);
  });

  it('a typed turn leaves what it stands on alone, and a floor item never stands on a desk', () => {
    setPose(store, 'eboard-1', { rotation: 0.5 });
    expect(head().items['eboard-1']!.parentId).toBe('desk-1');
    const desk = head().items['desk-1']!;
    setPose(store, 'plant-1', { x: desk.x + 0.5, z: desk.z });
    expect(head().items['plant-1']).toMatchObject({ elevation: 0, parentId: null });
  });
});

describe('deleteSelection', () => {
  it('removes a desk with what stands on it in one gesture; one undo restores all', () => {
    const before = structuredClone(head().items);
    const from = len();
    select(['desk-1']);
    const removed = deleteSelection(store, ['desk-1', 'no-such-id']);
    expect(since(from)).toHaveLength(1);
    const { ids } = since(from)[0]!.payload as { ids: string[] };
    expect(ids[0]).toBe('desk-1');
    // What stands on the desk, and the scanner on its dock.
    expect([...ids].sort()).toEqual(['desk-1', ...DESK_TOP].sort());
    expect(removed, 'what it removed, for the focus to move on from').toEqual(ids);
    for (const id of ids) expect(head().items[id]).toBeUndefined();
    expect(selection.get()).toEqual([]);
    store.undo();
    expect(head().items).toEqual(before);
    expect(store.workspace.canUndo()).toBe(false);
  });

  it('does nothing for ids that are not there', () => {
    const from = len();
    expect(deleteSelection(store, ['ghost'])).toEqual([]);
    expect(len()).toBe(from);
  });
});

describe('duplicateSelection', () => {
  it('copies a desk with its children, parent ids remapped, at a free offset', () => {
    const from = len();
    const [copy] = duplicateSelection(store, ['desk-1']);
    expect(copy).toMatch(/^deskRect-/);
    expect(selection.get()).toEqual([copy]);
    const added = since(from);
    expect(added).toHaveLength(1 + DESK_TOP.length);
    expect(new Set(added.map((e) => e.meta?.gesture)).size).toBe(1);
    const desk = head().items[copy!]!;
    const orig = head().items['desk-1']!;
    const child = items().find((i) => i.parentId === copy && i.kind === 'computer')!;
    expect(child.id).not.toBe('computer-1');
    const origPc = head().items['computer-1']!;
    // The copy keeps the child's offset from its desk.
    expect(child.x - desk.x).toBeCloseTo(origPc.x - orig.x, 4);
    expect(child.z - desk.z).toBeCloseTo(origPc.z - orig.z, 4);
    expect(head().items['computer-1']!.parentId).toBe('desk-1');
    // A grandchild (the scanner on its dock) follows its copied parent, not the original.
    const dock = items().find((i) => i.parentId === copy && i.kind === 'scannerDock')!;
    const scanner = items().find((i) => i.kind === 'handheldScanner' && i.id !== 'scanner-1')!;
    expect(scanner.parentId).toBe(dock.id);
    expect(collisionsFor(copy!, items())).toEqual([]);
  });

  it('a child selected with its desk is copied once', () => {
    const from = len();
    const roots = duplicateSelection(store, ['desk-1', 'computer-1']);
    expect(roots).toHaveLength(2);
    expect(since(from)).toHaveLength(1 + DESK_TOP.length);
    expect(head().items[roots[1]!]!.parentId).toBe(roots[0]);
  });
});

describe('rotateSelection', () => {
  it('turns a desk and carries its desk-top children around its centre', () => {
    const desk = pose('desk-1');
    const pc = pose('computer-1');
    const from = len();
    rotateSelection(store, ['desk-1'], Math.PI / 2);
    expect(since(from)).toHaveLength(1);
    expect(head().items['desk-1']!.rotation).toBeCloseTo(Math.PI / 2, 6);
    const after = head().items['computer-1']!;
    expect(after.rotation).toBeCloseTo(Math.PI / 2, 6);
    // Distance to the desk centre is kept; the offset is turned a quarter.
    const r0 = Math.hypot(pc.x - desk.x, pc.z - desk.z);
    expect(Math.hypot(after.x - desk.x, after.z - desk.z)).toBeCloseTo(r0, 4);
    expect(after.z).toBeCloseTo(desk.z, 4);
    expect(after.parentId).toBe('desk-1');
    store.undo();
    expect(pose('computer-1')).toEqual(pc);
  });

  it('a chair turned alone leaves the rest; the angle wraps', () => {
    const others = items().filter((i) => i.id !== 'chair-1');
    rotateSelection(store, ['chair-1'], Math.PI);
    expect(Math.abs(Math.sin(head().items['chair-1']!.rotation))).toBeLessThan(1e-6);
    expect(Math.abs(head().items['chair-1']!.rotation)).toBeLessThanOrEqual(Math.PI);
    expect(items().filter((i) => i.id !== 'chair-1')).toEqual(others);
  });
});
