// The device status lights in the default scene, in the default 3D view
// (no zoom): the router stands on the smart binder, yet with both lit their
// two lights show side by side, whole and apart; and the handheld scanner's
// and audio recorder's lights, behind the bookshelf from this angle, still
// show (a light is drawn over the furniture, like a badge). The plan view
// shows every light too.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlacedItem } from '../../src/core/office-state';
import { LIGHT_GAP, LIGHT_SIZE } from '../../src/scene/light-placement';
import { canvasBox, crop, project, type ViewSummary, view } from './harness/app';
import { collectPageErrors, openApp, waitForIdle } from './harness/browser';
import { hsv, type Pixels, type Region, readCanvas, topColours } from './harness/pixels';
import { setupBrowserSession } from './harness/session';

type Test = (r: number, g: number, b: number) => boolean;
/** Busy, #2f7bff (hue ≈ 218°), drawn unlit: the binder signalling, the recorder recording. */
const isBusyBlue: Test = (r, g, b) => {
  const c = hsv([r, g, b]);
  return Math.abs(c.h - 218) <= 10 && c.s >= 0.6 && c.v >= 0.8;
};
/** Needing a hand, #ff2d2d (hue 0°): the router offline. */
const isFaultRed: Test = (r, g, b) => {
  const c = hsv([r, g, b]);
  return (c.h <= 6 || c.h >= 354) && c.s >= 0.7 && c.v >= 0.85;
};
/** Waiting, #ffb000 (hue ≈ 41°): the scanner waiting for the next pass. */
const isWaitingAmber: Test = (r, g, b) => {
  const c = hsv([r, g, b]);
  return Math.abs(c.h - 41) <= 5 && c.s >= 0.8 && c.v >= 0.85;
};

/** The pixels of one colour in an image: how many, and their centre. */
function blob(p: Pixels, test: Test): { count: number; x: number; y: number } {
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const i = (y * p.width + x) * 4;
      if (!test(p.data[i]!, p.data[i + 1]!, p.data[i + 2]!)) continue;
      count++;
      sx += x;
      sy += y;
    }
  }
  return { count, x: count ? sx / count : Number.NaN, y: count ? sy / count : Number.NaN };
}

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];
let items: ViewSummary['state']['items'];

const devices = () => page.getByRole('region', { name: 'Office devices', exact: true });
const controls = (name: string) =>
  devices().getByRole('group', { name: `${name} controls`, exact: true });
const button = (group: string, name: string) =>
  controls(group).getByRole('button', { name, exact: true });

/** A light's centre height over a stack whose top is at `top`. */
const lightHeight = (top: number): number => top + LIGHT_GAP + LIGHT_SIZE / 2;

/**
 * A light's radius on the canvas, in canvas pixels, at world point (x, y, z):
 * the three axes' half-light lengths projected, as an orthographic view
 * would show a sphere (their squared lengths add up to twice the radius's).
 */
async function lightRadius(x: number, y: number, z: number): Promise<number> {
  const c = await canvasBox(page);
  const centre = await project(page, x, y, z);
  const r = LIGHT_SIZE / 2;
  let sum = 0;
  for (const [dx, dy, dz] of [
    [r, 0, 0],
    [0, r, 0],
    [0, 0, r],
  ] as const) {
    const q = await project(page, x + dx, y + dy, z + dz);
    sum += ((q.x - centre.x) * c.scaleX) ** 2 + ((q.y - centre.y) * c.scaleY) ** 2;
  }
  return Math.sqrt(sum / 2);
}

/** The canvas region `half` canvas pixels around world point (x, y, z). */
async function around(x: number, y: number, z: number, half: number): Promise<Region> {
  const c = await canvasBox(page);
  const p = await project(page, x, y, z);
  const cx = (p.x - c.left) * c.scaleX;
  const cy = (p.y - c.top) * c.scaleY;
  return { x: cx - half, y: cy - half, width: 2 * half, height: 2 * half };
}

/**
 * One device's light in the view now: the pixels of its colour near where a
 * light over it shows (within `reach` metres around), and a whole light's
 * area there in pixels.
 */
async function lightOver(
  item: PlacedItem,
  top: number,
  test: Test,
  reach = 0.3,
): Promise<{ count: number; x: number; y: number; area: number; radius: number }> {
  await waitForIdle(page);
  const y = lightHeight(top);
  const radius = await lightRadius(item.x, y, item.z);
  const half = radius * (1 + reach / (LIGHT_SIZE / 2));
  const image = crop(await readCanvas(page), await around(item.x, y, item.z, half));
  return { ...blob(image, test), area: Math.PI * radius * radius, radius };
}

