// QA: the E-board typed off its desk (X = -1, Z = 0.8) still said "Stands on
// Rectangular desk", hung at desk height over the rug, and followed the desk
// when it moved. A typed move lands where a drag to that spot would.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { select } from '../../../src/app/editor-state';
import { initI18n } from '../../../src/app/i18n/index';
import type { OfficeStore } from '../../../src/app/office-store';
import { OfficeStoreContext } from '../../../src/app/use-office';
import { Inspector } from '../../../src/ui/Inspector';
import { newStore } from '../app/helpers';

afterEach(() => {
  cleanup();
  select([]);
});

function show(store: OfficeStore) {
  render(
    <I18nextProvider i18n={initI18n('en')}>
      <OfficeStoreContext.Provider value={store}>
        <Inspector />
      </OfficeStoreContext.Provider>
    </I18nextProvider>,
  );
}

async function typeAndEnter(name: string, text: string) {
  const inspector = screen.getByRole('region', { name: 'Inspector' });
  const field = within(inspector).getByRole('spinbutton', { name });
  await act(async () => {
    fireEvent.change(field, { target: { value: text } });
    fireEvent.keyDown(field, { key: 'Enter' });
  });
}

const standsOn = () => screen.queryByText(/^Stands on /)?.textContent ?? null;

describe('a desk-mount item moved by typing in the inspector', () => {
  it('typed off its desk: on the floor, standing on nothing, and the desk no longer carries it', async () => {
    const store = newStore();
    select(['eboard-1']);
    show(store);
    expect(standsOn()).toBe('Stands on Rectangular desk');
    const from = store.getSnapshot().length;

    await typeAndEnter('Position X (m)', '-1');
    await typeAndEnter('Position Z (m)', '0.8');
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
    await typeAndEnter('Position X (m)', '0.5');
    expect(store.getSnapshot().head.items['eboard-1']).toMatchObject({ x: -1, z: 0.8 });
  });

  it('typed onto the smart binder: stands on the binder, at its top; one undo puts it back on the desk', async () => {
    const store = newStore();
    select(['eboard-1']);
    show(store);
    const binder = store.getSnapshot().head.items['binder-1']!;
    await typeAndEnter('Position Z (m)', String(binder.z + 0.05));
    expect(standsOn(), 'still over the desk').toBe('Stands on Rectangular desk');
    await typeAndEnter('Position X (m)', String(binder.x));
    expect(standsOn()).toBe('Stands on Smart binder');
    const board = store.getSnapshot().head.items['eboard-1']!;
    expect(board.elevation).toBeGreaterThan(1);
    await act(async () => store.undo());
    expect(standsOn()).toBe('Stands on Rectangular desk');
    expect(store.getSnapshot().head.items['eboard-1']!.elevation).toBe(0.74);
  });
});
