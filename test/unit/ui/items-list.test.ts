import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../src/app/i18n/index';
import {
  initialOfficeState,
  type OfficeState,
  type PlacedItem,
} from '../../../src/core/office-state';
import { degreesShown } from '../../../src/ui/Inspector';
import { listedNames } from '../../../src/ui/ItemsPanel';
import { item as placed } from '../layout/helpers/items';

/** A placed item of the layout helpers, with the label a person may give it. */
const item = (id: string, kind: string, label?: string): PlacedItem =>
  ({ ...placed(kind, { id }), ...(label ? { label } : {}) }) as PlacedItem;

function room(...items: PlacedItem[]): OfficeState {
  const s = initialOfficeState();
  return { ...s, items: Object.fromEntries(items.map((i) => [i.id, i])) };
}

describe('the items list', () => {
  it('names items by label or kind, in the room’s order, numbering the ones that would read alike', () => {
    const t = initI18n('en').t;
    const state = room(
      item('c1', 'chairTask'),
      item('d1', 'deskRect'),
      item('c2', 'chairTask'),
      item('s1', 'shelfTall', 'Samples'),
      item('c3', 'chairTask', 'Guest chair'),
    );
    expect(listedNames(state, t)).toEqual([
      { id: 'c1', name: 'Task chair 1' },
      { id: 'd1', name: 'Rectangular desk' },
      { id: 'c2', name: 'Task chair 2' },
      { id: 's1', name: 'Samples' },
      { id: 'c3', name: 'Guest chair' },
    ]);
  });

  it('never numbers an item into another one’s label', () => {
    const t = initI18n('en').t;
    const state = room(
      item('c1', 'chairTask'),
      item('c2', 'chairTask', 'Task chair 2'),
      item('c3', 'chairTask'),
    );
    const names = listedNames(state, t).map((l) => l.name);
    expect(names).toEqual(['Task chair 1', 'Task chair 2', 'Task chair 3']);
    expect(new Set(names).size).toBe(names.length);
  });

  it('in 简体中文 too', () => {
    const t = initI18n('zh').t;
    expect(listedNames(room(item('s1', 'shelfTall'), item('s2', 'shelfTall')), t)).toEqual([
      { id: 's1', name: '书架 1' },
      { id: 's2', name: '书架 2' },
    ]);
  });
});

describe('the inspector’s rotation', () => {
  it('reads 0 to 359.9°, never negative', () => {
    const deg = Math.PI / 180;
    expect(degreesShown(0)).toBe(0);
    expect(degreesShown(-165 * deg)).toBe(195);
    expect(degreesShown(Math.PI)).toBe(180);
    expect(degreesShown(370 * deg)).toBe(10);
    expect(degreesShown(359.96 * deg)).toBe(0);
    expect(degreesShown(-0.04 * deg)).toBe(0);
    expect(degreesShown(12.34 * deg)).toBe(12.3);
  });
});
