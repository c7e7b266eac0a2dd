// With the UI in 简体中文 (a Chinese browser), a refused import is told in
// Chinese from start to end, and still names the event and the field at
// fault; switching to English re-words the same alert.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAppForFile, setupBrowserSession } from './harness/session';

const session = setupBrowserSession({ locale: 'zh-CN' });
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

interface SceneFile {
  events: { type: string; payload: { item?: Record<string, unknown> } }[];
}

async function importBadScene(spoil: (item: Record<string, unknown>) => void): Promise<number> {
  const file = JSON.parse(await readFile('scenes/default.json', 'utf8')) as SceneFile;
  const index = file.events.findIndex((e) => e.type === 'ItemPlaced');
  spoil(file.events[index]!.payload.item!);
  // The picker is enabled once the whole stored log is in.
  await page
    .getByRole('button', { name: '导入文件', exact: true })
    .and(page.locator(':enabled'))
    .waitFor();
  await page.locator('input[type="file"][aria-label="导入文件"]').setInputFiles({
    name: 'bad.home-office.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  return index;
}

/** ASCII words once the field path is taken out: none in a Chinese sentence. */
const englishWords = (text: string, where: string) =>
  text.replace(where, ' ').match(/[A-Za-z]{2,}/g) ?? [];

describe('a refused import, in 简体中文', () => {
  it('is Chinese from start to end and names the event and the field', async () => {
    const index = await importBadScene((item) => {
      item.x = 'left';
    });
    const alert = page.getByRole('alert').filter({ hasText: '导入被拒绝' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    const where = `events[${index}] (ItemPlaced): payload.item.x`;
    expect(text).toBe(`导入被拒绝：${where}：应为数字，实际为文本`);
    expect(englishWords(text, where)).toEqual([]);
  });

  it('a refusal by the room check too, and English words it again after a switch', async () => {
    const index = await importBadScene((item) => {
      item.x = 19;
    });
    const where = `events[${index}] (ItemPlaced): payload.item.x`;
    const alert = page.getByRole('alert');
    await expect.poll(async () => (await alert.textContent()) ?? '').toContain('超出房间范围');
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/^导入被拒绝：/);
    expect(text).toContain(`${where}：x = 19 超出房间范围`);
    expect(englishWords(text, where)).toEqual([]);

    await page
      .getByRole('combobox', { name: '语言', exact: true })
      .selectOption({ label: 'English' });
    await expect
      .poll(async () => (await alert.textContent()) ?? '')
      .toMatch(
        new RegExp(
          `^Import refused: ${where.replace(/[[\]().]/g, '\\$&')}: x 19 is outside the room`,
        ),
      );
  });

  it('a file that is not an object, then an id that is a reserved name: each says where and why; a good file then replaces the refusal', async () => {
    await page
      .getByRole('combobox', { name: 'Language', exact: true })
      .selectOption({ label: '简体中文' });
    const input = page.locator('input[type="file"][aria-label="导入文件"]');
    const give = (name: string, text: string) =>
      input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const alertText = async () => (await page.getByRole('alert').textContent()) ?? '';

    await give('list.json', '[]');
    await expect.poll(alertText).toBe('导入被拒绝：整个文件：应为对象，实际为数组');

    const index = await importBadScene((item) => {
      item.id = '__proto__';
    });
    await expect
      .poll(alertText)
      .toBe(
        `导入被拒绝：events[${index}] (ItemPlaced): payload.item.id：“__proto__”是保留名称，不能用作编号`,
      );

    await give('good.home-office.json', await readFile('scenes/default.json', 'utf8'));
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await expect.poll(() => page.getByText(/^已将“.+”导入为新分支。$/).count()).toBe(1);
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
