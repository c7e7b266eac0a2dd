// Issue 4 in the running app: start the office system, file a paper
// document at the smart binder's terminal, find it again by name; the
// outcome names the slot and the slot lights up in the room (yellow pixels on
// the binder's front). The office and its device events survive a reload; a
// refused command says why.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlacedItem } from '../../src/core/office-state';
import { crop, logEvents, reloadApp, screenRegion, view, waitSaved } from './harness/app';
import { collectPageErrors, openApp, waitForIdle } from './harness/browser';
import { fractionWhere, hsv, type Pixels, readCanvas, topColours } from './harness/pixels';
import { setupBrowserSession } from './harness/session';

const DOC = 'Villa sketch A2';
const FOUND = new RegExp(`^“${DOC}” is in slot ([\\w-]+): the slot lights up and beeps\\.$`);
const EMPTY_QUERY_REFUSAL = 'Refused: type a file name or some related information first';

/**
 * The slot light: #ffd54a with an emissive #ffc400, hue ≈ 45°. The desk
 * wood (≈ 30°) and the terracotta rug (≈ 23°) are well outside ±8°.
 */
const isSlotYellow = (r: number, g: number, b: number): boolean => {
  const c = hsv([r, g, b]);
  return Math.abs(c.h - 46) <= 8 && c.s >= 0.5 && c.v >= 0.75;
};
/** A busy device's status light, #2f7bff (hue ≈ 218°), drawn unlit. */
const isBusyBlue = (r: number, g: number, b: number): boolean => {
  const c = hsv([r, g, b]);
  return Math.abs(c.h - 218) <= 10 && c.s >= 0.6 && c.v >= 0.8;
};
/** A device needing a hand: #ff2d2d (hue 0°), drawn unlit. */
const isFaultRed = (r: number, g: number, b: number): boolean => {
  const c = hsv([r, g, b]);
  return (c.h <= 6 || c.h >= 354) && c.s >= 0.7 && c.v >= 0.85;
};
const yellowPixels = (p: Pixels): number =>
  Math.round(fractionWhere(p, isSlotYellow) * p.width * p.height);

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];
let binder: PlacedItem;

const devices = () => page.getByRole('region', { name: 'Office devices', exact: true });
const outcome = () => devices().locator('.device-outcome');

/**
 * Zooms the 3D view in with the mouse wheel, as a person looking closer
 * would: the room opens framed whole, the binder too small to see a slot.
 */
async function lookCloser(): Promise<void> {
  const box = (await page.getByTestId('viewport').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -120);
  await waitForIdle(page);
}

/** Pixels on and around the binder's front. */
async function binderPixels(): Promise<Pixels> {
  await waitForIdle(page);
  const region = await screenRegion(
    page,
    { x: binder.x, z: binder.z, width: 0.8, depth: 0.35, height: 1.1 },
    8,
  );
  return crop(await readCanvas(page), region);
}

beforeAll(async () => {
  page = await session.newPage();
  pageErrors = collectPageErrors(page);
  await openApp(page);
  await lookCloser();
  const { state } = await view(page);
  binder = Object.values(state.items).find((i) => i.kind === 'smartBinder')!;
  expect(binder, 'the default room has a smart binder').toBeDefined();
});

afterAll(async () => {
  await page?.close();
});

