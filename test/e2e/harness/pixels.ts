// Reading the WebGL canvas back, and small pure helpers over the pixels.
// The test build renders with preserveDrawingBuffer: true, so the canvas can
// be drawn onto a 2D canvas between frames.
import type { Page } from 'playwright-core';
import type { HosWindow, RendererInfo } from './browser';

export const VIEWPORT_CANVAS = '[data-testid="viewport"] canvas';

/** RGBA pixels, row-major from the top-left, 4 bytes per pixel. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export type Rgb = readonly [number, number, number];

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Reads the canvas as the page sees it now (drawImage onto a 2D canvas, getImageData). */
export async function readCanvas(page: Page, selector = VIEWPORT_CANVAS): Promise<Pixels> {
  const read = await page.evaluate((sel) => {
    const source = document.querySelector(sel);
    if (!(source instanceof HTMLCanvasElement)) return { error: `no <canvas> matches ${sel}` };
    const { width, height } = source;
    if (width === 0 || height === 0) return { error: `canvas ${sel} is ${width}x${height}` };
    const copy = document.createElement('canvas');
    copy.width = width;
    copy.height = height;
    const context = copy.getContext('2d');
    if (context === null) return { error: 'no 2D context' };
    context.drawImage(source, 0, 0);
    const bytes = context.getImageData(0, 0, width, height).data;
    let binary = '';
    const chunk = 0x8000;
    for (let i = 0; i < bytes.length; i += chunk) {
      binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
    }
    return { width, height, base64: btoa(binary) };
  }, selector);
  if ('error' in read) throw new Error(`readCanvas: ${read.error}`);
  const data = new Uint8Array(Buffer.from(read.base64, 'base64'));
  return { width: read.width, height: read.height, data };
}

/** Decodes image file bytes (e.g. an exported PNG) with the page's own decoder, then reads it as `readCanvas` does. */
export async function decodeImage(page: Page, bytes: Uint8Array): Promise<Pixels> {
  const id = 'decoded-image';
  const made = await page.evaluate(
    async ({ base64, id }) => {
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([raw]), {
        colorSpaceConversion: 'none',
        premultiplyAlpha: 'none',
      });
      const canvas = document.createElement('canvas');
      canvas.id = id;
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.style.display = 'none';
      const context = canvas.getContext('2d');
      if (context === null) return 'no 2D context';
      context.drawImage(bitmap, 0, 0);
      bitmap.close();
      document.body.append(canvas);
      return null;
    },
    { base64: Buffer.from(bytes).toString('base64'), id },
  );
  if (made !== null) throw new Error(`decodeImage: ${made}`);
  try {
    return await readCanvas(page, `#${id}`);
  } finally {
    await page.evaluate((id) => document.getElementById(id)?.remove(), id);
  }
}

