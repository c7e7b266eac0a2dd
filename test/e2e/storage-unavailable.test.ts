// Issue 3: IndexedDB unavailable (private mode, a blocked profile) or
// failing writes: the app says it is not saving, keeps working in memory,
// and offers the export that keeps the work.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { view } from './harness/app';
import { newGuardedContext, openApp } from './harness/browser';
import { setupBrowserSession } from './harness/session';

const session = setupBrowserSession();
let page: Page;

beforeAll(async () => {
  const { context } = await newGuardedContext(session.browser, session.baseURL);
  // As in a browser whose storage is disabled: opening a database throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      },
    });
  });
  page = await context.newPage();
  await openApp(page);
});

afterAll(async () => {
  await page?.context().close();
});

describe('storage unavailable', () => {
  it('says the office is not being saved and offers the export', async () => {
    const status = page.getByTestId('unsaved-count');
    await expect.poll(async () => (await status.textContent()) ?? '').toContain('Not saving');
    expect(await status.textContent()).toContain('export');
    expect((await view(page)).storage).toMatchObject({
      kind: 'memory',
      reason: { kind: 'storage', error: { code: 'unavailable' } },
    });
    await page.getByRole('button', { name: 'Export branch', exact: true }).waitFor();
  });

  it('says why in the language shown, quoting the browser’s own message', async () => {
    const status = page.getByTestId('unsaved-count');
    const browserSaid = 'SecurityError: The user denied permission to access the database.';
    expect(await status.textContent()).toBe(
      'Not saving: the browser does not let this site store data (a private window, or site data ' +
        `blocked) (the browser said: ${browserSaid}). Your work stays in this tab; export it to keep it.`,
    );
    const language = page.getByRole('combobox', { name: 'Language', exact: true });
    await language.selectOption({ label: '简体中文' });
    await expect
      .poll(async () => (await status.textContent()) ?? '')
      .toBe(
        '无法保存：浏览器不允许本网站存储数据（可能是隐私窗口，或网站数据被阻止）' +
          `（浏览器报告：${browserSaid}）。工作仍保留在此标签页中，请导出以免丢失。`,
      );
    await page
      .getByRole('combobox', { name: '语言', exact: true })
      .selectOption({ label: 'English' });
    await expect.poll(async () => (await status.textContent()) ?? '').toContain('Not saving');
  });

  it('keeps working in memory: edits, undo and the room as it was', async () => {
    const before = await view(page);
    await page.getByRole('button', { name: 'Place Task chair', exact: true }).click();
    await expect.poll(async () => (await view(page)).length).toBe(before.length + 1);
    const chairs = Object.values((await view(page)).state.items).filter(
      (i) => i.kind === 'chairTask',
    );
    expect(chairs.length).toBe(
      Object.values(before.state.items).filter((i) => i.kind === 'chairTask').length + 1,
    );
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await view(page)).state.items).toEqual(before.state.items);
  });

  it('exports the branch as a file in the shared format', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export branch', exact: true }).click();
    const file = await download;
    const path = await file.path();
    const parsed = JSON.parse(await readFile(path, 'utf8')) as {
      format: string;
      events: unknown[];
    };
    expect(parsed.format).toBe('home-office-sim');
    expect(parsed.events.length).toBe((await view(page)).length);
  });
});
