// QA: a second door added on the south wall was named "Door on the south
// wall" like the first, in the Room panel (its group, its Remove button), the
// Layout checks and a notice about one of its fields. Each part names it with
// opening-names.ts: "Door 1 / Door 2 on the south wall", in English and 简体中文.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/app/i18n/index';
import type { OfficeStore } from '../../../src/app/office-store';
import { ChecksPanel } from '../../../src/ui/ChecksPanel';
import { RoomPanel } from '../../../src/ui/RoomPanel';
import { StatusBar } from '../../../src/ui/StatusBar';
import { newStore } from '../app/helpers';
import { region, renderWithStore, typeAndEnter } from './render';

afterEach(cleanup);

function show(store: OfficeStore, language: Language) {
  renderWithStore(
    store,
    <>
      <RoomPanel />
      <ChecksPanel />
      <StatusBar />
    </>,
    language,
  );
}

const groups = (room: ReturnType<typeof region>) =>
  room.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent);

/** The default office (a south door, a west window) with a second door on the south wall. */
async function twoSouthDoors(language: Language, addDoor: string) {
  const store = newStore();
  show(store, language);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: addDoor })));
  expect(Object.values(store.getSnapshot().state.openings).map((o) => o.wall)).toEqual([
    'south',
    'west',
    'south',
  ]);
  return store;
}

describe('two doors on one wall', () => {
  it('are numbered in the Room panel, the Layout checks and the notices', async () => {
    const store = await twoSouthDoors('en', 'Add a door');
    const room = region('Room');
    expect(groups(room).slice(-3)).toEqual([
      'Door 1 on the south wall',
      'Window on the west wall',
      'Door 2 on the south wall',
    ]);
    const second = within(room.getByRole('group', { name: 'Door 2 on the south wall' }));
    expect(second.getByRole('button', { name: 'Remove Door 2 on the south wall' })).toBeTruthy();

    await typeAndEnter(second.getByRole('spinbutton', { name: 'Opening width (m)' }), '9');
    expect(screen.getByRole('alert').textContent).toBe(
      'Door 2 on the south wall: Opening width (m) must be between 0.3 and 4',
    );

    // A 2 m room leaves the first door (offset 1.2) past the corner; the second (offset 0) fits.
    await typeAndEnter(room.getByRole('spinbutton', { name: 'Width (m)' }), '2');
    expect(
      region('Layout checks').getByText(
        'Door 1 on the south wall runs past the end of its wall: move it along the wall or make it narrower',
      ),
    ).toBeTruthy();
    expect(store.getSnapshot().state.room.width).toBe(2);
  });

  it('a notice shown keeps the number when the language changes', async () => {
    const store = await twoSouthDoors('en', 'Add a door');
    const second = within(region('Room').getByRole('group', { name: 'Door 2 on the south wall' }));
    await typeAndEnter(second.getByRole('spinbutton', { name: 'Opening height (m)' }), '0.1');
    cleanup();
    show(store, 'zh');
    expect(screen.getByRole('alert').textContent).toBe(
      '南墙上的门 2的洞口高度（米）必须在 0.3 到 4 之间',
    );
  });

  it('are numbered in 简体中文 too', async () => {
    await twoSouthDoors('zh', '添加门');
    const room = region('房间');
    expect(groups(room).slice(-3)).toEqual(['南墙上的门 1', '西墙上的窗', '南墙上的门 2']);
    const second = within(room.getByRole('group', { name: '南墙上的门 2' }));
    expect(second.getByRole('button', { name: '移除南墙上的门 2' })).toBeTruthy();
    await typeAndEnter(room.getByRole('spinbutton', { name: /^宽/ }), '2');
    expect(
      region('布局检查').getByText('南墙上的门 1超出了墙的尽头：请沿墙移动它或把它改窄'),
    ).toBeTruthy();
  });

  it('one removed, the other is plain "Door on the south wall" again', async () => {
    await twoSouthDoors('en', 'Add a door');
    const room = region('Room');
    await act(async () =>
      fireEvent.click(room.getByRole('button', { name: 'Remove Door 1 on the south wall' })),
    );
    expect(room.getByRole('group', { name: 'Door on the south wall' })).toBeTruthy();
    expect(room.queryByRole('group', { name: /Door \d/ })).toBeNull();
  });
});