/** '#b07a4a' or [176, 122, 74] to [r, g, b]. */
export function rgb(colour: string | Rgb): Rgb {
  if (typeof colour !== 'string') return colour;
  const hex = colour.replace(/^#/, '');
  if (!/^[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${colour}`);
  const n = Number.parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const pixelCount = (p: Pixels): number => p.width * p.height;

/** Number of distinct RGB colours; `bits` < 8 quantises each channel first. */
export function distinctColours(p: Pixels, bits = 8): number {
  const shift = 8 - bits;
  const seen = new Set<number>();
  const { data } = p;
  for (let i = 0; i < data.length; i += 4) {
    seen.add(
      ((data[i]! >> shift) << (2 * bits)) |
        ((data[i + 1]! >> shift) << bits) |
        (data[i + 2]! >> shift),
    );
  }
  return seen.size;
}

/** Fraction (0..1) of pixels satisfying `test(r, g, b)`. */
export function fractionWhere(
  p: Pixels,
  test: (r: number, g: number, b: number) => boolean,
): number {
  const { data } = p;
  let hits = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (test(data[i]!, data[i + 1]!, data[i + 2]!)) hits++;
  }
  return hits / pixelCount(p);
}

/** Fraction of pixels whose every channel is within `tolerance` (0..255) of `colour`. */
export function fractionNear(p: Pixels, colour: string | Rgb, tolerance = 24): number {
  const [r0, g0, b0] = rgb(colour);
  return fractionWhere(
    p,
    (r, g, b) =>
      Math.abs(r - r0) <= tolerance &&
      Math.abs(g - g0) <= tolerance &&
      Math.abs(b - b0) <= tolerance,
  );
}

/** Hue (degrees), saturation and value (0..1) of an RGB colour. */
export function hsv([r, g, b]: Rgb): { h: number; s: number; v: number } {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  let h = 0;
  if (d > 0) {
    if (max === r) h = ((g - b) / d + 6) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
  }
  return { h: h * 60, s: max === 0 ? 0 : d / max, v: max / 255 };
}

/**
 * Fraction of pixels of the same hue family as `colour`: hue within
 * `hueTolerance` degrees and saturation within `satTolerance`, at any
 * brightness above `minValue`. Lighting and tone mapping change a surface's
 * brightness far more than its hue, so this finds a material under any light.
 */
export function fractionNearHue(
  p: Pixels,
  colour: string | Rgb,
  { hueTolerance = 12, satTolerance = 0.2, minValue = 0.12 } = {},
): number {
  const target = hsv(rgb(colour));
  return fractionWhere(p, (r, g, b) => {
    const c = hsv([r, g, b]);
    if (c.v < minValue) return false;
    const dh = Math.abs(c.h - target.h);
    return Math.min(dh, 360 - dh) <= hueTolerance && Math.abs(c.s - target.s) <= satTolerance;
  });
}

/** Mean RGB of a region (default: the whole canvas), in canvas pixels. */
export function meanColour(p: Pixels, region?: Region): Rgb {
  const x0 = Math.max(0, Math.floor(region?.x ?? 0));
  const y0 = Math.max(0, Math.floor(region?.y ?? 0));
  const x1 = Math.min(p.width, x0 + Math.floor(region?.width ?? p.width));
  const y1 = Math.min(p.height, y0 + Math.floor(region?.height ?? p.height));
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * p.width + x) * 4;
      r += p.data[i]!;
      g += p.data[i + 1]!;
      b += p.data[i + 2]!;
      n++;
    }
  }
  if (n === 0) throw new Error('meanColour: empty region');
  return [r / n, g / n, b / n];
}

/** Fraction of pixels where some channel differs by more than `tolerance` between two reads. */
export function diffFraction(a: Pixels, b: Pixels, tolerance = 8): number {
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`diffFraction: ${a.width}x${a.height} vs ${b.width}x${b.height}`);
  }
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i]! - b.data[i]!) > tolerance ||
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) > tolerance ||
      Math.abs(a.data[i + 2]! - b.data[i + 2]!) > tolerance
    ) {
      changed++;
    }
  }
  return changed / pixelCount(a);
}

/** The `n` most frequent colours (channels quantised to `bits`), for failure messages. */
export function topColours(p: Pixels, n = 8, bits = 4): { hex: string; fraction: number }[] {
  const shift = 8 - bits;
  const counts = new Map<string, number>();
  for (let i = 0; i < p.data.length; i += 4) {
    const q = (v: number) => ((v >> shift) << shift) + (1 << shift) / 2;
    const hex = `#${[p.data[i]!, p.data[i + 1]!, p.data[i + 2]!]
      .map((v) => Math.min(255, q(v)).toString(16).padStart(2, '0'))
      .join('')}`;
    counts.set(hex, (counts.get(hex) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([hex, count]) => ({ hex, fraction: count / pixelCount(p) }));
}

async function assertHooks(page: Page): Promise<void> {
  const has = await page.evaluate(() => (window as HosWindow).__HOS_TEST__ !== undefined);
  if (!has)
    throw new Error('window.__HOS_TEST__ is missing: not a `vite build --mode test` build?');
}

/** three's renderer.info after the last frame (test build only). */
export async function rendererInfo(page: Page): Promise<RendererInfo> {
  await assertHooks(page);
  return page.evaluate(() => (window as HosWindow).__HOS_TEST__!.renderer());
}

/** Frames rendered so far (test build only). */
export async function framesRendered(page: Page): Promise<number> {
  await assertHooks(page);
  return page.evaluate(() => (window as HosWindow).__HOS_TEST__!.frames());
}

/** The folded office state (test build only). */
export async function officeState(page: Page): Promise<unknown> {
  await assertHooks(page);
  return page.evaluate(() => (window as HosWindow).__HOS_TEST__!.state());
}

/** Waits until more than `after` frames have rendered (e.g. after an edit). */
export async function waitForFrameAfter(
  page: Page,
  after: number,
  timeoutMs = 30_000,
): Promise<number> {
  await page.waitForFunction(
    (n) => ((window as HosWindow).__HOS_TEST__?.frames() ?? 0) > n,
    after,
    { timeout: timeoutMs, polling: 50 },
  );
  return framesRendered(page);
}
