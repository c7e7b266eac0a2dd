// The first slice through the app in a real browser: the default room renders
// in WebGL, a control found by role and name works, and nothing leaves
// 127.0.0.1. Assertions are on pixels, renderer.info and the DOM, never timing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasBox, crop, project } from './harness/app';
import { newGuardedContext, waitForIdle } from './harness/browser';
import {
  diffFraction,
  distinctColours,
  fractionNear,
  framesRendered,
  hsv,
  meanColour,
  officeState,
  type Pixels,
  readCanvas,
  rendererInfo,
  topColours,
  waitForFrameAfter,
} from './harness/pixels';
import { openAppForFile, setupBrowserSession } from './harness/session';

/**
 * The desk top's wood (material #b07a4a) as the default lights and tone
 * mapping render an upward face: measured (150, 98, 44) in the default view.
 * The tolerance keeps the terracotta rug (≈ 201, 124, 67), the orange chair
 * and the wood's own shaded sides out. The tall shelf shares the material.
 */
const DESK_WOOD_LIT = [150, 98, 44] as const;
const WOOD_TOLERANCE = 20;
/** The canvas clear colour (Viewport's `<color attach="background">`). */
const BACKGROUND = '#f6f3ee';

/** Objects anywhere in `value` whose `kind` matches, e.g. the desks of a state. */
function findByKind(value: unknown, kind: RegExp, found: object[] = []): object[] {
  if (typeof value !== 'object' || value === null) return found;
  const kindOf = (value as { kind?: unknown }).kind;
  if (typeof kindOf === 'string' && kind.test(kindOf)) found.push(value);
  for (const child of Object.values(value)) findByKind(child, kind, found);
  return found;
}

/** Fraction of pixels changed; 1 when the canvas changed size (the toolbar may wrap). */
const changed = (a: Pixels, b: Pixels): number =>
  a.width === b.width && a.height === b.height ? diffFraction(a, b) : 1;

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

