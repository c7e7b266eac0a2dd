import { describe, expect, it } from 'vitest';
import { continueGesture } from '../../../src/app/commands/gesture';
import { pickColour } from '../../../src/app/commands/item-commands';
import { emptyHistory } from '../../../src/core/history';
import { newStore } from './helpers';

describe('continueGesture', () => {
  it('a new id when nothing is open', () => {
    const a = continueGesture(emptyHistory(), null);
    expect(a).toBeTruthy();
    expect(continueGesture(emptyHistory(), null)).not.toBe(a);
    expect(continueGesture(null, null)).toBeTruthy();
  });

  it('the open id while it is the last step to undo, or not logged yet', () => {
    const h = emptyHistory();
    expect(continueGesture(h, 'g1'), 'not logged yet').toBe('g1');
    h.gestures.set('g1', [5]);
    h.undo.push('g1');
    expect(continueGesture(h, 'g1')).toBe('g1');
  });

  it('a new id once the open one is undone or another step came after it', () => {
    const h = emptyHistory();
    h.gestures.set('g1', [5]);
    h.redo.push('g1'); // undone
    expect(continueGesture(h, 'g1')).not.toBe('g1');
    h.redo.length = 0;
    h.undo.push('g1', 'g2');
    h.gestures.set('g2', [6]);
    expect(continueGesture(h, 'g1')).not.toBe('g1');
  });
});

describe('pickColour', () => {
  it('logs each change, all in one gesture, and one undo restores the colour before', () => {
    const store = newStore();
    const was = store.workspace.head.items['chair-1']!.color;
    const from = store.workspace.current.log.length;
    let open: string | null = null;
    for (const c of ['#111111', '#222222', '#333333']) open = pickColour(store, 'chair-1', c, open);
    const added = store.workspace.current.log.all().slice(from);
    expect(added.map((e) => e.type)).toEqual(['ItemStyled', 'ItemStyled', 'ItemStyled']);
    expect(added.every((e) => e.meta?.gesture === open)).toBe(true);
    store.undo();
    expect(store.workspace.head.items['chair-1']!.color).toBe(was);
    store.redo();
    expect(store.workspace.head.items['chair-1']!.color).toBe('#333333');
  });
});
