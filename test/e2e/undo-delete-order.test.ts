// QA bug: undoing a delete put the item back at the end of the room's
// items, so the numbered names swapped between two armchairs. As the person
// did it: place an Armchair twice, type X = -1 and X = 1, delete Armchair 1,
// undo. Armchair 1 must be the chair at X = -1 again, first in the list.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { itemsOfKind, view } from './harness/app';
import { openAppForFile, setupBrowserSession } from './harness/session';

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

const list = () => page.getByRole('region', { name: 'Items in the room', exact: true });
const armchairNames = async () =>
  (await list().getByRole('button').allTextContents()).filter((n) => n.startsWith('Armchair'));

async function typeX(name: string, x: number): Promise<void> {
  await list().getByRole('button', { name, exact: true }).click();
  const inspector = page.getByRole('group', { name, exact: true });
  await inspector.waitFor();
  const field = inspector.getByRole('spinbutton', { name: 'Position X (m)', exact: true });
  await field.focus();
  await field.fill(String(x));
  await page.keyboard.press('Enter');
}

/** The armchairs' X in the order the list numbers them. */
const armchairXs = async () => (await itemsOfKind(page, 'chairLounge')).map((c) => c.x);

describe('undo of a delete, as QA did it', () => {
  it('gives back the room as it was: Armchair 1 is still the chair at X = -1', async () => {
    const place = page.getByRole('button', { name: 'Place Armchair', exact: true });
    await place.click();
    await expect.poll(async () => (await itemsOfKind(page, 'chairLounge')).length).toBe(1);
    await place.click();
    await expect.poll(async () => (await itemsOfKind(page, 'chairLounge')).length).toBe(2);
    expect(await armchairNames()).toEqual(['Armchair 1', 'Armchair 2']);
    await typeX('Armchair 1', -1);
    await expect.poll(armchairXs).toEqual([-1, expect.any(Number)]);
    await typeX('Armchair 2', 1);
    await expect.poll(armchairXs).toEqual([-1, 1]);
    const before = await view(page);

    await list().getByRole('button', { name: 'Armchair 1', exact: true }).click();
    await page.getByRole('group', { name: 'Armchair 1', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(armchairXs).toEqual([1]);
    expect(await armchairNames()).toEqual(['Armchair']);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(armchairXs).toEqual([-1, 1]);
    expect(await armchairNames()).toEqual(['Armchair 1', 'Armchair 2']);
    const after = await view(page);
    expect(after.state.items).toEqual(before.state.items);
    expect(Object.keys(after.state.items)).toEqual(Object.keys(before.state.items));
    // The list names it by the same item: its inspector reads X = -1.
    await list().getByRole('button', { name: 'Armchair 1', exact: true }).click();
    const x = page
      .getByRole('group', { name: 'Armchair 1', exact: true })
      .getByRole('spinbutton', { name: 'Position X (m)', exact: true });
    await expect.poll(() => x.inputValue()).toBe('-1');
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
