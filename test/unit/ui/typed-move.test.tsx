// QA: the E-board typed off its desk (X = -1, Z = 0.8) still said "Stands on
// Rectangular desk", hung at desk height over the rug, and followed the desk
// when it moved. A typed move lands where a drag to that spot would.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { select } from '../../../src/app/editor-state';
import type { OfficeStore } from '../../../src/app/office-store';
import { Inspector } from '../../../src/ui/Inspector';
import { newStore } from '../app/helpers';
import { region, renderWithStore, typeAndEnter } from './render';

afterEach(() => {
  cleanup();
  select([]);
});

const show = (store: OfficeStore) => renderWithStore(store, <Inspector />);

/** Types into the Inspector's number field named `name` and presses Enter. */
const typeInto = (name: string, text: string) =>
  typeAndEnter(region('Inspector').getByRole('spinbutton', { name }), text);

const standsOn = () => screen.queryByText(/^Stands on /)?.textContent ?? null;

describe('a desk-mount item moved by typing in the inspector', () => {
  it('typed off its desk: on the floor, standing on nothing, and the desk no longer carries it', async () => {
    const store = newStore();
    select(['eboard-1']);
    show(store);
    expect(standsOn()).toBe('Stands on Rectangular desk');
    const from = store.getSnapshot().length;

    await typeInto('Position X (m)', '-1');
    await typeInto('Position Z (m)', '0.8');
    expect(store.getSnapshot().length, 'one event per commit').toBe(from + 2);
    expect(standsOn()).toBeNull();
    expect(store.getSnapshot().head.items['eboard-1']).toMatchObject({
      x: -1,
      z: 0.8,
      elevation: 0,
      parentId: null,
    });

    select(['desk-1']);
    await act(async () => {});
    await typeInto('Position X (m)', '0.5');
    expect(store.getSnapshot().head.items['eboard-1']).toMatchObject({ x: -1, z: 0.8 });
  });

  it('typed onto the smart binder: stands on the binder, at its top; one undo puts it back on the desk', async () => {
    const store = newStore();
    select(['eboard-1']);
    show(store);
    const binder = store.getSnapshot().head.items['binder-1']!;
    await typeInto('Position Z (m)', String(binder.z + 0.05));
    expect(standsOn(), 'still over the desk').toBe('Stands on Rectangular desk');
    await typeInto('Position X (m)', String(binder.x));
    expect(standsOn()).toBe('Stands on Smart binder');
    const board = store.getSnapshot().head.items['eboard-1']!;
    expect(board.elevation).toBeGreaterThan(1);
    await act(async () => store.undo());
    expect(standsOn()).toBe('Stands on Rectangular desk');
    expect(store.getSnapshot().head.items['eboard-1']!.elevation).toBe(0.74);
  });
});
