// QA in the built app: a door set to the north wall and back landed on the
// door added at the south wall's centre, and an offset typed over it was
// taken. Now the wall select finds a free spot, the offset is refused naming
// the other door, and the Layout checks stay clear. As a user: the Room
// panel's Add a door, its Wall select and its offset field.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { view } from './harness/app';
import { openAppForFile, setupBrowserSession } from './harness/session';

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

const room = () => page.getByRole('region', { name: 'Room', exact: true });
const door = (name: string) => room().getByRole('group', { name, exact: true });
const doors = async () =>
  Object.values((await view(page)).head.openings)
    .filter((o) => o.kind === 'door')
    .map((o) => `${o.wall} ${o.offset}`);

describe('a door moved to another wall and back', () => {
  it('lands beside the other door, and an offset over it is refused, naming it', async () => {
    await room().getByRole('button', { name: 'Add a door', exact: true }).click();
    await expect.poll(doors).toEqual(['south 1.2', 'south 0']);
    await door('Door 1 on the south wall')
      .getByRole('combobox', { name: 'Wall' })
      .selectOption('north');
    await expect.poll(doors).toEqual(['north 0', 'south 0']);
    await door('Door on the north wall')
      .getByRole('combobox', { name: 'Wall' })
      .selectOption('south');
    await expect.poll(doors).toEqual(['south 1', 'south 0']);
    const checks = page.getByRole('region', { name: 'Layout checks', exact: true });
    expect(await checks.getByText(/overlaps/).count()).toBe(0);

    const offset = door('Door 1 on the south wall').getByRole('spinbutton', {
      name: 'Offset along the wall (m)',
      exact: true,
    });
    await offset.fill('0.3');
    await offset.press('Enter');
    await expect
      .poll(async () => (await page.getByRole('alert').textContent()) ?? '')
      .toBe(
        'Refused: Door 1 on the south wall: Offset along the wall (m): it would overlap the door from -0.45 to 0.45 m along the south wall',
      );
    expect(await doors()).toEqual(['south 1', 'south 0']);
    expect(await offset.inputValue()).toBe('1');
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
