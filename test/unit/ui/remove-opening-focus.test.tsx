// QA: removing a door or window in the Room panel dropped keyboard focus to
// <body>. Focus goes to the next opening's first control (its wall), the
// previous one's if the removed one was last, and the button that adds one
// back when none is left; as items do after Delete (removal-focus.ts).
import { act, cleanup, fireEvent, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OfficeStore } from '../../../src/app/office-store';
import { RoomPanel } from '../../../src/ui/RoomPanel';
import { newStore } from '../app/helpers';
import { region, renderWithStore } from './render';

afterEach(cleanup);

const show = (store: OfficeStore) => renderWithStore(store, <RoomPanel />);

const room = () => region('Room');
const wallOf = (opening: string) =>
  within(room().getByRole('group', { name: opening })).getByRole('combobox', { name: 'Wall' });
const openings = () =>
  room()
    .queryAllByRole('group')
    .map((g) => g.querySelector('legend')?.textContent)
    .filter((n) => n?.includes('wall'));

/** Focuses an opening's Remove button and presses it, as a keyboard user does. */
async function remove(opening: string) {
  const button = room().getByRole('button', { name: `Remove ${opening}` });
  button.focus();
  await act(async () => fireEvent.click(button));
  expect(openings()).not.toContain(opening);
}

/** The default office (a south door, a west window) and a door added after them. */
async function threeOpenings() {
  const store = newStore();
  show(store);
  await act(async () => fireEvent.click(room().getByRole('button', { name: 'Add a door' })));
  expect(openings()).toEqual([
    'Door 1 on the south wall',
    'Window on the west wall',
    'Door 2 on the south wall',
  ]);
  return store;
}

describe('focus after removing a door or window', () => {
  it('goes to the next opening’s first control', async () => {
    await threeOpenings();
    await remove('Door 1 on the south wall');
    expect(document.activeElement).toBe(wallOf('Window on the west wall'));
  });

  it('goes to the one before when the removed one was last', async () => {
    await threeOpenings();
    await remove('Door 2 on the south wall');
    expect(document.activeElement).toBe(wallOf('Window on the west wall'));
  });

  it('none left: goes to the button that adds back what was removed last', async () => {
    const store = newStore();
    show(store);
    await remove('Window on the west wall');
    expect(document.activeElement).toBe(wallOf('Door on the south wall'));
    await remove('Door on the south wall');
    expect(Object.keys(store.getSnapshot().state.openings)).toEqual([]);
    expect(document.activeElement).toBe(room().getByRole('button', { name: 'Add a door' }));

    await act(async () => store.undo());
    await act(async () => store.undo());
    await remove('Door on the south wall');
    await remove('Window on the west wall');
    expect(document.activeElement).toBe(room().getByRole('button', { name: 'Add a window' }));
  });

  it('focus that did not go with the opening stays where it is', async () => {
    const store = await threeOpenings();
    const width = room().getByRole('spinbutton', { name: 'Width (m)' });
    width.focus();
    // Removed without its button taking focus (a pointer click in some browsers).
    await act(async () =>
      fireEvent.click(room().getByRole('button', { name: 'Remove Door 2 on the south wall' })),
    );
    expect(Object.keys(store.getSnapshot().state.openings)).toHaveLength(2);
    expect(document.activeElement).toBe(width);
  });
});