describe('the office system at the binder terminal', () => {
  it('starts the office system', async () => {
    const before = await view(page);
    await devices().getByText('The devices in the room are idle').waitFor();
    await devices().getByRole('button', { name: 'Start the office system', exact: true }).click();
    await devices()
      .getByText(/^Office time \d\d:\d\d:\d\d$/)
      .waitFor();
    await devices().getByRole('group', { name: 'Binder terminal', exact: true }).waitFor();
    // Device states read as words, not as XState paths.
    await devices().getByText('Smart binder: ready', { exact: true }).waitFor();
    const added = (await logEvents(page)).slice(before.length).map((e) => e.type);
    expect(added).toContain('OfficeSystemStarted');
    // Every device idle: running to the next event says there is none, and logs nothing.
    const length = (await logEvents(page)).length;
    await devices()
      .getByRole('button', { name: 'Run to the next device event', exact: true })
      .click();
    await expect
      .poll(() => outcome().textContent())
      .toBe('No device has a timed step coming: the next move is yours.');
    expect((await logEvents(page)).length).toBe(length);
  });

  it('files a paper document, finds it by name, and the slot lights up', async () => {
    const terminal = devices().getByRole('group', { name: 'Binder terminal', exact: true });
    const dark = await binderPixels();
    const yellowBefore = yellowPixels(dark);
    expect(yellowBefore, JSON.stringify(topColours(dark))).toBeLessThan(5);

    await terminal.getByRole('textbox', { name: 'Document name', exact: true }).fill(DOC);
    await terminal
      .getByRole('combobox', { name: 'Category', exact: true })
      .selectOption('sketches');
    await terminal.getByRole('button', { name: 'File the paper', exact: true }).click();
    await expect
      .poll(() => outcome().textContent())
      .toMatch(new RegExp(`^“${DOC}” filed in slot sketches-\\d+\\.$`));
    const filedSlot = /slot ([\w-]+)\.$/.exec((await outcome().textContent()) ?? '')![1];

    const before = await view(page);
    await terminal
      .getByRole('textbox', { name: 'File name or related information', exact: true })
      .fill('Villa sketch');
    await terminal.getByRole('button', { name: 'Find', exact: true }).click();
    await expect.poll(() => outcome().textContent()).toMatch(FOUND);
    const slot = FOUND.exec((await outcome().textContent()) ?? '')![1];
    expect(slot).toBe(filedSlot);

    const signalled = (await logEvents(page))
      .slice(before.length)
      .find((e) => e.type === 'BinderSlotSignalled');
    expect(signalled?.payload).toMatchObject({ deviceId: binder.id, slotId: slot, name: DOC });
    await devices().getByText('Smart binder: signalling a slot', { exact: true }).waitFor();

    const lit = await binderPixels();
    // The lit slot covers ≈ 59 pixels after lookCloser(), none before.
    const yellowAfter = yellowPixels(lit);
    expect(yellowAfter, JSON.stringify({ yellowBefore, top: topColours(lit) })).toBeGreaterThan(20);
  });

  it('shows device states and binder categories in 简体中文 too', async () => {
    await page
      .getByRole('combobox', { name: 'Language', exact: true })
      .selectOption({ label: '简体中文' });
    const zhDevices = page.getByRole('region', { name: '办公设备', exact: true });
    await zhDevices.getByText('电子书夹：正在提示位置', { exact: true }).waitFor();
    // The last command's outcome is re-worded too, not left in English.
    expect(await zhDevices.locator('.device-outcome').textContent()).toMatch(
      new RegExp(`^“${DOC}”在插槽 草图-\\d+：插槽亮灯并发声。$`),
    );
    const categories = await zhDevices
      .getByRole('combobox', { name: '类别', exact: true })
      .locator('option')
      .allTextContents();
    expect(categories).toEqual(['草图', '文件', '合同']);
    await page
      .getByRole('combobox', { name: '语言', exact: true })
      .selectOption({ label: 'English' });
    await devices().getByText('Smart binder: signalling a slot', { exact: true }).waitFor();
  });

  it('after a reload the office is still started, its events still logged, the slot still lit', async () => {
    await waitSaved(page);
    const logBefore = await logEvents(page);
    await reloadApp(page);
    await lookCloser();
    expect(await logEvents(page)).toEqual(logBefore);
    const types = new Set(logBefore.map((e) => e.type));
    for (const t of ['OfficeSystemStarted', 'BinderDocumentFiled', 'BinderSlotSignalled']) {
      expect(types).toContain(t);
    }
    await devices()
      .getByText(/^Office time \d\d:\d\d:\d\d$/)
      .waitFor();
    expect(
      await devices().getByRole('button', { name: 'Start the office system', exact: true }).count(),
    ).toBe(0);
    expect(yellowPixels(await binderPixels())).toBeGreaterThan(20);
  });

  it('a Find with an empty query is refused with the reason', async () => {
    const terminal = devices().getByRole('group', { name: 'Binder terminal', exact: true });
    const query = terminal.getByRole('textbox', {
      name: 'File name or related information',
      exact: true,
    });
    await query.fill('');
    const before = await view(page);
    await terminal.getByRole('button', { name: 'Find', exact: true }).click();
    await expect.poll(() => outcome().textContent()).toBe(EMPTY_QUERY_REFUSAL);
    const added = (await logEvents(page)).slice(before.length).map((e) => e.type);
    expect(added).toContain('CommandRefused');
    expect(added).not.toContain('BinderSlotSignalled');
    // The room is as it was: a refusal moves nothing.
    expect((await view(page)).state.items).toEqual(before.state.items);
  });

  it('taking the found sketch out turns its light off; put back in another sleeve, the binder reports it', async () => {
    const paper = devices().getByRole('region', {
      name: 'Paper documents in the binder',
      exact: true,
    });
    const item = paper.getByRole('listitem').filter({ hasText: DOC });
    await expect
      .poll(() => item.locator('.paper-where').textContent())
      .toMatch(/· lit and beeping$/);
    await paper.getByRole('button', { name: `Take out “${DOC}”`, exact: true }).click();
    await expect.poll(() => outcome().textContent()).toMatch(/^Taken out of slot sketches-\d+\.$/);
    await devices().getByText('Smart binder: ready', { exact: true }).waitFor();
    // The sleeve is dark again: the person has the paper in hand.
    await expect
      .poll(async () => yellowPixels(await binderPixels()), { timeout: 5_000 })
      .toBeLessThan(5);

    const slot = paper.getByRole('combobox', { name: `Slot for “${DOC}”`, exact: true });
    const options = await slot
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await slot.selectOption(options[1]!);
    const before = (await logEvents(page)).length;
    await paper.getByRole('button', { name: `Put back “${DOC}”`, exact: true }).click();
    await expect
      .poll(() => outcome().textContent())
      .toBe(`Misfile reported: put in slot ${options[1]}, it belongs in ${options[0]}.`);
    expect(await item.locator('.paper-where').textContent()).toBe(
      `in slot ${options[1]}, but it belongs in ${options[0]}`,
    );
    const added = (await logEvents(page)).slice(before);
    expect(added.find((e) => e.type === 'BinderMisfileDetected')?.payload).toMatchObject({
      expectedSlotId: options[0],
      actualSlotId: options[1],
    });
  });

  it('the device buttons follow the statecharts: a note goes from the e-board to the computer and out to the client', async () => {
    const before = await view(page);
    const board = devices().getByRole('group', { name: 'E-board controls', exact: true });
    const button = (group: typeof board, name: string) =>
      group.getByRole('button', { name, exact: true });
    // Idle: only starting a page (or charging) makes sense, and its light is off.
    expect(await button(board, 'Write 50 strokes').isDisabled()).toBe(true);
    const eboard = before.state.items['eboard-1']!;
    const overBoard = async () => {
      await waitForIdle(page);
      const box = { x: eboard.x, z: eboard.z, width: 0.35, depth: 0.35, height: 1.0 };
      const p = crop(await readCanvas(page), await screenRegion(page, box, 6));
      return Math.round(fractionWhere(p, isBusyBlue) * p.width * p.height);
    };
    const dark = await overBoard();
    expect(dark).toBeLessThan(3);
    await button(board, 'Start a note page').click();
    await expect.poll(() => button(board, 'Write 50 strokes').isDisabled()).toBe(false);
    // Capturing: a blue status light over the e-board.
    await expect.poll(overBoard, { timeout: 5_000 }).toBeGreaterThan(dark + 8);
    expect(await button(board, 'Start a note page').isDisabled()).toBe(true);
    await button(board, 'Write 50 strokes').click();
    await button(board, 'End the page').click();
    await devices().getByText('E-board: saving the page', { exact: true }).waitFor();

    // Save, upload, convert: the computer's inbox fills, and "open" becomes possible.
    const computer = devices().getByRole('group', { name: 'Computer controls', exact: true });
    const open = button(computer, 'Open the next received file');
    const next = devices().getByRole('button', {
      name: 'Run to the next device event',
      exact: true,
    });
    for (let i = 0; i < 6 && (await open.isDisabled()); i++) await next.click();
    expect(await open.isDisabled()).toBe(false);
    await open.click();
    await devices().getByText('Computer: editing', { exact: true }).waitFor();
    const router = devices().getByRole('group', { name: 'Router controls', exact: true });
    const shareButton = button(router, 'Share the latest file with the client');
    // Opened, not yet saved: not ready to go out.
    expect(await shareButton.isDisabled()).toBe(true);
    await button(computer, 'Save a version').click();
    for (let i = 0; i < 4 && (await shareButton.isDisabled()); i++) await next.click();
    await button(computer, 'Close the file').click();

    await shareButton.click();
    await expect.poll(() => outcome().textContent()).toMatch(/^\d+ events logged\.$/);

    const added = (await logEvents(page)).slice(before.length);
    const types = added.map((e) => e.type);
    for (const t of [
      'EBoardCaptureStarted',
      'EBoardPageConverted',
      'ComputerAssetReceived',
      'EditingSessionStarted',
      'AssetShareSent',
    ]) {
      expect(types).toContain(t);
    }
    const converted = added.find((e) => e.type === 'EBoardPageConverted')!;
    const sent = added.find((e) => e.type === 'AssetShareSent')!;
    expect((sent.payload as { assetId: string }).assetId).toBe(
      (converted.payload as { pageId: string }).pageId,
    );
    expect(types).not.toContain('CommandRefused');

    // The document index: the note has gone through the essay's three stages.
    const material = devices().getByRole('region', { name: 'Material', exact: true });
    const noteRow = material.getByRole('row', { name: /^Note \d+ ?note · E-board/ });
    const title = (await noteRow.locator('.material-title').textContent())!;
    await expect
      .poll(async () => noteRow.getByRole('cell').allTextContents())
      .toEqual(['Output · 1 version · shared onceClient: sending', '—']);
    // The share goes on by itself: delivered, viewed, and the client's feedback comes back.
    const shareLine = noteRow.locator('.material-share');
    for (let i = 0; i < 6 && !/feedback/.test((await shareLine.textContent()) ?? ''); i++) {
      await next.click();
    }
    expect(await shareLine.textContent()).toMatch(
      /^Client: feedback received \((approved|changes requested)\)$/,
    );
    // Its paper original goes into the binder from the terminal, linked to it.
    await devices()
      .getByRole('combobox', { name: 'Paper original of', exact: true })
      .selectOption({ label: title });
    expect(
      await devices().getByRole('textbox', { name: 'Document name', exact: true }).inputValue(),
    ).toBe(title);
    await devices().getByRole('button', { name: 'File the paper', exact: true }).click();
    await expect.poll(() => outcome().textContent()).toMatch(/^“Note \d+” filed in slot [\w-]+\.$/);
    const slot = /slot ([\w-]+)\.$/.exec((await outcome().textContent())!)![1];
    expect(await noteRow.getByRole('cell').last().textContent()).toBe(`Binder slot ${slot}`);

    // Back on the timeline, the panel shows the devices as they were then, like the lights.
    await devices().getByText('E-board: synced', { exact: true }).waitFor();
    await page.getByRole('slider', { name: 'Event', exact: true }).fill(String(before.length));
    await devices().getByText('E-board: idle', { exact: true }).waitFor();
    expect(await button(board, 'Start a note page').isDisabled()).toBe(true);
    expect(await material.getByRole('row', { name: new RegExp(`^${title} `) }).count()).toBe(0);
    await page.getByRole('button', { name: 'Back to now', exact: true }).click();
    await devices().getByText('E-board: synced', { exact: true }).waitFor();
  });

  it('a printer placed after the start is offered to join, and joins the running office', async () => {
    const { state } = await view(page);
    const printer = {
      ...state.items['aio-1']!,
      id: 'printer-9',
      kind: 'printer',
      x: -2.2,
      z: -1.2,
    };
    const ok = await page.evaluate(
      (item) =>
        (
          window as unknown as {
            __HOS_TEST__: { store: { edit(e: unknown[]): { ok: boolean } } };
          }
        ).__HOS_TEST__.store.edit([
          { type: 'ItemPlaced', payload: { item }, meta: { gesture: 'place-printer-9' } },
        ]).ok,
      printer,
    );
    expect(ok).toBe(true);
    await devices()
      .getByText('Printer came into the room after the office system started.', { exact: true })
      .waitFor();
    const stateBefore = await devices()
      .getByText(/^Smart binder: /)
      .textContent();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    // The placement can be undone, until a command at the office makes the day go on from it.
    expect(await undo.isDisabled()).toBe(false);
    await devices()
      .getByRole('button', { name: 'Connect to the office system', exact: true })
      .click();
    await expect.poll(() => undo.isDisabled()).toBe(true);
    await devices().getByText('Printer: idle', { exact: true }).waitFor();
    await devices().getByRole('group', { name: 'Printer controls', exact: true }).waitFor();
    expect(
      await devices()
        .getByText(/came into the room/)
        .count(),
    ).toBe(0);
    // The devices already running go on as they were.
    expect(
      await devices()
        .getByText(/^Smart binder: /)
        .textContent(),
    ).toBe(stateBefore);
    expect((await logEvents(page)).at(-1)?.type).toBe('DevicesJoined');
  });

  it('a jam on demand stops the printer at the end of the page; a red light asks for a hand', async () => {
    const aio = devices().getByRole('group', { name: 'All-in-one printer controls', exact: true });
    const button = (name: string) => aio.getByRole('button', { name, exact: true });
    const next = devices().getByRole('button', {
      name: 'Run to the next device event',
      exact: true,
    });
    const printer = (await view(page)).state.items['aio-1']!;
    const overPrinter = async () => {
      await waitForIdle(page);
      // Tall enough for a light over a printer standing on a cabinet.
      const box = { x: printer.x, z: printer.z, width: 0.5, depth: 0.5, height: 1.6 };
      const p = crop(await readCanvas(page), await screenRegion(page, box, 6));
      return Math.round(fractionWhere(p, isFaultRed) * p.width * p.height);
    };
    const before = await overPrinter();
    await button('Copy 2 pages').click();
    const jam = button('Jam this page (demo)');
    for (let i = 0; i < 4 && (await jam.isDisabled()); i++) await next.click();
    await jam.click();
    await expect
      .poll(() => outcome().textContent())
      .toBe('The page going through now will jam when it ends (a demo fault).');
    // Set to jam: a second press would change nothing.
    expect(await jam.isDisabled()).toBe(true);
    await next.click();
    await devices().getByText('All-in-one printer: paper jam', { exact: true }).waitFor();
    await expect.poll(overPrinter, { timeout: 5_000 }).toBeGreaterThan(before + 8);
    expect((await logEvents(page)).map((e) => e.type)).toContain('PrinterJammed');
    await button('Clear the jam').click();
    await expect.poll(overPrinter, { timeout: 5_000 }).toBeLessThan(before + 3);
  });

  it('a device taken out of the room keeps its state but takes no more commands', async () => {
    // As the Delete key would: one ItemsRemoved (through the test build's store).
    const ok = await page.evaluate(
      () =>
        (
          window as unknown as {
            __HOS_TEST__: { store: { edit(e: unknown[]): { ok: boolean } } };
          }
        ).__HOS_TEST__.store.edit([{ type: 'ItemsRemoved', payload: { ids: ['recorder-1'] } }]).ok,
    );
    expect(ok).toBe(true);
    await devices()
      .getByText('Audio recorder (removed from the room): idle', { exact: true })
      .waitFor();
    const recorder = devices().getByRole('group', {
      name: 'Audio recorder (removed from the room) controls',
      exact: true,
    });
    expect(await recorder.getByRole('button', { name: 'Record', exact: true }).isDisabled()).toBe(
      true,
    );
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
