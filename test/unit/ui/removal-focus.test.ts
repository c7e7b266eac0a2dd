import { afterEach, describe, expect, it } from 'vitest';
import { nextFocus, removalFocus } from '../../../src/ui/removal-focus';

const list = ['rug', 'desk', 'pc', 'chair', 'board', 'lamp'];
const gone = (...ids: string[]) => new Set(ids);

let removals = removalFocus();
afterEach(() => {
  removals = removalFocus(); // drop any request a test left
});

describe('which entry takes focus after a removal', () => {
  it('the next item after the deleted one', () => {
    expect(nextFocus(list, gone('chair'), 'chair')).toBe('board');
    expect(nextFocus(list, gone('rug'), 'rug')).toBe('desk');
  });

  it('the one before when the deleted item was last', () => {
    expect(nextFocus(list, gone('lamp'), 'lamp')).toBe('board');
  });

  it('a desk removed with what stood on it: the first item after it that is still there', () => {
    expect(nextFocus(list, gone('desk', 'pc', 'board'), 'desk')).toBe('chair');
    expect(nextFocus(list, gone('chair', 'board', 'lamp'), 'chair')).toBe('pc');
  });

  it('no focused item (the inspector’s button): counted from the first one removed', () => {
    expect(nextFocus(list, gone('board', 'pc'), undefined)).toBe('chair');
    expect(nextFocus(list, gone('pc'), 'not-listed')).toBe('chair');
  });

  it('nothing left: null (the list itself takes focus)', () => {
    expect(nextFocus(list, gone(...list), 'desk')).toBeNull();
    expect(nextFocus([], gone('x'), undefined)).toBeNull();
  });
});

describe('the request the list takes', () => {
  it('is taken once the removal reached the list, and only then', () => {
    removals.removeKeepingFocus(() => ['pc', 'board']);
    expect(removals.takeFocusRequest(list, list), 'not removed yet').toBeNull();
    const r = removals.takeFocusRequest(list, ['rug', 'desk', 'chair', 'lamp']);
    expect([...r!.removed]).toEqual(['pc', 'board']);
    expect(removals.takeFocusRequest(list, ['rug']), 'taken once').toBeNull();
  });

  it('a delete that removed nothing asks for nothing; a request the list never saw land is dropped', () => {
    removals.removeKeepingFocus(() => []);
    expect(removals.takeFocusRequest(list, ['rug'])).toBeNull();
    removals.removeKeepingFocus(() => ['ghost']);
    // A list mounted after the removal (it never showed the item) takes no focus...
    expect(removals.takeFocusRequest([], list)).toBeNull();
    // ...and the request does not wait for a later change.
    expect(removals.takeFocusRequest(['ghost', ...list], list)).toBeNull();
  });
});

describe('each list has its own request', () => {
  it('an opening removed is no request to the items list, and the other way round', () => {
    const openings = removalFocus();
    openings.removeKeepingFocus(() => ['door-2']);
    expect(removals.takeFocusRequest(list, ['rug']), 'not the items list’s').toBeNull();
    const r = openings.takeFocusRequest(['door-1', 'door-2'], ['door-1']);
    expect([...r!.removed]).toEqual(['door-2']);
  });
});
