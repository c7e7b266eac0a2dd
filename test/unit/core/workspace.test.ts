import { describe, expect, it } from 'vitest';
import type { WorkspaceChange } from '../../../src/core/workspace';
import { content, ev, item, newWorkspace } from './helpers';

function fiveEvents() {
  const ws = newWorkspace(2);
  const main = ws.current;
  const r = ws.append([
    ev('SceneNamed', { name: 'one' }),
    ev('ItemPlaced', { item: item('a') }),
    ev('ItemPlaced', { item: item('b') }),
    ev('ItemLabelled', { id: 'a', label: 'A' }),
    ev('ItemsRemoved', { ids: ['b'] }),
  ]);
  expect(r.ok).toBe(true);
  return { ws, main };
}

describe('Workspace branches', () => {
  it('createBranch from a seq shares the prefix; the original is untouched', () => {
    const { ws, main } = fiveEvents();
    const mainHead = main.log.head;
    const mainEvents = [...main.log.all()];

    const fork = ws.createBranch('what if', { branchId: main.info.id, seq: 3 });
    expect(fork.info).toMatchObject({ name: 'what if', parentId: main.info.id, forkSeq: 3 });
    expect(fork.log.length).toBe(3);
    for (let s = 1; s <= 3; s++) expect(fork.log.event(s)).toBe(main.log.event(s));
    expect(content(fork.log.head)).toEqual(content(main.log.stateAt(3)));
    expect(fork.log.head.items.b).toBeDefined();

    // Creating does not switch; appending to the fork leaves main alone.
    expect(ws.current).toBe(main);
    expect(ws.switchTo(fork.info.id).ok).toBe(true);
    expect(ws.append([ev('ItemsRemoved', { ids: ['a'] })]).ok).toBe(true);
    expect(fork.log.length).toBe(4);
    expect(fork.log.head.items.a).toBeUndefined();

    expect(main.log.head).toBe(mainHead);
    expect(main.log.all()).toEqual(mainEvents);
    expect(main.log.head.items.a!.label).toBe('A');
  });

  it('createBranch without a parent starts empty', () => {
    const { ws } = fiveEvents();
    const b = ws.createBranch('blank');
    expect(b.log.length).toBe(0);
    expect(b.info.parentId).toBeNull();
    expect(b.info.forkSeq).toBe(0);
  });

  it('switchTo changes the current branch and refuses an unknown id', () => {
    const { ws, main } = fiveEvents();
    const other = ws.createBranch('other', { branchId: main.info.id, seq: 1 });
    expect(ws.switchTo(other.info.id).ok).toBe(true);
    expect(ws.current).toBe(other);
    expect(ws.head.items).toEqual({});
    expect(ws.head.name).toBe('one');
    const bad = ws.switchTo('nope');
    expect(bad.ok).toBe(false);
    expect(ws.current).toBe(other);
  });

  it('deleteBranch refuses the last branch, a branch with children and a missing one', () => {
    const { ws, main } = fiveEvents();
    expect(ws.deleteBranch(main.info.id)).toEqual({ ok: false, error: 'last' });
    const child = ws.createBranch('child', { branchId: main.info.id, seq: 2 });
    expect(ws.deleteBranch(main.info.id)).toEqual({ ok: false, error: 'hasChildren' });
    expect(ws.deleteBranch('nope')).toEqual({ ok: false, error: 'missing' });
    expect(ws.list().map((b) => b.id)).toEqual([main.info.id, child.info.id]);

    // A leaf can go; deleting the current branch switches to another.
    ws.switchTo(child.info.id);
    expect(ws.deleteBranch(child.info.id)).toEqual({ ok: true, value: true });
    expect(ws.current).toBe(main);
    expect(ws.list().map((b) => b.id)).toEqual([main.info.id]);
    expect(main.log.length).toBe(5);
  });

  it('reports every change to its listeners', () => {
    const { ws, main } = fiveEvents();
    const seen: WorkspaceChange['kind'][] = [];
    const stop = ws.subscribe((c) => seen.push(c.kind));
    const b = ws.createBranch('x', { branchId: main.info.id, seq: 1 });
    ws.switchTo(b.info.id);
    ws.append([ev('SceneNamed', { name: 'x' })]);
    ws.rename(b.info.id, 'y');
    ws.switchTo(main.info.id);
    ws.deleteBranch(b.info.id);
    // A refused append reports nothing.
    ws.append([ev('ItemsRemoved', { ids: ['ghost'] })]);
    stop();
    ws.append([ev('SceneNamed', { name: 'unheard' })]);
    expect(seen).toEqual([
      'branchCreated',
      'switched',
      'appended',
      'branchRenamed',
      'switched',
      'branchDeleted',
    ]);
  });
});
