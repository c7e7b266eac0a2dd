// Edits made from the keyboard, in the built app, as QA made them: an item
// typed off the desk it stood on (the inspector's X and Z); Delete, after
// which focus stays in the items list instead of falling to <body>; a door
// removed in the Room panel, after which focus goes to the next opening.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logEvents, view } from './harness/app';
import { openAppForFile, setupBrowserSession } from './harness/session';

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

const itemsList = () => page.getByRole('region', { name: 'Items in the room', exact: true });
const inspector = () => page.getByRole('region', { name: 'Inspector', exact: true });

/** Selects an item from the items list with the keyboard, as a person without a pointer does. */
async function pick(name: string): Promise<void> {
  const button = itemsList().getByRole('button', { name, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
}

async function typeInto(name: string, value: string): Promise<void> {
  const field = inspector().getByRole('spinbutton', { name, exact: true });
  await field.focus();
  await field.fill(value);
  await page.keyboard.press('Enter');
}

const item = async (id: string) => (await view(page)).head.items[id]!;

/** The text of the focused element when it is an item of the list, else its tag. */
const focusedText = () =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a?.closest('.item-list') ? a.textContent : (a?.tagName ?? null);
  });

describe('keyboard edits', () => {
  it('the E-board typed off its desk stands on the floor, on nothing, and stays when the desk moves', async () => {
    await pick('E-board');
    await inspector().getByText('Stands on Rectangular desk', { exact: true }).waitFor();
    const before = await view(page);
    await typeInto('Position X (m)', '-1');
    await typeInto('Position Z (m)', '0.8');
    await expect.poll(async () => (await item('eboard-1')).z).toBe(0.8);
    expect(await item('eboard-1')).toMatchObject({ x: -1, elevation: 0, parentId: null });
    expect(
      await inspector()
        .getByText(/^Stands on /)
        .count(),
    ).toBe(0);
    const added = (await logEvents(page)).slice(before.length);
    expect(
      added.map((e) => e.type),
      'one event per commit',
    ).toEqual(['ItemsMoved', 'ItemsMoved']);

    await pick('Rectangular desk');
    const desk = await item('desk-1');
    await typeInto('Position X (m)', String(desk.x + 0.2));
    await expect.poll(async () => (await item('desk-1')).x).toBeCloseTo(desk.x + 0.2, 5);
    expect(await item('eboard-1')).toMatchObject({ x: -1, z: 0.8, elevation: 0, parentId: null });

    // One undo takes back the desk's move, the next the Z, leaving the board off the desk.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await item('eboard-1')).z).toBe(-1.28);
    expect(await item('eboard-1')).toMatchObject({ x: -1, elevation: 0, parentId: null });
  });

  it('typed onto the smart binder, it stands on the binder', async () => {
    await pick('E-board');
    const binder = await item('binder-1');
    await typeInto('Position X (m)', String(binder.x));
    await typeInto('Position Z (m)', String(binder.z + 0.05));
    await inspector().getByText('Stands on Smart binder', { exact: true }).waitFor();
    const board = await item('eboard-1');
    expect(board.parentId).toBe('binder-1');
    expect(board.elevation).toBeGreaterThan(1);
  });

  it('the Delete key on an item focused in the items list: focus goes to the next item', async () => {
    const names = await itemsList().getByRole('button').allTextContents();
    const at = names.indexOf('Floor plant');
    expect(at).toBeGreaterThanOrEqual(0);
    await pick('Floor plant');
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await view(page)).head.items['plant-1']).toBeUndefined();
    await expect.poll(() => focusedText()).toBe(names[at + 1]);
    // Tab goes on from there, to the item after it, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe(names[at + 2]);
  });

  it('the inspector’s Delete button on the last item: focus goes to the item before it', async () => {
    const names = await itemsList().getByRole('button').allTextContents();
    await pick(names.at(-1)!);
    await inspector().getByRole('button', { name: 'Delete', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => itemsList().getByRole('button').allTextContents())
      .toEqual(names.slice(0, -1));
    await expect.poll(() => focusedText()).toBe(names.at(-2));
  });

  it('a door removed with its Remove button: focus goes to the next opening’s wall', async () => {
    const room = page.getByRole('region', { name: 'Room', exact: true });
    await room.getByRole('button', { name: 'Add a door', exact: true }).click();
    await room.getByRole('group', { name: 'Door 2 on the south wall', exact: true }).waitFor();
    await room
      .getByRole('button', { name: 'Remove Door 1 on the south wall', exact: true })
      .focus();
    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return `${a?.closest('fieldset')?.querySelector('legend')?.textContent}: ${a?.tagName}`;
      });
    await expect.poll(focused).toBe('Window on the west wall: SELECT');
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
