// A typed number the app does not take: the field shows the item's value
// again, and the status bar says why, naming the field (QA: a refused 99
// stayed in the field; a room width of 0.5 reverted with no word).
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { select } from '../../../src/app/editor-state';
import type { Language } from '../../../src/app/i18n/index';
import type { OfficeStore } from '../../../src/app/office-store';
import { Inspector } from '../../../src/ui/Inspector';
import { RoomPanel } from '../../../src/ui/RoomPanel';
import { StatusBar } from '../../../src/ui/StatusBar';
import { newStore } from '../app/helpers';
import { region, renderWithStore, typeAndEnter } from './render';

afterEach(() => {
  cleanup();
  select([]);
});

const show = (store: OfficeStore, language: Language = 'en') =>
  renderWithStore(
    store,
    <>
      <Inspector />
      <RoomPanel />
      <StatusBar />
    </>,
    language,
  );

const field = (inRegion: string, name: string) =>
  region(inRegion).getByRole('spinbutton', { name }) as HTMLInputElement;
const inspectorField = (name: string) => field('Inspector', name);
const roomField = (name: string) => field('Room', name);

describe('a number field after a value the app does not take', () => {
  it('shows the item’s real value again after the store refuses, and names the field in the refusal', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    const x = inspectorField('Position X (m)');
    expect(x.value).toBe('0.2');
    const before = store.getSnapshot().length;

    await typeAndEnter(x, '99');
    expect(store.getSnapshot().length, 'nothing logged').toBe(before);
    expect(x.value).toBe('0.2');
    expect(screen.getByRole('alert').textContent).toBe(
      'Refused: Position X (m): too big: must be ≤ 20',
    );

    await typeAndEnter(x, '-1e3');
    expect(x.value).toBe('0.2');
    expect(screen.getByRole('alert').textContent).toBe(
      'Refused: Position X (m): too small: must be ≥ -20',
    );
  });

  it('a door off its wall or taller than the room: the field shows the door’s value again, and the refusal says which field', async () => {
    const store = newStore();
    show(store);
    const door = screen.getByRole('group', { name: 'Door on the south wall' });
    const doorField = (name: string) =>
      within(door).getByRole('spinbutton', { name }) as HTMLInputElement;
    const offset = doorField('Offset along the wall (m)');
    expect(offset.value).toBe('1.2');
    // Past the wall's end: the field names the wall's range ((4.2 − 0.9) / 2), not the schema's ±20 m.
    for (const typed of ['5', '-25']) {
      await typeAndEnter(offset, typed);
      expect(offset.value).toBe('1.2');
      expect(screen.getByRole('alert').textContent).toBe(
        'Door on the south wall: Offset along the wall (m) must be between -1.65 and 1.65',
      );
    }
    // Wider, at the same offset: the core refuses it, naming the field.
    const width = doorField('Opening width (m)');
    await typeAndEnter(width, '2');
    expect(width.value).toBe('0.9');
    expect(screen.getByRole('alert').textContent).toBe(
      'Refused: Door on the south wall: Opening width (m): the opening does not fit on the south wall',
    );
    const height = doorField('Opening height (m)');
    await typeAndEnter(height, '4');
    expect(height.value).toBe('2.05');
    expect(screen.getByRole('alert').textContent).toBe(
      'Refused: Door on the south wall: Opening height (m): the opening is taller than the room',
    );
  });

  it('a door and a window have the same fields: a notice says whose field it is, in the language shown', async () => {
    const store = newStore();
    const i18n = show(store);
    await act(async () => screen.getByRole('button', { name: 'Add a window' }).click());
    const window = screen.getByRole('group', { name: 'Window on the north wall' });
    const sill = within(window).getByRole('spinbutton', { name: 'Sill height (m)' });
    await typeAndEnter(sill, '9');
    expect(screen.getByRole('alert').textContent).toBe(
      'Window on the north wall: Sill height (m) must be between 0 and 3',
    );
    await act(async () => {
      await i18n.changeLanguage('zh');
    });
    expect(screen.getByRole('alert').textContent).toMatch(
      /^北墙上的窗的窗台高度（米）必须在 0 到 3 之间$/,
    );
  });

  it('a room size out of range is told with the field’s label and range, replacing an older refusal', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    await typeAndEnter(inspectorField('Position X (m)'), '99');
    expect(screen.getByRole('alert').textContent).toMatch(/^Refused: Position X/);
    const before = store.getSnapshot().length;

    const width = roomField('Width (m)');
    for (const typed of ['0.5', '0', '-3', '100']) {
      await typeAndEnter(width, typed);
      expect(width.value, typed).toBe('4.2');
      expect(screen.getByRole('alert').textContent, typed).toBe(
        'Width (m) must be between 2 and 12',
      );
    }
    await typeAndEnter(roomField('Height (m)'), '10');
    expect(screen.getByRole('alert').textContent).toBe('Height (m) must be between 2.2 and 5');
    expect(store.getSnapshot().length, 'nothing logged').toBe(before);
  });

  it('an item size under its minimum is told with the field’s label and the least it may be', async () => {
    const store = newStore();
    select(['desk-1']);
    show(store);
    const width = inspectorField('Width (m)');
    const was = width.value;
    await typeAndEnter(width, '0.01');
    expect(width.value).toBe(was);
    expect(screen.getByRole('alert').textContent).toBe('Width (m) must be at least 0.05');
  });

  it('in 简体中文, and a language switch re-words the field’s name with the rest', async () => {
    const store = newStore();
    const i18n = show(store, 'zh');
    await typeAndEnter(field('房间', '宽度（米）'), '0.5');
    expect(screen.getByRole('alert').textContent).toBe('宽度（米）必须在 2 到 12 之间');
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(screen.getByRole('alert').textContent).toBe('Width (m) must be between 2 and 12');
  });
});
