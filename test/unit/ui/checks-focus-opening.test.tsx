// QA: a Layout checks row about a door or window alone (it runs past its
// wall, or overlaps another) named no items, so clicking it cleared the
// selection and did nothing else. It now brings focus to that opening's
// first control in the Room panel, where it can be fixed, and leaves the
// selection alone; a row about items still selects them.
import { act, cleanup, fireEvent, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selection } from '../../../src/app/editor-state';
import type { OfficeStore } from '../../../src/app/office-store';
import type { PlacedItem } from '../../../src/core/office-state';
import { ChecksPanel } from '../../../src/ui/ChecksPanel';
import { RoomPanel } from '../../../src/ui/RoomPanel';
import { newStore } from '../app/helpers';
import { item as placed } from '../layout/helpers/items';
import { region, renderWithStore, typeAndEnter } from './render';

afterEach(() => {
  cleanup();
  selection.set([]);
});

const doorPastWall =
  'Door on the south wall runs past the end of its wall: move it along the wall or make it narrower';

async function smallRoom(store: OfficeStore) {
  renderWithStore(
    store,
    <>
      <RoomPanel />
      <ChecksPanel />
    </>,
  );
  const room = region('Room');
  await typeAndEnter(room.getByRole('spinbutton', { name: 'Width (m)' }), '2');
  await typeAndEnter(room.getByRole('spinbutton', { name: 'Depth (m)' }), '2');
}

describe('a Layout checks row about a door', () => {
  it('focuses the door’s wall select in the Room panel and keeps the selection', async () => {
    const store = newStore();
    await smallRoom(store);
    const someItem = Object.keys(store.getSnapshot().state.items)[0]!;
    selection.set([someItem]);
    const wall = within(
      region('Room').getByRole('group', { name: 'Door on the south wall' }),
    ).getByRole('combobox', { name: 'Wall' });
    expect(document.activeElement).not.toBe(wall);

    await act(async () =>
      fireEvent.click(region('Layout checks').getByRole('button', { name: doorPastWall })),
    );
    expect(document.activeElement).toBe(wall);
    expect(selection.get()).toEqual([someItem]);

    // Asked again after focus went elsewhere, it comes back.
    region('Room').getByRole('spinbutton', { name: 'Width (m)' }).focus();
    await act(async () =>
      fireEvent.click(region('Layout checks').getByRole('button', { name: doorPastWall })),
    );
    expect(document.activeElement).toBe(wall);
  });

  it('a row about items still selects them', async () => {
    const store = newStore();
    const chair = (id: string, x: number) =>
      ({ ...placed('chairTask', { id }), x, z: 0 }) as PlacedItem;
    expect(
      store.edit([
        { type: 'ItemPlaced', payload: { item: chair('c1', 0) } },
        { type: 'ItemPlaced', payload: { item: chair('c2', 0.1) } },
      ]).ok,
    ).toBe(true);
    await smallRoom(store);
    await act(async () =>
      fireEvent.click(region('Layout checks').getByRole('button', { name: /overlaps/ })),
    );
    expect(selection.get()).toEqual(['c1', 'c2']);
  });
});
