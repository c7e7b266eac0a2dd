// Found by exploratory QA: the room's east resize handle sat on the floor
// under the bookshelf of the default office, hidden and unreachable (the
// shelf took its clicks). The handles now sit on top of the walls.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasBox, crop, logEvents, project, view } from './harness/app';
import { waitForIdle } from './harness/browser';
import { fractionNear, readCanvas } from './harness/pixels';
import { openAppForFile, setupBrowserSession } from './harness/session';

const HANDLE = '#1f6fd1';

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

type Room = { width: number; depth: number; height: number; wallThickness: number };
const room = async (): Promise<Room> => (await view(page)).state.room as Room;

/** Where a handle is: the middle of the east (width) or south (depth) wall's top. */
function handleAt(r: Room, which: 'width' | 'depth') {
  const off = r.wallThickness / 2;
  return which === 'width'
    ? { x: r.width / 2 + off, y: r.height + 0.03, z: 0 }
    : { x: 0, y: r.height + 0.03, z: r.depth / 2 + off };
}

/** How much of the handle's screen box shows the handle's colour. */
async function handleShows(r: Room, which: 'width' | 'depth'): Promise<number> {
  const at = handleAt(r, which);
  // The middle of the handle's top face, a few pixels across.
  const c = await canvasBox(page);
  const p = await project(page, at.x, at.y + 0.03, at.z);
  const x = Math.round((p.x - c.left) * c.scaleX);
  const y = Math.round((p.y - c.top) * c.scaleY);
  return fractionNear(
    crop(await readCanvas(page), { x: x - 2, y: y - 2, width: 5, height: 5 }),
    HANDLE,
    48,
  );
}

/** Grabs a handle and moves the pointer `by` metres outwards along its wall's axis. */
async function pull(r: Room, which: 'width' | 'depth', by: number) {
  const at = handleAt(r, which);
  const to = which === 'width' ? { ...at, x: at.x + by } : { ...at, z: at.z + by };
  const a = await project(page, at.x, at.y, at.z);
  const b = await project(page, to.x, to.y, to.z);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

describe('the room’s resize handles, in the default office', () => {
  it('both show in the 3D view, the east one not hidden by the bookshelf', async () => {
    await waitForIdle(page);
    const r = await room();
    expect(await handleShows(r, 'width')).toBeGreaterThan(0.3);
    expect(await handleShows(r, 'depth')).toBeGreaterThan(0.3);
  });

  it('dragging the east handle widens the room by twice the pull (it stays centred), in one RoomResized', async () => {
    const before = await room();
    const length = (await view(page)).length;
    await pull(before, 'width', 0.3);
    await expect.poll(async () => (await room()).width).toBeCloseTo(before.width + 0.6, 5);
    const added = (await logEvents(page)).slice(length);
    expect(added.map((e) => e.type)).toEqual(['RoomResized']);
    expect((await room()).depth).toBe(before.depth);
  });

  it('the south handle, in the plan view, shortens the depth without a jump at the grab', async () => {
    await page.getByRole('button', { name: 'Plan view', exact: true }).click();
    await page.getByRole('img', { name: 'Office room, plan view', exact: true }).waitFor();
    await waitForIdle(page);
    const before = await room();
    expect(await handleShows(before, 'depth')).toBeGreaterThan(0.3);
    await pull(before, 'depth', -0.2);
    await expect.poll(async () => (await room()).depth).toBeCloseTo(before.depth - 0.4, 5);
    expect(pageErrors).toEqual([]);
  });
});
