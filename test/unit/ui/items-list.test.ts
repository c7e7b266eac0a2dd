import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../src/app/i18n/index';
import {
  initialOfficeState,
  type OfficeState,
  type PlacedItem,
} from '../../../src/core/office-state';
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