describe('default scene', () => {
  it('holds a desk in the folded state', async () => {
    expect(findByKind(await officeState(page), /^desk/i).length).toBeGreaterThan(0);
  });

  it('renders the room in WebGL: many colours, and the desk wood among them', async () => {
    expect(await framesRendered(page)).toBeGreaterThan(0);
    const pixels = await readCanvas(page);
    const colours = distinctColours(pixels);
    const wood = fractionNear(pixels, DESK_WOOD_LIT, WOOD_TOLERANCE);
    const context = JSON.stringify({ colours, wood, top: topColours(pixels, 12) });
    // A blank or single-colour canvas has 1 colour; a lit room has hundreds.
    expect(colours, context).toBeGreaterThan(50);
    // Desk top and shelf top: ≈ 1.2 % of the default view (the desk alone ≈ 0.8 %).
    expect(wood, context).toBeGreaterThan(0.005);
  });

  it('frames the whole room: nothing of it reaches the canvas edges', async () => {
    const pixels = await readCanvas(page);
    const { width: w, height: h } = pixels;
    const strip = 4;
    const edges = {
      left: crop(pixels, { x: 0, y: 0, width: strip, height: h }),
      right: crop(pixels, { x: w - strip, y: 0, width: strip, height: h }),
      top: crop(pixels, { x: 0, y: 0, width: w, height: strip }),
      bottom: crop(pixels, { x: 0, y: h - strip, width: w, height: strip }),
    };
    for (const [edge, p] of Object.entries(edges)) {
      // The scene's background (#f6f3ee): the room and its walls stay inside the view.
      expect(fractionNear(p, BACKGROUND, 6), edge).toBeGreaterThan(0.99);
    }
  });

  it('after a pan, a new room size is framed again, centred', async () => {
    const c = await canvasBox(page);
    const middle = { x: c.left + 200, y: c.top + 150 };
    // Pan with the right button, as a person moving the room aside would.
    await page.mouse.move(middle.x, middle.y);
    await page.mouse.down({ button: 'right' });
    await page.mouse.move(middle.x + 140, middle.y + 60, { steps: 6 });
    await page.mouse.up({ button: 'right' });
    await waitForIdle(page);
    const panned = await project(page, 0, 0.6, 0);
    const width = page
      .getByRole('region', { name: 'Room', exact: true })
      .getByRole('spinbutton', { name: 'Width (m)', exact: true });
    await width.fill('4.3');
    await width.press('Enter');
    await expect
      .poll(async () => ((await officeState(page)) as { room: { width: number } }).room.width)
      .toBe(4.3);
    await waitForIdle(page);
    const centre = await project(page, 0, 0.6, 0);
    const pixels = await readCanvas(page);
    const mid = {
      x: c.left + pixels.width / c.scaleX / 2,
      y: c.top + pixels.height / c.scaleY / 2,
    };
    expect(
      Math.hypot(panned.x - mid.x, panned.y - mid.y),
      'the pan moved the view',
    ).toBeGreaterThan(40);
    expect(Math.hypot(centre.x - mid.x, centre.y - mid.y), 'centred again').toBeLessThan(2);
    // Back to the default room for the tests below (shortcuts are off while typing in a field).
    await width.blur();
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => ((await officeState(page)) as { room: { width: number } }).room.width)
      .toBe(4.2);
  });

  it('reports draw calls and triangles through renderer.info', async () => {
    const info = await rendererInfo(page);
    expect(info.calls).toBeGreaterThan(0);
    expect(info.triangles).toBeGreaterThan(0);
    expect(info.geometries).toBeGreaterThan(0);
    expect(info.programs).toBeGreaterThan(0);
  });

  it('switches the language with the "Language" select and back', async () => {
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect.poll(() => undo.count()).toBe(1);

    await page
      .getByRole('combobox', { name: 'Language', exact: true })
      .selectOption({ label: '简体中文' });
    await expect
      .poll(() => page.getByRole('button', { name: '撤销', exact: true }).count())
      .toBe(1);
    expect(await undo.count()).toBe(0);

    await page
      .getByRole('combobox', { name: '语言', exact: true })
      .selectOption({ label: 'English' });
    await expect.poll(() => undo.count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Language', exact: true }).count()).toBe(1);
  });

  it('switches to the plan view and back with the view button', async () => {
    const before = await readCanvas(page);
    let frames = await framesRendered(page);
    await page.getByRole('button', { name: 'Plan view', exact: true }).click();
    frames = await waitForFrameAfter(page, frames);
    await waitForIdle(page);
    const plan = await readCanvas(page);
    expect(distinctColours(plan)).toBeGreaterThan(50);
    expect(changed(before, plan)).toBeGreaterThan(0.05);
    // A true plan looks straight down: a wall's foot and its top fall on the same pixel.
    for (const [x, z] of [
      [0, 1.8],
      [0, -1.8],
      [2.1, 0],
      [-2.1, 0],
    ] as const) {
      const foot = await project(page, x, 0, z);
      const top = await project(page, x, 2.7, z);
      expect(Math.hypot(foot.x - top.x, foot.y - top.y), `wall at ${x}, ${z}`).toBeLessThan(0.5);
    }
    // Doors and windows show in the plan: a band of glass, and a gap in the wall with the swing.
    const { room, openings } = (await officeState(page)) as {
      room: { width: number; depth: number; height: number; wallThickness: number };
      openings: Record<string, { kind: string; wall: string; offset: number }>;
    };
    const c = await canvasBox(page);
    /** Mean colour of 3×3 canvas pixels around a point on a wall's cap, `offset` along it. */
    const onCap = async (wall: string, offset: number) => {
      const out = room.wallThickness / 2;
      const [x, z] =
        wall === 'north'
          ? [offset, -room.depth / 2 - out]
          : wall === 'south'
            ? [offset, room.depth / 2 + out]
            : wall === 'west'
              ? [-room.width / 2 - out, offset]
              : [room.width / 2 + out, offset];
      const p = await project(page, x, room.height + 0.03, z);
      const at = { x: (p.x - c.left) * c.scaleX - 1, y: (p.y - c.top) * c.scaleY - 1 };
      return meanColour(crop(plan, { ...at, width: 3, height: 3 }));
    };
    const window_ = Object.values(openings).find((o) => o.kind === 'window')!;
    const door = Object.values(openings).find((o) => o.kind === 'door')!;
    const glass = hsv(await onCap(window_.wall, window_.offset));
    expect(glass.h, 'window hue').toBeGreaterThan(190);
    expect(glass.h, 'window hue').toBeLessThan(220);
    expect(glass.s, 'window saturation').toBeGreaterThan(0.15);
    const gap = await onCap(door.wall, door.offset);
    const cap = await onCap(door.wall, door.offset > 0 ? door.offset - 1 : door.offset + 1);
    const light = (rgb: readonly number[]) => rgb[0]! + rgb[1]! + rgb[2]!;
    expect(light(gap) - light(cap), JSON.stringify({ gap, cap })).toBeGreaterThan(90);

    await page.getByRole('button', { name: '3D view', exact: true }).click();
    await waitForFrameAfter(page, frames);
    await waitForIdle(page);
    expect(await page.getByRole('button', { name: 'Plan view', exact: true }).count()).toBe(1);
    const back = await readCanvas(page);
    expect(distinctColours(back)).toBeGreaterThan(50);
    expect(changed(plan, back)).toBeGreaterThan(0.05);
  });

  it('made no request outside the served origin while loading and running', async () => {
    // Let the page run a little longer (idle timers, lazy chunks, workers).
    await page.waitForTimeout(3_000);
    expect(session.guard.seen.length).toBeGreaterThan(0);
    expect(session.guard.blocked).toEqual([]);
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('network guard', () => {
  it('records and aborts a request to another host', async () => {
    // A separate context, so this probe does not count against the app.
    const { context, guard } = await newGuardedContext(session.browser, session.baseURL);
    try {
      const probe = await context.newPage();
      await probe.goto('/');
      const outcome = await probe.evaluate(() =>
        fetch('http://example.com/probe').then(
          () => 'loaded',
          () => 'failed',
        ),
      );
      expect(outcome).toBe('failed');
      expect(guard.blocked).toEqual(['http://example.com/probe']);
    } finally {
      await context.close();
    }
  });
});
