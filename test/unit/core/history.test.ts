import { describe, expect, it } from 'vitest';
import { emptyHistory, historyOf, recordInHistory } from '../../../src/core/history';
import type { Workspace } from '../../../src/core/workspace';
import { content, ev, item, newWorkspace } from './helpers';

const pose = (id: string, x: number, z = 0) => ({
  id,
  x,
  z,
  rotation: 0,
  elevation: 0,
  parentId: null,
});

function withDesk(): Workspace {
  const ws = newWorkspace();
  const r = ws.append([ev('ItemPlaced', { item: item('desk') }, { meta: { gesture: 'place' } })]);
  expect(r.ok).toBe(true);
  return ws;
}

/** A drag: several ItemsMoved sharing one gesture id. */
function drag(ws: Workspace, gesture: string, xs: number[]): void {
  for (const x of xs) {
    const r = ws.append([ev('ItemsMoved', { moves: [pose('desk', x)] }, { meta: { gesture } })]);
    expect(r.ok).toBe(true);
  }
}

function expectHistoryRebuilds(ws: Workspace): void {
  const rebuilt = historyOf(ws.current.log.all());
  expect(rebuilt.undo).toEqual(ws.current.history.undo);
  expect(rebuilt.redo).toEqual(ws.current.history.redo);
  expect(rebuilt.gestures).toEqual(ws.current.history.gestures);
}

