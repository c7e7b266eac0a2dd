import { describe, expect, it } from 'vitest';
import { deleteSelection, placeKind, setPose } from '../../../src/app/commands/item-commands';
import { initI18n } from '../../../src/app/i18n/index';
import { itemNames } from '../../../src/ui/item-names';
import { newStore } from '../app/helpers';

describe('undo of a delete keeps the names of numbered copies', () => {
  it('QA steps: two armchairs, delete Armchair 1, undo: Armchair 1 is the same chair at X = -1', () => {
    const t = initI18n('en').t;
    const store = newStore();
    const a = placeKind(store, 'chairLounge')!;
    const b = placeKind(store, 'chairLounge')!;
    expect(setPose(store, a, { x: -1 })).toBeNull();
    expect(setPose(store, b, { x: 1 })).toBeNull();
    const names = () => {
      const { items } = store.getSnapshot().head;
      return [...itemNames(items, t)].filter(([id]) => id === a || id === b);
    };
    const before = names();
    expect(before).toEqual([
      [a, 'Armchair 1'],
      [b, 'Armchair 2'],
    ]);

    deleteSelection(store, [a]);
    expect(names()).toEqual([[b, 'Armchair']]);
    store.undo();
    expect(names()).toEqual(before);
    expect(store.getSnapshot().head.items[a]!.x).toBe(-1);
    store.redo();
    expect(names()).toEqual([[b, 'Armchair']]);
    store.undo();
    expect(names()).toEqual(before);
  });
});
