// Exports show the room as designed: the selection box, the room and
// rotation handles and the layout warnings are editing aids. They stay on
// screen, stay out of the PNG and the GLB, and exporting keeps the selection.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForIdle } from './harness/browser';
import {
  decodeImage,
  diffFraction,
  fractionWhere,
  hsv,
  type Pixels,
  readCanvas,
  topColours,
} from './harness/pixels';
import { openAppForFile, setupBrowserSession } from './harness/session';

/** Names the scene gives its editing aids (src/scene: Markers, RoomHandles, RotateHandle, PolygonDrawer). */
const AID_NODES = [
  'editor-aids',
  'markers',
  'room-handles',
  'handle-width',
  'handle-depth',
  'rotate-handle',
  'polygon-drawer',
  'drawing-floor',
];

/**
 * The aids' blue (#1f6fd1, hue ≈ 213°) after tone mapping: strongly
 * saturated, hue 200–230°. Nothing of the default room is: its glass is a
 * pale #cfe3ec (saturation ≈ 0.13).
 */
const aidBlue = (p: Pixels): number =>
  fractionWhere(p, (r, g, b) => {
    const c = hsv([r, g, b]);
    return c.h >= 200 && c.h <= 230 && c.s > 0.5 && c.v > 0.3;
  });

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

async function download(name: string): Promise<Buffer> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  return readFile(await (await waiting).path());
}

const shelfButton = () =>
  page
    .getByRole('region', { name: 'Items in the room', exact: true })
    .getByRole('button', { name: 'Bookshelf', exact: true });

describe('exports leave the editing aids out', () => {
  it('selects the bookshelf: its blue box and the handles are on screen', async () => {
    await shelfButton().click();
    await expect.poll(() => shelfButton().getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('group', { name: 'Bookshelf', exact: true }).waitFor();
    // The handles and ring come with the editor code, after the first frame.
    await expect
      .poll(async () => {
        await waitForIdle(page);
        return aidBlue(await readCanvas(page));
      })
      .toBeGreaterThan(0.0005);
  });

  it('the PNG shows the same view without the aids, and the screen keeps them', async () => {
    await waitForIdle(page);
    const before = await readCanvas(page);
    const png = await decodeImage(page, await download('Export view (PNG)'));
    const after = await readCanvas(page);
    const context = JSON.stringify({
      screen: aidBlue(before),
      png: aidBlue(png),
      after: aidBlue(after),
      top: topColours(png, 10),
    });
    expect(png.width, context).toBe(before.width);
    expect(png.height, context).toBe(before.height);
    expect(aidBlue(png), context).toBe(0);
    // The same view otherwise: only the aids' thin lines and small handles differ.
    expect(diffFraction(png, before, 16), context).toBeLessThan(0.02);
    // Drawn back at once: the screen shows the aids as before the export.
    expect(aidBlue(after), context).toBeGreaterThan(0.0005);
    expect(diffFraction(after, before), context).toBeLessThan(0.001);
  });

  it('the GLB keeps the bookshelf selected and holds no aid', async () => {
    const bytes = await download('Export 3D model (GLB)');
    // The selection is the user's: the list, the inspector and the view still show it.
    expect(await shelfButton().getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('group', { name: 'Bookshelf', exact: true }).waitFor({ timeout: 2000 });
    await waitForIdle(page);
    expect(aidBlue(await readCanvas(page))).toBeGreaterThan(0.0005);
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('glTF');
    const json = JSON.parse(bytes.subarray(20, 20 + bytes.readUInt32LE(12)).toString('utf8')) as {
      nodes: { name?: string }[];
    };
    const names = json.nodes.map((n) => n.name ?? '');
    expect(names).toContain('room');
    expect(names).toContain('items');
    expect(names.filter((n) => AID_NODES.includes(n))).toEqual([]);
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
