import { describe, expect, it } from 'vitest';
import type { EditSink } from '../../../src/app/office-store';
import type { ProposedEvent } from '../../../src/core/envelope';
import { moved, named, newStore } from './helpers';

const tick = () => new Promise<void>((r) => queueMicrotask(r));

describe('OfficeStore', () => {
  it('viewAt shows the past; edits, undo and redo are refused there; null returns to the head', () => {
    const store = newStore();
    const ws = store.workspace;
    const len = ws.current.log.length;
    expect(store.edit([moved('plant-1', -1.5, 1.2)]).ok).toBe(true);
    expect(store.edit([named('later')]).ok).toBe(true);

    store.viewAt(len);
    const past = store.getSnapshot();
    expect(past.viewSeq).toBe(len);
    expect(past.state.seq).toBe(len);
    expect(past.state.items['plant-1']!.x).toBe(-1.8);
    expect(past.head.items['plant-1']!.x).toBe(-1.5);
    expect(past.state).toEqual(ws.current.log.stateAt(len));
    expect(Object.isFrozen(past.state)).toBe(true);

    const r = store.edit([named('refused')]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toEqual({ kind: 'app', reason: { code: 'readOnlyPast', params: {} } });
    store.undo();
    store.redo();
    expect(ws.current.log.length).toBe(len + 2);

    store.viewAt(null);
    expect(store.getSnapshot().viewSeq).toBeNull();
    expect(store.getSnapshot().state).toBe(ws.head);
    expect(store.edit([named('ok now')]).ok).toBe(true);
    expect(ws.current.log.length).toBe(len + 3);
  });

  it('viewAt clamps: past the head is the head, negative is before any event', () => {
    const store = newStore();
    store.viewAt(10_000);
    expect(store.getSnapshot().viewSeq).toBeNull();
    store.viewAt(-5);
    expect(store.getSnapshot().viewSeq).toBe(0);
    expect(store.getSnapshot().state.items).toEqual({});
  });

  it('a branch switch leaves the past', () => {
    const store = newStore();
    const ws = store.workspace;
    const fork = ws.createBranch('other', { branchId: 'main', seq: 3 });
    store.viewAt(2);
    ws.switchTo(fork.info.id);
    const v = store.getSnapshot();
    expect(v.viewSeq).toBeNull();
    expect(v.branch.id).toBe(fork.info.id);
    expect(v.length).toBe(3);
  });

  it('a follower forwards edits, undo and redo to the sink and appends nothing itself', () => {
    const store = newStore();
    const calls: Array<[string, string, ProposedEvent[]?]> = [];
    const sink: EditSink = {
      propose: (b, e) => calls.push(['propose', b, e]),
      undo: (b) => calls.push(['undo', b]),
      redo: (b) => calls.push(['redo', b]),
    };
    const len = store.workspace.current.log.length;
    store.setRole('follower', sink);
    expect(store.getSnapshot().role).toBe('follower');
    const edit = [named('x')];
    expect(store.edit(edit)).toEqual({ ok: true, value: null });
    store.undo();
    store.redo();
    expect(calls).toEqual([
      ['propose', 'main', edit],
      ['undo', 'main'],
      ['redo', 'main'],
    ]);
    expect(store.workspace.current.log.length).toBe(len);

    store.setRole('writer', null);
    expect(store.edit(edit).ok).toBe(true);
    expect(store.workspace.current.log.length).toBe(len + 1);
    expect(calls).toHaveLength(3);
  });

  it('a refused edit sets an error notice and appends nothing', () => {
    const store = newStore();
    const len = store.workspace.current.log.length;
    const r = store.edit([moved('no-such-item', 0, 0)]);
    expect(r.ok).toBe(false);
    expect(store.workspace.current.log.length).toBe(len);
    expect(store.getSnapshot().notice).toMatchObject({ kind: 'error', key: 'status.refused' });
  });

  it('notifies subscribers once per microtask for a burst of changes', async () => {
    const store = newStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.edit([named('a')]);
    store.edit([named('b')]);
    store.setUnsaved(2);
    store.setUnsaved(2);
    expect(calls).toBe(0);
    await tick();
    expect(calls).toBe(1);
    const v = store.getSnapshot();
    expect(v.state.name).toBe('b');
    expect(v.unsaved).toBe(2);
    expect(v.canUndo).toBe(true);
    // The view is one object until something changes.
    expect(store.getSnapshot()).toBe(v);
    off();
    store.edit([named('c')]);
    await tick();
    expect(calls).toBe(1);
    expect(store.getSnapshot()).not.toBe(v);
  });
});
