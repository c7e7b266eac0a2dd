// QA: after Delete (the key, on an item focused in the items list, or the
// inspector's Delete button) focus fell to <body>, so the next Tab started
// some 58 stops away. Focus goes to the next item in the items list, the
// previous one if the deleted item was last, the list itself if it is empty.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { select } from '../../../src/app/editor-state';
import type { OfficeStore } from '../../../src/app/office-store';
import { loadEditor } from '../../../src/scene/lazy-editor';
import { Inspector } from '../../../src/ui/Inspector';
import { ItemsPanel } from '../../../src/ui/ItemsPanel';
import { useShortcuts } from '../../../src/ui/use-shortcuts';
import { newStore } from '../app/helpers';
import { renderWithStore } from './render';

beforeAll(async () => {
  await loadEditor(); // the shortcuts act once the editor code is there, as in the app
});

afterEach(() => {
  cleanup();
  select([]);
});

function Shortcuts({ store }: { store: OfficeStore }) {
  useShortcuts(store, () => {});
  return null;
}

function show(store: OfficeStore) {
  renderWithStore(
    store,
    <>
      <Shortcuts store={store} />
      <ItemsPanel />
      <Inspector />
    </>,
  );
}

const region = () => screen.getByRole('region', { name: 'Items in the room' });
const listed = () =>
  within(region())
    .queryAllByRole('button')
    .map((b) => b.textContent);
const itemButton = (name: string) => within(region()).getByRole('button', { name });
const focused = () => document.activeElement;

/** Focuses an item in the list and selects it with the keyboard's click. */
async function pick(name: string) {
  const b = itemButton(name);
  b.focus();
  await act(async () => fireEvent.click(b));
  expect(b.getAttribute('aria-pressed')).toBe('true');
  return b;
}

async function pressDelete(on: Element) {
  await act(async () => {
    fireEvent.keyDown(on, { key: 'Delete' });
  });
}

async function clickInspectorDelete() {
  const button = within(screen.getByRole('region', { name: 'Inspector' })).getByRole('button', {
    name: 'Delete',
  });
  button.focus();
  await act(async () => fireEvent.click(button));
}

describe('focus after Delete', () => {
  it('the Delete key on an item focused in the list: focus goes to the next item', async () => {
    const store = newStore();
    show(store);
    const names = listed();
    const at = names.indexOf('E-board');
    expect(at).toBeGreaterThan(0);
    const board = await pick('E-board');
    await pressDelete(board);
    expect(store.getSnapshot().head.items['eboard-1']).toBeUndefined();
    expect(focused()).toBe(itemButton(names[at + 1]!));
  });

  it('the inspector’s Delete button on the last item: focus goes to the one before it', async () => {
    const store = newStore();
    show(store);
    const names = listed();
    const last = names.at(-1)!;
    await pick(last);
    await clickInspectorDelete();
    expect(listed()).toEqual(names.slice(0, -1));
    expect(focused()).toBe(itemButton(names.at(-2)!));
  });

  it('a desk deleted with what stands on it: focus goes to the next item still there', async () => {
    const store = newStore();
    show(store);
    const before = store.getSnapshot().head.items;
    const names = listed();
    await pick('Rectangular desk');
    await clickInspectorDelete();
    const left = listed();
    expect(left.length).toBeLessThan(names.length - 1);
    const next = names.slice(names.indexOf('Rectangular desk') + 1).find((n) => left.includes(n));
    expect(next).toBeDefined();
    expect(focused()).toBe(itemButton(next!));
    expect(Object.keys(store.getSnapshot().head.items).length).toBeLessThan(
      Object.keys(before).length - 1,
    );
  });

  it('the last item of all deleted: focus goes to the (empty) list', async () => {
    const store = newStore();
    show(store);
    await act(async () => select(Object.keys(store.getSnapshot().head.items)));
    await clickInspectorDelete();
    expect(listed()).toEqual([]);
    expect(focused()).toBe(within(region()).getByRole('list', { name: 'Items in the room' }));
  });

  it('focus that did not go with the deleted item stays where it is', async () => {
    const store = newStore();
    show(store);
    // Selected elsewhere (as in the 3D view), Delete pressed on another item's button.
    const shelf = itemButton('Bookshelf');
    shelf.focus();
    await act(async () => select(['plant-1']));
    await pressDelete(shelf);
    expect(store.getSnapshot().head.items['plant-1']).toBeUndefined();
    expect(focused()).toBe(shelf);
    // Nothing had focus (the 3D view): the list does not take it.
    shelf.blur();
    await act(async () => select(['lamp-1']));
    await pressDelete(document.body);
    expect(store.getSnapshot().head.items['lamp-1']).toBeUndefined();
    expect(focused()).toBe(document.body);
  });
});
