// Issue 3 in the running app: edits are saved to IndexedDB (the unsaved
// counter returns to zero) and a reload brings the same room and branch
// back; the timeline shows the past read-only and forks a branch from it;
// a refused import names the bad event and changes nothing, an accepted one
// opens as a new branch.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlacedItem } from '../../src/core/office-state';
import {
  crop,
  itemsOfKind,
  logEvents,
  project,
  reloadApp,
  screenRegion,
  unsavedCount,
  view,
  waitSaved,
} from './harness/app';
import { waitForIdle } from './harness/browser';
import { diffFraction, readCanvas } from './harness/pixels';
import { openAppForFile, setupBrowserSession } from './harness/session';

interface OfficeFile {
  format: string;
  branch: { name: string };
  events: { seq: number; type: string; payload: Record<string, unknown> }[];
}

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

const place = (name: string) =>
  page.getByRole('button', { name: `Place ${name}`, exact: true }).click();

const slider = () => page.getByRole('slider', { name: 'Event', exact: true });
const branchSelect = () => page.getByRole('combobox', { name: 'Current branch', exact: true });
const importInput = () => page.locator('input[type="file"][aria-label="Import file"]');

/** Clicks "Export branch" and reads the file the browser downloads. */
async function exportBranch(): Promise<{ text: string; file: OfficeFile }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export branch', exact: true }).click(),
  ]);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  return { text, file: JSON.parse(text) as OfficeFile };
}

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

describe('saving and reloading', () => {
  it('saves every edit: the unsaved count shows it, then returns to zero', async () => {
    await waitSaved(page);
    // Record every value the counter shows from here on.
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="unsaved-count"]')!;
      const seen: string[] = [];
      (window as unknown as { __counts: string[] }).__counts = seen;
      new MutationObserver(() => seen.push(el.getAttribute('data-count') ?? '')).observe(el, {
        attributes: true,
        attributeFilter: ['data-count'],
      });
    });
    await place('Task chair');
    await expect.poll(() => unsavedCount(page), { timeout: 1_000, interval: 20 }).toBe(0);
    await waitSaved(page);
    const counts = await page.evaluate(
      () => (window as unknown as { __counts: string[] }).__counts,
    );
    expect(
      counts.some((c) => Number(c) > 0),
      `counter showed ${counts.join(',')}`,
    ).toBe(true);
    expect(counts.at(-1)).toBe('0');
  });

  it('reload brings back the same room, log and branch', async () => {
    const start = (await view(page)).length;
    await place('Bookshelf');
    await page.getByRole('button', { name: 'Rotate 15°', exact: true }).click();
    await place('Floor plant');
    await page.keyboard.press('Delete');
    // Placed, rotated, placed, deleted: four events.
    await expect.poll(async () => (await view(page)).length).toBe(start + 4);
    await waitSaved(page);
    const before = await view(page);
    const logBefore = await logEvents(page);
    await reloadApp(page);
    const after = await view(page);
    expect(after.state).toEqual(before.state);
    expect(after.branch).toEqual(before.branch);
    expect(after.branches).toEqual(before.branches);
    expect(await logEvents(page)).toEqual(logBefore);
    expect(await unsavedCount(page)).toBe(0);
  });
});

