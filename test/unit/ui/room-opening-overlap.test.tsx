// QA: with a second door added on the south wall (at its centre), Door 1 set
// to the north wall and back landed on it at offset 0: the plan drew one door,
// the Room panel listed two, the Layout checks said nothing, and an offset
// typed over the other door was taken too. Now the wall select puts a door at
// a free spot on its new wall (or refuses, saying the wall is full), a typed
// offset over another opening is refused naming it, and openings that overlap
// anyway (a file from before) are flagged in the Layout checks and at both in
// the Room panel, in English and 简体中文.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importText } from '../../../src/app/file-commands';
import type { Language } from '../../../src/app/i18n/index';
import type { OfficeStore } from '../../../src/app/office-store';
import { ChecksPanel } from '../../../src/ui/ChecksPanel';
import { RoomPanel } from '../../../src/ui/RoomPanel';
import { StatusBar } from '../../../src/ui/StatusBar';
import { newStore } from '../app/helpers';
import { region, renderWithStore, typeAndEnter } from './render';

afterEach(cleanup);

function show(store: OfficeStore, language: Language = 'en') {
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

const click = (name: string) =>
  act(async () => fireEvent.click(screen.getByRole('button', { name })));

async function setWall(group: string, wall: string) {
  const select = within(region('Room').getByRole('group', { name: group })).getByRole('combobox', {
    name: 'Wall',
  });
  await act(async () => fireEvent.change(select, { target: { value: wall } }));
}

const doors = (store: OfficeStore) =>
  Object.values(store.getSnapshot().state.openings)
    .filter((o) => o.kind === 'door')
    .map((o) => [o.wall, o.offset]);

describe('moving a door to another wall in the Room panel', () => {
  it('QA’s steps: north and back, Door 1 lands beside Door 2; an offset over it is refused', async () => {
    const store = newStore();
    show(store);
    await click('Add a door');
    expect(doors(store)).toEqual([
      ['south', 1.2],
      ['south', 0],
    ]);
    await setWall('Door 1 on the south wall', 'north');
    expect(doors(store)).toEqual([
      ['north', 0],
      ['south', 0],
    ]);
    await setWall('Door on the north wall', 'south');
    // Door 2 holds the centre: Door 1 goes to the first free step, 1.0.
    expect(doors(store)).toEqual([
      ['south', 1],
      ['south', 0],
    ]);
    expect(region('Layout checks').queryByText(/overlaps/)).toBeNull();
    expect(region('Room').queryByRole('status')).toBeNull();

    const door1 = within(region('Room').getByRole('group', { name: 'Door 1 on the south wall' }));
    await typeAndEnter(door1.getByRole('spinbutton', { name: /^Offset along the wall/ }), '0.3');
    expect(doors(store)[0]).toEqual(['south', 1]);
    expect(screen.getByRole('alert').textContent).toBe(
      'Refused: Door 1 on the south wall: Offset along the wall (m): it would overlap the door from -0.45 to 0.45 m along the south wall',
    );
  });

  it('a wall with no free spot refuses the move and says why, in English and 简体中文', async () => {
    const store = newStore();
    show(store);
    // Three windows fill the 4.2 m north wall (at 0, 1.3 and −1.3); a fourth has no spot.
    for (let i = 0; i < 3; i++) await click('Add a window');
    await click('Add a window');
    expect(screen.getByRole('alert').textContent).toBe(
      'Refused: the north wall has no free spot for it: other doors and windows are in the way',
    );
    const length = store.getSnapshot().length;
    await setWall('Door on the south wall', 'north');
    expect(store.getSnapshot().length).toBe(length);
    expect(doors(store)).toEqual([['south', 1.2]]);
    const select = within(
      region('Room').getByRole('group', { name: 'Door on the south wall' }),
    ).getByRole('combobox', { name: 'Wall' }) as HTMLSelectElement;
    expect(select.value).toBe('south');
    expect(screen.getByRole('alert').textContent).toBe(
      'Refused: Door on the south wall: Wall: the north wall has no free spot for it: other doors and windows are in the way',
    );
    cleanup();
    show(store, 'zh');
    expect(screen.getByRole('alert').textContent).toContain('北墙上没有空位放它：其他门窗占了位置');
  });
});

/** The default office's log, exported, with a second south door over the first (as the old wall select left it). */
function olderFileWithTwoDoors(store: OfficeStore): string {
  const events = [...store.workspace.current.log.all()];
  const last = events.at(-1)!;
  const door = store.getSnapshot().head.openings['door-1']!;
  const placed = {
    seq: last.seq + 1,
    id: 'qa-door-2',
    type: 'OpeningPlaced',
    v: 2,
    at: last.at,
    source: 'user',
    payload: { opening: { ...door, id: 'door-2', offset: 1 } },
  };
  return JSON.stringify({
    format: 'home-office-sim',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    branch: { name: 'QA' },
    events: [...events, placed],
  });
}

describe('two doors that overlap already (a file from before the rule)', () => {
  it('are imported and flagged in the Layout checks and at both doors, in English and 简体中文', async () => {
    const store = newStore();
    const text = olderFileWithTwoDoors(store);
    expect(importText(store, text, text.length).ok).toBe(true);
    expect(doors(store)).toEqual([
      ['south', 1.2],
      ['south', 1],
    ]);
    for (const [language, checks, room, said, other] of [
      [
        'en',
        'Layout checks',
        'Room',
        'Door 1 on the south wall overlaps Door 2 on the south wall: move one along the wall or to another wall, or make it smaller',
        'Door 2 on the south wall overlaps Door 1 on the south wall: move one along the wall or to another wall, or make it smaller',
      ],
      [
        'zh',
        '布局检查',
        '房间',
        '南墙上的门 1与南墙上的门 2重叠：请把其中一个沿墙移动或移到另一面墙，或把它改小',
        '南墙上的门 2与南墙上的门 1重叠：请把其中一个沿墙移动或移到另一面墙，或把它改小',
      ],
    ] as const) {
      show(store, language);
      expect(region(checks).getByText(said)).toBeTruthy();
      expect(
        region(room)
          .getAllByRole('status')
          .map((s) => s.textContent),
      ).toEqual([said, other]);
      cleanup();
    }

    // Moved off it, the flags go; undone, they are back.
    show(store);
    const door2 = within(region('Room').getByRole('group', { name: 'Door 2 on the south wall' }));
    await typeAndEnter(door2.getByRole('spinbutton', { name: /^Offset along the wall/ }), '0');
    expect(doors(store)[1]).toEqual(['south', 0]);
    expect(region('Layout checks').queryByText(/overlaps/)).toBeNull();
    expect(region('Room').queryByRole('status')).toBeNull();
    await act(async () => store.undo());
    expect(region('Layout checks').getByText(/^Door 1 on the south wall overlaps/)).toBeTruthy();
  });
});
