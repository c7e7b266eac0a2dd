// QA in the production build: a typed value the app refused stayed in its
// field as if taken, and an out-of-range room size reverted with no word
// while an older refusal stayed on screen. As a user: type, press Enter (or
// leave the field), read the field and the status bar.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildGlb } from '../unit/layout/helpers/glb-builder';
import { itemsOfKind, view } from './harness/app';
import { openAppForFile, setupBrowserSession } from './harness/session';

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

const alertText = async () => (await page.getByRole('alert').textContent()) ?? '';

describe('a typed value the app does not take', () => {
  it('the Task chair at X = 99: refused, named by its field, and the field shows the chair’s X again', async () => {
    const [chair] = await itemsOfKind(page, 'chairTask');
    const items = page.getByRole('region', { name: 'Items in the room', exact: true });
    await items.getByRole('button', { name: 'Task chair', exact: true }).click();
    const inspector = page.getByRole('group', { name: 'Task chair', exact: true });
    const x = inspector.getByRole('spinbutton', { name: 'Position X (m)', exact: true });
    await expect.poll(() => x.inputValue()).toBe(String(chair!.x));
    const before = await view(page);

    await x.fill('99');
    await x.press('Enter');
    await expect.poll(alertText).toContain('too big: must be ≤ 20');
    expect(await x.inputValue(), 'the chair’s X, not the refused 99').toBe(String(chair!.x));
    expect(await alertText()).toBe('Refused: Position X (m): too big: must be ≤ 20');
    const after = await view(page);
    expect(after.length, 'nothing logged').toBe(before.length);
    expect(after.state.items[chair!.id]).toEqual(chair);
  });

  it('a room width out of range: the range is told with the field’s label, in place of the older refusal', async () => {
    const room = page.getByRole('region', { name: 'Room', exact: true });
    const width = room.getByRole('spinbutton', { name: 'Width (m)', exact: true });
    const before = await view(page);
    const shown = String(before.state.room.width);
    expect(await width.inputValue()).toBe(shown);

    await width.fill('0.5');
    await width.press('Enter');
    await expect.poll(alertText).toBe('Width (m) must be between 2 and 12');
    expect(await width.inputValue()).toBe(shown);
    expect(await page.getByRole('alert').count(), 'one notice, the new one').toBe(1);

    // Leaving the field commits too.
    await width.fill('100');
    await width.press('Tab');
    await expect.poll(() => width.inputValue()).toBe(shown);
    expect(await alertText()).toBe('Width (m) must be between 2 and 12');
    expect((await view(page)).length, 'nothing logged').toBe(before.length);
  });
});

// QA: a refusal stayed on screen after the next action went through (a good
// GLB after an empty one; an edit, undo or redo after X = 99).
describe('a refusal is gone once the next action goes through', () => {
  const chairX = async () => {
    const items = page.getByRole('region', { name: 'Items in the room', exact: true });
    await items.getByRole('button', { name: 'Task chair', exact: true }).click();
    return page
      .getByRole('group', { name: 'Task chair', exact: true })
      .getByRole('spinbutton', { name: 'Position X (m)', exact: true });
  };
  const refuseX = async () => {
    const x = await chairX();
    await x.fill('99');
    await x.press('Enter');
    await expect.poll(alertText).toBe('Refused: Position X (m): too big: must be ≤ 20');
  };
  const noAlert = () => expect.poll(() => page.getByRole('alert').count()).toBe(0);

  it('a successful edit, then undo and redo, each replace the refusal before them', async () => {
    await refuseX();
    const before = await view(page);
    const x = await chairX();
    await x.fill('1');
    await x.press('Enter');
    await expect.poll(async () => (await view(page)).length).toBe(before.length + 1);
    await noAlert();
    expect(await page.getByRole('status').first().textContent()).not.toContain('Refused');

    await refuseX();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => x.inputValue()).not.toBe('1');
    await noAlert();

    await refuseX();
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => x.inputValue()).toBe('1');
    await noAlert();
  });

  it('a 0-byte GLB is refused; a good one then is added and the refusal is gone', async () => {
    const glb = page.locator('input[type="file"][aria-label="Import a 3D model (GLB)…"]');
    await glb.setInputFiles({
      name: 'empty.glb',
      mimeType: 'model/gltf-binary',
      buffer: Buffer.alloc(0),
    });
    await expect.poll(alertText).toMatch(/^Model refused: the file is 0 bytes/);
    const before = Object.keys((await view(page)).state.items).length;
    const box = buildGlb({
      meshes: [{ min: [0, 0, 0], max: [0.4, 0.4, 0.4] }],
      nodes: [{ mesh: 0 }],
    });
    await glb.setInputFiles({
      name: 'box.glb',
      mimeType: 'model/gltf-binary',
      buffer: Buffer.from(box),
    });
    await expect
      .poll(async () => Object.keys((await view(page)).state.items).length)
      .toBe(before + 1);
    await noAlert();
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
