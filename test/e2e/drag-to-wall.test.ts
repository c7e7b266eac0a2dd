// Found by exploratory QA: a desk dragged past the east wall was refused on
// release ("x 3.23 is outside the room") and jumped back. A room editor stops
// the item at the wall instead, and a dragged selection stops as a group.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlacedItem } from '../../src/core/office-state';
import { footprintOf } from '../../src/layout';
import { logEvents, project, view } from './harness/app';
import { waitForIdle } from './harness/browser';
import { openAppForFile, setupBrowserSession } from './harness/session';

// The default scene's room is 4.2 × 3.6 m: inner walls at x = ±2.1, z = ±1.8.
const EAST = 2.1;
const WEST = -2.1;
const SOUTH = 1.8;

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

async function item(id: string): Promise<PlacedItem> {
  return (await view(page)).state.items[id]!;
}

/** Presses at a world point, moves the pointer by (dx, dz) metres on the floor, releases. */
async function drag(at: { x: number; y: number; z: number }, dx: number, dz: number) {
  const start = await project(page, at.x, at.y, at.z);
  const end = await project(page, at.x + dx, at.y, at.z + dz);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 6 });
  await page.mouse.move(end.x, end.y, { steps: 6 });
  await page.mouse.up();
}

/** The status bar's error, if one is shown (its catalog key). */
async function refusal(): Promise<string | null> {
  return page.evaluate(() => {
    const n = window.__HOS_TEST__!.store.getSnapshot().notice;
    return n?.kind === 'error' ? n.key : null;
  });
}

/** What a release did: the log's length and any refusal shown for it. */
async function outcome(): Promise<{ length: number; refused: string | null }> {
  return { length: (await view(page)).length, refused: await refusal() };
}

describe('dragging against a wall, in the plan view', () => {
  it('a desk dragged past the east wall stops flush with it, in one ItemsMoved', async () => {
    await page.getByRole('button', { name: 'Plan view', exact: true }).click();
    await page.getByRole('img', { name: 'Office room, plan view', exact: true }).waitFor();
    await waitForIdle(page);
    const before = await view(page);
    const desk = before.state.items['desk-1']!;
    const riders = Object.values(before.state.items).filter((i) => i.parentId !== null);

    // Bare desk top between the computer, the e-board and the recorder;
    // 3.2 m east puts the desk's centre past the core's limit (x ±3.1).
    await drag({ x: desk.x + 0.15, y: 0.74, z: desk.z + 0.2 }, 3.2, 0);
    await expect.poll(() => outcome()).toEqual({ length: before.length + 1, refused: null });
    expect(await page.getByText(/Refused/).count()).toBe(0);
    const added = (await logEvents(page)).slice(before.length);
    expect(added.map((e) => e.type)).toEqual(['ItemsMoved']);
    const moves = (added[0]!.payload as { moves: PlacedItem[] }).moves;
    const moved = await item('desk-1');
    expect(moves.find((m) => m.id === 'desk-1')).toMatchObject({ x: moved.x, z: moved.z });
    // At the wall: its east edge on the wall's inner face, not short of it.
    expect(footprintOf(moved).aabb.maxX).toBeCloseTo(EAST, 3);
    expect(moved.z).toBeCloseTo(desk.z, 3);
    // Its desk-top items rode along by the same amount.
    for (const r of riders.filter((i) => moves.some((m) => m.id === i.id))) {
      expect((await item(r.id)).x - r.x).toBeCloseTo(moved.x - desk.x, 3);
    }
    expect(moves.map((m) => m.id).sort()).toEqual(
      ['desk-1', ...riders.filter((r) => r.id !== 'router-1').map((r) => r.id)].sort(),
    );

    // One undo step puts it all back.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await view(page)).state.items).toEqual(before.state.items);
  });

  it('a selection of two dragged past a corner stops as a group, keeping its spacing', async () => {
    await waitForIdle(page);
    const before = await view(page);
    const lamp = before.state.items['lamp-1']!;
    const plant = before.state.items['plant-1']!;
    const lampAt = await project(page, lamp.x, 1.7, lamp.z);
    const plantAt = await project(page, plant.x, 1.4, plant.z);
    await page.mouse.click(lampAt.x, lampAt.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(plantAt.x, plantAt.y);
    await page.keyboard.up('Shift');
    const list = page.getByRole('region', { name: 'Items in the room', exact: true });
    for (const name of ['Floor lamp', 'Floor plant']) {
      const button = list.getByRole('button', { name, exact: true });
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    }

    // 1.5 m west and 1 m south: through the west wall and the south wall.
    await drag({ x: lamp.x, y: 1.7, z: lamp.z }, -1.5, 1);
    await expect.poll(() => outcome()).toEqual({ length: before.length + 1, refused: null });
    const added = (await logEvents(page)).slice(before.length);
    expect(added.map((e) => e.type)).toEqual(['ItemsMoved']);
    const moves = (added[0]!.payload as { moves: PlacedItem[] }).moves;
    expect(moves.map((m) => m.id).sort()).toEqual(['lamp-1', 'plant-1']);
    const [l, p] = [await item('lamp-1'), await item('plant-1')];
    expect(p.x - l.x).toBeCloseTo(plant.x - lamp.x, 3);
    expect(p.z - l.z).toBeCloseTo(plant.z - lamp.z, 3);
    const boxes = [footprintOf(l).aabb, footprintOf(p).aabb];
    expect(Math.min(...boxes.map((b) => b.minX))).toBeCloseTo(WEST, 3);
    expect(Math.max(...boxes.map((b) => b.maxZ))).toBeCloseTo(SOUTH, 3);
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
