// An instructor's link to an example room (?scene=…) in the running app: it
// opens the example as a branch of its own and then leaves the address, so
// a reload keeps the branch the person moved to; the link again brings the
// person back to their edited copy and says so; the picker follows the
// branch shown and gives the example as published.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { itemsOfKind, reloadApp, view, waitSaved } from './harness/app';
import { collectPageErrors, openApp } from './harness/browser';
import { setupBrowserSession } from './harness/session';

const session = setupBrowserSession();
const EXAMPLE = 'Separate printer, copier and scanner';

describe('a link to an example room', () => {
  it('opens it once, keeps the person’s branch on reload, and leads back to their copy', async () => {
    const page: Page = await session.newPage();
    const errors = collectPageErrors(page);
    const picker = () => page.getByRole('combobox', { name: 'Example rooms', exact: true });
    const branchSelect = () => page.getByRole('combobox', { name: 'Current branch', exact: true });

    await openApp(page, '/?scene=separate-devices');
    const opened = await view(page);
    // Named after the example as the picker names it.
    expect(opened.branch.name).toBe(EXAMPLE);
    expect(await itemsOfKind(page, 'copier')).toHaveLength(1);
    // The address no longer asks for the example: a reload restores what the person chose.
    expect(new URL(page.url()).searchParams.has('scene')).toBe(false);
    expect(await picker().inputValue()).toBe('separate-devices');

    await page.getByRole('button', { name: 'Place Task chair', exact: true }).click();
    const chairs = (await itemsOfKind(page, 'chairTask')).length;
    const main = opened.branches.find((b) => b.id !== opened.branch.id)!;
    await branchSelect().selectOption(main.id);
    await expect.poll(async () => (await view(page)).branch.id).toBe(main.id);
    expect(await picker().inputValue()).toBe('default');
    await waitSaved(page);
    await reloadApp(page);
    expect((await view(page)).branch.id).toBe(main.id);

    // The link again: the person's own copy, edited since, named with its example.
    await openApp(page, '/?scene=separate-devices');
    const back = await view(page);
    expect(back.branch.id).toBe(opened.branch.id);
    expect(await itemsOfKind(page, 'chairTask')).toHaveLength(chairs);
    await expect
      .poll(() => page.getByText(`This is your copy of the example “${EXAMPLE}”`).count())
      .toBe(1);

    // "Open example" on the copy: the same example, as published, in a branch of its own.
    // By keyboard: focus stays on the button while the example opens and after.
    await page.getByRole('button', { name: 'Open example', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await view(page)).branches.length).toBe(3);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open example');
    const fresh = await view(page);
    expect(fresh.branch.name).toBe(`${EXAMPLE} (2)`);
    expect(await itemsOfKind(page, 'chairTask')).toHaveLength(chairs - 1);
    expect(await itemsOfKind(page, 'copier')).toHaveLength(1);
    await expect
      .poll(() =>
        page
          .getByText(`Opened “${EXAMPLE} (2)”: a new branch with the example as published.`)
          .count(),
      )
      .toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
