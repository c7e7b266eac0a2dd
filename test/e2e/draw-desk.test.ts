// Issue 5: "an irregular desk drawn as a polygon". A person clicks corners
// on the floor, presses Enter, and the desk stands there with that outline.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logEvents, project, view } from './harness/app';
import { waitForIdle } from './harness/browser';
import { diffFraction, readCanvas } from './harness/pixels';
import { openAppForFile, setupBrowserSession } from './harness/session';

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

describe('drawing an irregular desk', () => {
  it('clicks four corners on the floor, Enter places a desk with that outline', async () => {
    const before = await view(page);
    const pixelsBefore = await readCanvas(page);
    await page.getByRole('button', { name: 'Draw an irregular desk', exact: true }).click();
    // A free patch of floor in the default room, on the 5 cm grid.
    const corners = [
      [-1.6, 0.3],
      [-0.6, 0.3],
      [-0.7, 1.1],
      [-1.5, 1.3],
    ] as const;
    for (const [x, z] of corners) {
      const p = await project(page, x, 0, z);
      await page.mouse.click(p.x, p.y);
    }
    await page.getByText('4 corners', { exact: false }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await view(page)).length).toBe(before.length + 1);
    const last = (await logEvents(page)).at(-1)!;
    expect(last.type).toBe('ItemPlaced');
    const item = (
      last.payload as { item: { kind: string; x: number; z: number; points: [number, number][] } }
    ).item;
    expect(item.kind).toBe('deskPolygon');
    const world = item.points.map(([px, pz]) => [
      +(px + item.x).toFixed(2),
      +(pz + item.z).toFixed(2),
    ]);
    expect(world).toEqual(corners.map(([x, z]) => [x, z]));
    await waitForIdle(page);
    expect(diffFraction(pixelsBefore, await readCanvas(page))).toBeGreaterThan(0.005);
  });

  it('Escape while drawing cancels without changing the room', async () => {
    const before = await view(page);
    await page.getByRole('button', { name: 'Draw an irregular desk', exact: true }).click();
    const p = await project(page, 1, 0, 1);
    await page.mouse.click(p.x, p.y);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Draw an irregular desk', exact: true }).waitFor();
    expect((await view(page)).length).toBe(before.length);
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
