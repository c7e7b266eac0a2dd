import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../src/app/i18n/index';
import { OfficeStore } from '../../../src/app/office-store';
import { initialOfficeState, type PlacedItem } from '../../../src/core/office-state';
import { ChecksPanel } from '../../../src/ui/ChecksPanel';
import { itemName, itemNames } from '../../../src/ui/item-names';
import { newWorkspace } from '../app/helpers';
import { item as placed } from '../layout/helpers/items';
import { renderWithStore } from './render';

afterEach(cleanup);

const pose = (i: PlacedItem) => ({
  id: i.id,
  x: i.x,
  z: i.z,
  rotation: i.rotation,
  elevation: i.elevation,
  parentId: i.parentId,
});

describe('item names across the UI', () => {
  it('the checks tell two overlapping copies apart, as the items list does', () => {
    const store = new OfficeStore(newWorkspace());
    const chair = (id: string, x: number) =>
      ({ ...placed('chairTask', { id }), x, z: 0 }) as PlacedItem;
    const r = store.edit([
      { type: 'ItemPlaced', payload: { item: chair('c1', 0) } },
      { type: 'ItemPlaced', payload: { item: chair('c2', 0.1) } },
    ]);
    expect(r.ok).toBe(true);
    renderWithStore(store, <ChecksPanel />);
    const checks = screen.getByRole('region', { name: 'Layout checks' });
    // The room already has a task chair: the copies are numbered after it.
    const t = initI18n('en').t;
    const a = itemName(store.getSnapshot().state, 'c1', t);
    const b = itemName(store.getSnapshot().state, 'c2', t);
    expect([a, b]).toEqual(['Task chair 2', 'Task chair 3']);
    expect(within(checks).getByText(`${a} overlaps ${b}`)).toBeTruthy();
  });

  it('names the window a bookshelf stands in front of, in the language shown', () => {
    const store = new OfficeStore(newWorkspace());
    const shelf = store.getSnapshot().state.items['shelf-1']!;
    // The default office's window is on the west wall (x = -2.1), around z = -0.3.
    const r = store.edit([
      {
        type: 'ItemsMoved',
        payload: {
          moves: [{ ...pose(shelf), x: -2.1 + 0.18, z: -0.3, rotation: Math.PI / 2 }],
        },
      },
    ]);
    expect(r.ok).toBe(true);
    for (const [language, text] of [
      ['en', 'Window on the west wall: Bookshelf stands in front of it and blocks its light'],
      ['zh', '西墙上的窗：书架挡在前面，遮住了光线'],
    ] as const) {
      renderWithStore(store, <ChecksPanel />, language);
      expect(screen.getByText(text)).toBeTruthy();
      cleanup();
    }
  });

  it('is one memo per room and language: the same map until the items or the language change', () => {
    const en = initI18n('en').t;
    const zh = initI18n('zh').t;
    const state = {
      ...initialOfficeState(),
      items: {
        s1: placed('shelfTall', { id: 's1' }) as PlacedItem,
        s2: placed('shelfTall', { id: 's2' }) as PlacedItem,
      },
    };
    expect(itemNames(state.items, en)).toBe(itemNames(state.items, en));
    expect(itemName(state, 's2', zh)).toBe('书架 2');
    expect(itemName(state, 's2', en)).toMatch(/ 2$/);
    expect(itemName(state, 'gone', en)).toBe('gone');
  });
});