beforeAll(async () => {
  page = await session.newPage();
  pageErrors = collectPageErrors(page);
  await openApp(page);
  ({
    state: { items },
  } = await view(page));
});

afterAll(async () => {
  await page?.close();
});

describe('device status lights in the default view', () => {
  it('lights the binder, the router on it, the scanner and the recorder', async () => {
    await devices().getByRole('button', { name: 'Start the office system', exact: true }).click();
    await devices()
      .getByText(/^Office time \d\d:\d\d:\d\d$/)
      .waitFor();
    // The router goes offline: a red light.
    await button('Router', 'Go offline').click();
    await devices().getByText('Router: offline', { exact: true }).waitFor();
    // The binder signals a paper's slot: a blue light.
    const terminal = devices().getByRole('group', { name: 'Binder terminal', exact: true });
    await terminal.getByRole('textbox', { name: 'Document name', exact: true }).fill('Plan A3');
    await terminal.getByRole('button', { name: 'File the paper', exact: true }).click();
    await terminal
      .getByRole('textbox', { name: 'File name or related information', exact: true })
      .fill('Plan A3');
    await terminal.getByRole('button', { name: 'Find', exact: true }).click();
    await devices().getByText('Smart binder: signalling a slot', { exact: true }).waitFor();
    // The scanner waits for a pass (amber); the recorder records (blue).
    await button('Handheld scanner', 'Start scanning').click();
    await devices()
      .getByText('Handheld scanner: waiting for the next pass', { exact: true })
      .waitFor();
    await button('Audio recorder', 'Record').click();
    await devices().getByText('Audio recorder: recording', { exact: true }).waitFor();
  });

  it('shows the binder’s and the router’s lights whole and apart', async () => {
    const binder = items['binder-1']!;
    const router = items['router-1']!;
    expect(router.elevation, 'the router stands on the binder').toBeCloseTo(1.1, 6);
    // Both looked for around the router's top, where the binder's light used to sit too.
    const red = await lightOver(router, 1.14, isFaultRed);
    const blue = await lightOver(binder, 1.14, isBusyBlue);
    const seen = JSON.stringify({ red, blue });
    // Each light shows (nearly) a whole disc: neither hides the other, nor sits inside the router.
    expect(red.count, seen).toBeGreaterThan(0.65 * red.area);
    expect(blue.count, seen).toBeGreaterThan(0.65 * blue.area);
    // Apart: their centres more than a light's width from each other, with room between them
    // (drawn where they were, ≈ 4.6 px apart for lights ≈ 8 px across; side by side ≈ 11.5 px).
    const gap = Math.hypot(red.x - blue.x, red.y - blue.y);
    expect(gap, seen).toBeGreaterThan(1.25 * 2 * red.radius);
  });

  it('shows the scanner’s and the recorder’s lights over the bookshelf in front of them', async () => {
    const amber = await lightOver(items['scanner-1']!, 0.83, isWaitingAmber, 0.1);
    expect(amber.count, JSON.stringify(amber)).toBeGreaterThan(0.65 * amber.area);
    const blue = await lightOver(items['recorder-1']!, 0.76, isBusyBlue, 0.1);
    expect(blue.count, JSON.stringify(blue)).toBeGreaterThan(0.65 * blue.area);
  });

  it('shows all four lights in the plan view', async () => {
    await page.getByRole('button', { name: 'Plan view', exact: true }).click();
    await page.getByRole('img', { name: 'Office room, plan view', exact: true }).waitFor();
    await waitForIdle(page);
    const image = await readCanvas(page);
    const counts = {
      red: blob(image, isFaultRed).count,
      blue: blob(image, isBusyBlue).count,
      amber: blob(image, isWaitingAmber).count,
    };
    const radius = await lightRadius(0, 1, 0);
    const area = Math.PI * radius * radius;
    const seen = JSON.stringify({ counts, area, top: topColours(image) });
    expect(counts.red, seen).toBeGreaterThan(0.65 * area);
    // The binder's and the recorder's.
    expect(counts.blue, seen).toBeGreaterThan(2 * 0.65 * area);
    expect(counts.amber, seen).toBeGreaterThan(0.65 * area);
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