describe('the timeline', () => {
  let chair: PlacedItem;

  it('shows the past read-only: an item placed later is gone, edits are refused', async () => {
    await place('Armchair');
    await expect.poll(async () => (await itemsOfKind(page, 'chairLounge')).length).toBe(1);
    chair = (await itemsOfKind(page, 'chairLounge'))[0]!;
    const head = await view(page);
    await waitForIdle(page);
    const region = await screenRegion(page, {
      x: chair.x,
      z: chair.z,
      width: 0.8,
      depth: 0.8,
      height: 0.9,
    });
    const pixelsNow = await readCanvas(page);

    // One step back with the keyboard on the "Event" slider.
    await slider().focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await view(page)).viewSeq).toBe(head.length - 1);
    await page
      .getByText(`Viewing the past (event ${head.length - 1} of ${head.length}): read-only`)
      .first()
      .waitFor();
    const past = await view(page);
    expect(past.state.items[chair.id]).toBeUndefined();
    expect(past.head.items[chair.id]).toEqual(chair);
    await waitForIdle(page);
    const pixelsPast = await readCanvas(page);
    expect(
      diffFraction(crop(pixelsNow, region), crop(pixelsPast, region)),
      'the armchair is not drawn',
    ).toBeGreaterThan(0.05);

    // Editing is off: catalog, undo and the inspector's buttons are disabled…
    expect(
      await page.getByRole('button', { name: 'Place Armchair', exact: true }).isDisabled(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    // …and shortcuts on an item picked in the room change nothing.
    const shelf = Object.values(past.state.items).find((i) => i.kind === 'shelfTall')!;
    const at = await project(page, shelf.x, 1.2, shelf.z);
    await page.mouse.click(at.x, at.y);
    // The room has two bookshelves: they are numbered in every list.
    await page.getByRole('group', { name: /^Bookshelf \d$/ }).waitFor();
    await page.keyboard.press('r');
    await page.keyboard.press('Delete');
    await waitForIdle(page);
    expect((await view(page)).length).toBe(head.length);
    expect((await view(page)).head).toEqual(head.head);
    expect((await view(page)).state.items[shelf.id]).toEqual(shelf);

    await page.getByRole('button', { name: 'Back to now', exact: true }).click();
    await expect.poll(async () => (await view(page)).viewSeq).toBe(null);
    expect((await view(page)).state.items[chair.id]).toEqual(chair);
    expect(await slider().inputValue()).toBe(String(head.length));
  });

  it('"Continue from here" starts a new branch; the original keeps its events', async () => {
    const original = await view(page);
    const originalLog = await logEvents(page);
    await slider().focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await view(page)).viewSeq).toBe(original.length - 1);
    await page.getByRole('button', { name: 'Continue from here', exact: true }).click();
    await expect
      .poll(async () => (await view(page)).branches.length)
      .toBe(original.branches.length + 1);

    const fork = await view(page);
    expect(fork.branch.id).not.toBe(original.branch.id);
    expect(fork.viewSeq).toBe(null);
    expect(fork.length).toBe(original.length - 1);
    expect(fork.state.items[chair.id]).toBeUndefined();
    expect(await logEvents(page)).toEqual(originalLog.slice(0, -1));
    // Listed, and shown as the current branch.
    const options = await branchSelect().locator('option').allTextContents();
    expect(options).toContain(original.branch.name);
    expect(options).toContain(fork.branch.name);
    expect(await branchSelect().inputValue()).toBe(fork.branch.id);

    // The fork is editable, the original is untouched.
    await place('Task chair');
    await expect.poll(async () => (await view(page)).length).toBe(fork.length + 1);
    expect(await logEvents(page, original.branch.id)).toEqual(originalLog);
    await branchSelect().selectOption({ label: original.branch.name });
    await expect.poll(async () => (await view(page)).branch.id).toBe(original.branch.id);
    expect((await view(page)).state).toEqual(original.state);

    // Both survive a reload, which reopens the branch last shown.
    await waitSaved(page);
    const byId = (b: { id: string }[]) => [...b].sort((x, y) => x.id.localeCompare(y.id));
    const branches = byId((await view(page)).branches);
    await reloadApp(page);
    // The same branches (the list comes back in storage order, not creation order).
    expect(byId((await view(page)).branches)).toEqual(branches);
    expect((await view(page)).branch.id).toBe(original.branch.id);
    expect(await logEvents(page, original.branch.id)).toEqual(originalLog);
    expect(await logEvents(page, fork.branch.id)).toHaveLength(fork.length + 1);
  });
});

describe('import', () => {
  it('a refused file shows which event and field are wrong and changes nothing', async () => {
    const { file } = await exportBranch();
    expect(file.format).toBe('home-office-sim');
    const index = file.events.findIndex((e) => e.type === 'ItemPlaced');
    expect(index).toBeGreaterThanOrEqual(0);
    const bad = structuredClone(file);
    (bad.events[index]!.payload.item as { x: number }).x = 999;
    const before = await view(page);
    const logBefore = await logEvents(page);

    await importInput().setInputFiles({
      name: 'bad.home-office.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'Import refused:' });
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    expect(message).toMatch(
      new RegExp(`events\\[${index}\\] \\(ItemPlaced\\): payload\\.item\\.x: `),
    );

    const after = await view(page);
    expect(after.state).toEqual(before.state);
    expect(after.branch).toEqual(before.branch);
    expect(after.branches).toEqual(before.branches);
    expect(await logEvents(page)).toEqual(logBefore);
  });

  it('an accepted file opens as a new branch with the same events', async () => {
    const { text, file } = await exportBranch();
    const before = await view(page);
    const logBefore = await logEvents(page);
    await importInput().setInputFiles({
      name: 'room.home-office.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    // The branch it was exported from is open here: the copy is numbered, never a second "Main".
    await page.getByText(`Imported “${file.branch.name} (2)” as a new branch.`).waitFor();
    const after = await view(page);
    expect(after.branches).toHaveLength(before.branches.length + 1);
    expect(after.branch.id).not.toBe(before.branch.id);
    expect(after.state).toEqual(before.state);
    expect(await logEvents(page)).toEqual(logBefore);
    expect(await branchSelect().inputValue()).toBe(after.branch.id);
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