describe('history', () => {
  it('a gesture of several events undoes as one step and redoes as one', () => {
    const ws = withDesk();
    const beforeDrag = content(ws.head);
    drag(ws, 'drag1', [0.5, 1, 1.5, 2]);
    expect(ws.head.items.desk!.x).toBe(2);
    expect(ws.current.history.undo).toEqual(['place', 'drag1']);
    const length = ws.current.log.length;

    const u = ws.undo();
    expect(u?.ok).toBe(true);
    expect(content(ws.head)).toStrictEqual(beforeDrag);
    // Undo appends compensations; nothing is deleted from the log.
    expect(ws.current.log.length).toBeGreaterThan(length);
    expect(ws.current.log.event(length)!.payload).toEqual({ moves: [pose('desk', 2)] });
    expect(ws.current.history.undo).toEqual(['place']);
    expect(ws.current.history.redo).toEqual(['drag1']);
    expect(ws.canRedo()).toBe(true);

    const r = ws.redo();
    expect(r?.ok).toBe(true);
    expect(ws.head.items.desk!.x).toBe(2);
    expect(ws.current.history.undo).toEqual(['place', 'drag1']);
    expect(ws.current.history.redo).toEqual([]);
    expectHistoryRebuilds(ws);
  });

  it('undo of two gestures goes back step by step, and redo forward again', () => {
    const ws = withDesk();
    const s0 = content(ws.head);
    drag(ws, 'a', [1]);
    const s1 = content(ws.head);
    drag(ws, 'b', [-1, -1.5]);
    const s2 = content(ws.head);

    ws.undo();
    expect(content(ws.head)).toStrictEqual(s1);
    ws.undo();
    expect(content(ws.head)).toStrictEqual(s0);
    ws.undo(); // undoes the placement
    expect(ws.head.items).toEqual({});
    expect(ws.canUndo()).toBe(false);
    expect(ws.undo()).toBeNull();

    ws.redo();
    expect(content(ws.head)).toStrictEqual(s0);
    ws.redo();
    expect(content(ws.head)).toStrictEqual(s1);
    ws.redo();
    expect(content(ws.head)).toStrictEqual(s2);
    expect(ws.redo()).toBeNull();
    expectHistoryRebuilds(ws);

    // And back again after a redo: undo uses the original gesture.
    ws.undo();
    expect(content(ws.head)).toStrictEqual(s1);
    expectHistoryRebuilds(ws);
  });

  it('a new edit after an undo clears the redo stack', () => {
    const ws = withDesk();
    drag(ws, 'a', [1]);
    ws.undo();
    expect(ws.canRedo()).toBe(true);
    const r = ws.append([
      ev('ItemLabelled', { id: 'desk', label: 'new' }, { meta: { gesture: 'c' } }),
    ]);
    expect(r.ok).toBe(true);
    expect(ws.canRedo()).toBe(false);
    expect(ws.redo()).toBeNull();
    expect(ws.current.history.undo).toEqual(['place', 'c']);
    expectHistoryRebuilds(ws);
  });

  it('events without a gesture (simulation, system) are not undo steps', () => {
    const ws = withDesk();
    ws.append([ev('SceneNamed', { name: 'sim' }, { source: 'sim' })]);
    expect(ws.current.history.undo).toEqual(['place']);
    ws.undo();
    expect(ws.head.items).toEqual({});
    expect(ws.head.name).toBe('sim');
  });

  it('a person’s act that is no gesture (a device command) ends what undo can reach', () => {
    const ws = withDesk();
    drag(ws, 'drag-1', [1]);
    ws.undo();
    expect(ws.current.history.redo).toEqual(['drag-1']);
    // As the office runtime logs a command at a device: source user, no gesture.
    ws.append([ev('SceneNamed', { name: 'at the e-board' }, { source: 'user' })]);
    expect(ws.canUndo()).toBe(false);
    expect(ws.current.history.redo).toEqual([]);
    expect(ws.undo()).toBeNull();
    expect(ws.head.items.desk).toBeDefined();
    // A later edit is undoable again, and only back to the barrier.
    drag(ws, 'drag-2', [2]);
    expect(ws.current.history.undo).toEqual(['drag-2']);
    expectHistoryRebuilds(ws);
  });

  it('stacks rebuilt from the log equal the live ones after a mixed session', () => {
    const ws = withDesk();
    drag(ws, 'd1', [1, 1.2]);
    ws.append([ev('ItemStyled', { id: 'desk', color: '#123456' }, { meta: { gesture: 's1' } })]);
    ws.undo();
    ws.undo();
    ws.redo();
    ws.append([
      ev(
        'ItemResized',
        { id: 'desk', size: { width: 1, depth: 1, height: 1 } },
        { meta: { gesture: 'r1' } },
      ),
    ]);
    ws.undo();
    expect(ws.current.history.undo).toEqual(['place', 'd1']);
    expect(ws.current.history.redo).toEqual(['r1']);
    expectHistoryRebuilds(ws);

    // A branch loaded from the same events has the same history and undoes the same way.
    const copy = ws.addBranch(
      { id: 'copy', name: 'copy', parentId: null, forkSeq: 0, createdAt: 'x' },
      [...ws.current.log.all()],
    );
    expect(copy.history.undo).toEqual(ws.current.history.undo);
    expect(copy.history.redo).toEqual(ws.current.history.redo);
    ws.switchTo('copy');
    ws.redo();
    expect(ws.head.items.desk!.size).toEqual({ width: 1, depth: 1, height: 1 });
  });

  it('recordInHistory: only the first event of a gesture moves the stacks', () => {
    const h = emptyHistory();
    const base = { id: 'x', type: 'T', v: 1, at: 0, source: 'user' as const, payload: {} };
    recordInHistory(h, { ...base, seq: 1, meta: { gesture: 'g' } });
    recordInHistory(h, { ...base, seq: 2, meta: { gesture: 'g' } });
    recordInHistory(h, { ...base, seq: 3, meta: { gesture: 'u', undoOf: 'g' } });
    recordInHistory(h, { ...base, seq: 4, meta: { gesture: 'u', undoOf: 'g' } });
    expect(h.undo).toEqual([]);
    expect(h.redo).toEqual(['g']);
    expect(h.gestures.get('g')).toEqual([1, 2]);
    expect(h.gestures.get('u')).toEqual([3, 4]);
    recordInHistory(h, { ...base, seq: 5, meta: { gesture: 'r', redoOf: 'g' } });
    expect(h.undo).toEqual(['g']);
    expect(h.redo).toEqual([]);
  });
});
