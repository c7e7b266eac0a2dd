// Two doors near a corner can each open alone and still hit each other when
// both are open. The Layout checks name both, the Room panel flags both, and
// the Room panel's hinge select (new: a door's hinge could not be changed in
// the app before) clears this one, as one undo step; in English and 简体中文.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/app/i18n/index';
import type { OfficeStore } from '../../../src/app/office-store';
import { ChecksPanel } from '../../../src/ui/ChecksPanel';
import { RoomPanel } from '../../../src/ui/RoomPanel';
import { newStore } from '../app/helpers';
import { region, renderWithStore, typeAndEnter } from './render';

afterEach(cleanup);

/** The default office's south door (offset 1.2, hinged left), and a second door put on the east wall 1 m towards the south. */
async function doorsAtTheCorner(store: OfficeStore, language: Language, names: Names) {
  renderWithStore(
    store,
    <>
      <RoomPanel />
      <ChecksPanel />
    </>,
    language,
  );
  const door = (name: string) => within(region(names.room).getByRole('group', { name }));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: names.addDoor })));
  const wall = door(names.secondDoor).getByRole('combobox', { name: names.wall });
  await act(async () => fireEvent.change(wall, { target: { value: 'east' } }));
  await typeAndEnter(door(names.eastDoor).getByRole('spinbutton', { name: names.offset }), '1');
  expect(store.getSnapshot().state.openings).toMatchObject({
    'door-1': { wall: 'south', offset: 1.2, hinge: 'left' },
  });
  expect(
    Object.values(store.getSnapshot().state.openings).filter((o) => o.wall === 'east'),
  ).toMatchObject([{ kind: 'door', offset: 1, hinge: 'left' }]);
}

interface Names {
  room: string;
  checks: string;
  addDoor: string;
  secondDoor: string;
  southDoor: string;
  eastDoor: string;
  offset: RegExp;
  wall: string;
  hinge: string;
  right: string;
  /** What is said of the two, naming `first` first. */
  said(first: string, second: string): string;
}

const en: Names = {
  room: 'Room',
  checks: 'Layout checks',
  addDoor: 'Add a door',
  secondDoor: 'Door 2 on the south wall',
  southDoor: 'Door on the south wall',
  eastDoor: 'Door on the east wall',
  offset: /^Offset along the wall/,
  wall: 'Wall',
  hinge: 'Hinge, seen from the room',
  right: 'right',
  said: (a, b) =>
    `${a} and ${b} hit each other when both open: move one along its wall or hinge it on the other side`,
};

const zh: Names = {
  room: '房间',
  checks: '布局检查',
  addDoor: '添加门',
  secondDoor: '南墙上的门 2',
  southDoor: '南墙上的门',
  eastDoor: '东墙上的门',
  offset: /^沿墙偏移/,
  wall: '墙面',
  hinge: '合页位置（从室内看）',
  right: '右侧',
  said: (a, b) => `${a}与${b}同时打开会相撞：请把其中一扇沿墙移动，或改到另一侧开`,
};

describe('doors that hit each other at a corner', () => {
  it.each([
    ['en', en],
    ['zh', zh],
  ] as const)(
    'are flagged at both and in the checks, and a hinge flip clears them (%s)',
    async (language, names) => {
      const store = newStore();
      await doorsAtTheCorner(store, language, names);
      const door = (name: string) => within(region(names.room).getByRole('group', { name }));
      // The checks name the two in the room's order; each door's own flag names it first.
      const said = names.said(names.southDoor, names.eastDoor);
      expect(region(names.checks).getByRole('button', { name: said })).toBeTruthy();
      expect(door(names.southDoor).getByRole('status').textContent).toBe(said);
      expect(door(names.eastDoor).getByRole('status').textContent).toBe(
        names.said(names.eastDoor, names.southDoor),
      );

      const hinge = door(names.southDoor).getByRole('combobox', { name: names.hinge });
      expect((hinge as HTMLSelectElement).value).toBe('left');
      await act(async () => fireEvent.change(hinge, { target: { value: 'right' } }));
      expect(store.getSnapshot().state.openings['door-1']!.hinge).toBe('right');
      expect(within(hinge).getByRole('option', { name: names.right })).toHaveProperty(
        'selected',
        true,
      );
      expect(region(names.checks).queryByRole('button', { name: said })).toBeNull();
      expect(region(names.room).queryByRole('status')).toBeNull();

      // The flip is one undo step: undone, the door swings as before and the clash is back.
      await act(async () => store.undo());
      expect(store.getSnapshot().state.openings['door-1']!.hinge).toBe('left');
      expect(region(names.checks).getByRole('button', { name: said })).toBeTruthy();
    },
  );
});
