// QA: dragging in Chrome's colour picker fires `input` all along, and each
// change was its own undo step (five changes, five Undos). One pick, from its
// first change until the picker closes, is one step; each change is still
// logged as it comes (the room shows it while the picker is open).
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { select } from '../../../src/app/editor-state';
import type { OfficeStore } from '../../../src/app/office-store';
import { Inspector } from '../../../src/ui/Inspector';
import { newStore } from '../app/helpers';
import { renderWithStore } from './render';

afterEach(() => {
  cleanup();
  select([]);
});

const show = (store: OfficeStore) => renderWithStore(store, <Inspector />);

const colourField = () => screen.getByLabelText('Colour') as HTMLInputElement;
const colour = (store: OfficeStore) => store.getSnapshot().head.items['chair-1']!.color;
const log = (store: OfficeStore) => store.workspace.current.log.all();

/** What Chrome sends while the picker is dragged: an `input` per step. */
async function drag(...colours: string[]) {
  for (const c of colours)
    await act(async () => fireEvent.input(colourField(), { target: { value: c } }));
}
/** The picker closes: `change`, with the last value. */
async function close() {
  await act(async () =>
    fireEvent.change(colourField(), { target: { value: colourField().value } }),
  );
}

describe('a colour picked by dragging in the picker', () => {
  it('five changes of one pick: each logged, one undo step back to the colour before', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    const was = colour(store);
    expect(was).toBe('#e0662c');
    const from = log(store).length;
    colourField().focus();
    await drag('#101010', '#202020', '#303030', '#404040', '#505050');
    await close();
    expect(colourField().value).toBe('#505050');
    const added = log(store).slice(from);
    expect(added.map((e) => e.type)).toEqual(Array(5).fill('ItemStyled'));
    expect(new Set(added.map((e) => e.meta?.gesture)).size, 'one gesture').toBe(1);

    await act(async () => store.undo());
    expect(colour(store)).toBe(was);
    expect(colourField().value).toBe(was);
    expect(store.workspace.canUndo(), 'nothing else of the pick left to undo').toBe(false);
  });

  it('two picks are two steps, whether the field lost focus in between or the picker was opened again', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    colourField().focus();
    await drag('#101010', '#202020');
    await close();
    // Opened again without leaving the field.
    await drag('#303030', '#404040');
    await close();
    await act(async () => colourField().blur());
    colourField().focus();
    await drag('#505050', '#606060');
    await act(async () => colourField().blur()); // closed by leaving it
    await act(async () => store.undo());
    expect(colour(store)).toBe('#404040');
    await act(async () => store.undo());
    expect(colour(store)).toBe('#202020');
    await act(async () => store.undo());
    expect(colour(store)).toBe('#e0662c');
  });

  it('a pick undone while the picker is still open: the next change starts a new step', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    colourField().focus();
    await drag('#101010', '#202020');
    await act(async () => store.undo()); // from another tab, say
    expect(colour(store)).toBe('#e0662c');
    await drag('#303030');
    await close();
    expect(colour(store)).toBe('#303030');
    await act(async () => store.undo());
    expect(colour(store)).toBe('#e0662c');
    await act(async () => store.redo());
    expect(colour(store)).toBe('#303030');
  });

  it('the material list is still one step per choice', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    const material = screen.getByLabelText('Material') as HTMLSelectElement;
    const from = log(store).length;
    const options = [...material.options].map((o) => o.value).filter(Boolean);
    await act(async () => fireEvent.change(material, { target: { value: options[0] } }));
    await act(async () => fireEvent.change(material, { target: { value: options[1] } }));
    const added = log(store).slice(from);
    expect(new Set(added.map((e) => e.meta?.gesture)).size).toBe(2);
  });
});
