import { afterEach, describe, expect, it } from 'vitest';
import { deleteKeepingFocus, nextFocus, takeFocusRequest } from '../../../src/ui/items-focus';

const list = ['rug', 'desk', 'pc', 'chair', 'board', 'lamp'];
const gone = (...ids: string[]) => new Set(ids);

afterEach(() => {
  takeFocusRequest(['*'], []); // drop any request a test left
});

describe('which item takes focus after a delete', () => {
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
    deleteKeepingFocus(() => ['pc', 'board']);
    expect(takeFocusRequest(list, list), 'not removed yet').toBeNull();
    const r = takeFocusRequest(list, ['rug', 'desk', 'chair', 'lamp']);
    expect([...r!.removed]).toEqual(['pc', 'board']);
    expect(takeFocusRequest(list, ['rug']), 'taken once').toBeNull();
  });

  it('a delete that removed nothing asks for nothing; a request the list never saw land is dropped', () => {
    deleteKeepingFocus(() => []);
    expect(takeFocusRequest(list, ['rug'])).toBeNull();
    deleteKeepingFocus(() => ['ghost']);
    // A list mounted after the removal (it never showed the item) takes no focus...
    expect(takeFocusRequest([], list)).toBeNull();
    // ...and the request does not wait for a later change.
    expect(takeFocusRequest(['ghost', ...list], list)).toBeNull();
  });
});
