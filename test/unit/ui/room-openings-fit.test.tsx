// QA: a room made 2 × 2 m in the Room panel left the default scene's south
// door (offset 1.2, width 0.9) running past the corner, and the Layout checks
// said nothing. A resize is not refused for it: the door is flagged, in the
// Layout checks and at the door in the Room panel, in the language shown, and
// the flag goes when the door is moved back onto the wall.
import { act, cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/app/i18n/index';
import type { OfficeStore } from '../../../src/app/office-store';
import { ChecksPanel } from '../../../src/ui/ChecksPanel';
import { RoomPanel } from '../../../src/ui/RoomPanel';
import { newStore } from '../app/helpers';
import { region, renderWithStore, typeAndEnter } from './render';

afterEach(cleanup);

function show(store: OfficeStore, language: Language) {
  renderWithStore(
    store,
    <>
      <RoomPanel />
      <ChecksPanel />
    </>,
    language,
  );
}

describe('a room made smaller than its door', () => {
  it('takes the size and flags the door in the Layout checks and in the Room panel', async () => {
    const store = newStore();
    show(store, 'en');
    const room = region('Room');
    const said =
      'Door on the south wall runs past the end of its wall: move it along the wall or make it narrower';
    expect(region('Layout checks').queryByText(said)).toBeNull();

    await typeAndEnter(room.getByRole('spinbutton', { name: 'Width (m)' }), '2');
    await typeAndEnter(room.getByRole('spinbutton', { name: 'Depth (m)' }), '2');
    const s = store.getSnapshot().state;
    expect(s.room).toMatchObject({ width: 2, depth: 2 });
    expect(s.openings['door-1']).toMatchObject({ wall: 'south', offset: 1.2, width: 0.9 });
    expect(region('Layout checks').getByText(said)).toBeTruthy();
    expect(room.getByRole('status').textContent).toBe(said);
    // The west window (offset -0.3, width 1.2) still fits a 2 m wall: only the door is flagged.
    expect(room.getAllByRole('status')).toHaveLength(1);

    // Moved back onto the wall, nothing is flagged; undone, it is again.
    const door = within(room.getByRole('group', { name: 'Door on the south wall' }));
    await typeAndEnter(door.getByRole('spinbutton', { name: /^Offset along the wall/ }), '0.5');
    expect(store.getSnapshot().state.openings['door-1']!.offset).toBe(0.5);
    expect(region('Layout checks').queryByText(said)).toBeNull();
    expect(room.queryByRole('status')).toBeNull();
    await act(async () => store.undo());
    expect(store.getSnapshot().state.openings['door-1']!.offset).toBe(1.2);
    expect(region('Layout checks').getByText(said)).toBeTruthy();
  });

  it('says so in 简体中文, and a room made lower than a window flags the window', async () => {
    const store = newStore();
    show(store, 'zh');
    const room = region('房间');
    await typeAndEnter(room.getByRole('spinbutton', { name: /^宽/ }), '2');
    const checks = region('布局检查');
    expect(checks.getByText('南墙上的门超出了墙的尽头：请沿墙移动它或把它改窄')).toBeTruthy();

    // The west window reaches 0.9 + 1.3 = 2.2 m; raised to a 2.6 m top, then the room lowered to 2.5 m.
    const window = within(room.getByRole('group', { name: '西墙上的窗' }));
    await typeAndEnter(window.getByRole('spinbutton', { name: /^窗台/ }), '1.3');
    expect(store.getSnapshot().state.openings['window-1']!.sill).toBe(1.3);
    await typeAndEnter(room.getByRole('spinbutton', { name: /^高/ }), '2.5');
    expect(store.getSnapshot().state.room.height).toBe(2.5);
    expect(checks.getByText('西墙上的窗比房间还高：请把它改矮或把房间加高')).toBeTruthy();
  });
});
