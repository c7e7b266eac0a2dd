// Reading the app through the test build's hooks (window.__HOS_TEST__, see
// src/scene/FrameProbe.tsx) and small helpers the workflow tests share:
// where an item is on screen, what the log holds, whether edits are saved.
// No vitest import here.
import type { Page } from 'playwright-core';
import type { EventEnvelope } from '../../../src/core/envelope';
import type { OfficeState, PlacedItem } from '../../../src/core/office-state';
import { waitForIdle } from './browser';
import type { Pixels, Region } from './pixels';

/** What the store shows, as plain data. */
export interface ViewSummary {
  state: OfficeState;
  head: OfficeState;
  branch: { id: string; name: string };
  branches: { id: string; name: string }[];
  length: number;
  viewSeq: number | null;
  unsaved: number;
  role: 'writer' | 'follower';
  storage: { kind: 'idb' } | { kind: 'memory'; reason: unknown };
}

export async function view(page: Page): Promise<ViewSummary> {
  return page.evaluate(() => {
    const v = window.__HOS_TEST__!.store.getSnapshot();
    return {
      state: v.state,
      head: v.head,
      branch: { id: v.branch.id, name: v.branch.name },
      branches: v.branches.map((b) => ({ id: b.id, name: b.name })),
      length: v.length,
      viewSeq: v.viewSeq,
      unsaved: v.unsaved,
      role: v.role,
      storage: v.storage,
    };
  });
}

/** The events of a branch (default: the one shown), oldest first. */
export async function logEvents(page: Page, branchId?: string): Promise<EventEnvelope[]> {
  return page.evaluate((id) => {
    const ws = window.__HOS_TEST__!.store.workspace;
    const branch = id === undefined ? ws.current : ws.branch(id);
    return branch ? [...branch.log.all()] : [];
  }, branchId);
}

/** Items of one catalog kind in the state shown. */
export async function itemsOfKind(page: Page, kind: string): Promise<PlacedItem[]> {
  const { state } = await view(page);
  return Object.values(state.items).filter((i) => i.kind === kind);
}

/** A world point in client (CSS pixel) coordinates, through the current camera. */
export async function project(
  page: Page,
  x: number,
  y: number,
  z: number,
): Promise<{ x: number; y: number }> {
  return page.evaluate(([px, py, pz]) => window.__HOS_TEST__!.project(px!, py!, pz!), [x, y, z]);
}

/** Where the viewport canvas is on the page, and its pixel scale. */
export async function canvasBox(
  page: Page,
): Promise<{ left: number; top: number; scaleX: number; scaleY: number }> {
  return page.evaluate(() => {
    const c = document.querySelector('[data-testid="viewport"] canvas') as HTMLCanvasElement;
    const r = c.getBoundingClientRect();
    return { left: r.left, top: r.top, scaleX: c.width / r.width, scaleY: c.height / r.height };
  });
}

/**
 * The canvas region (in canvas pixels) around the screen projection of a
 * world-space box: its eight corners' bounding rectangle, plus `pad` CSS px.
 */
export async function screenRegion(
  page: Page,
  box: { x: number; z: number; width: number; depth: number; height: number },
  pad = 4,
): Promise<Region> {
  const pts: { x: number; y: number }[] = [];
  for (const dx of [-0.5, 0.5])
    for (const dz of [-0.5, 0.5])
      for (const y of [0, box.height])
        pts.push(await project(page, box.x + dx * box.width, y, box.z + dz * box.depth));
  const c = await canvasBox(page);
  const xs = pts.map((p) => (p.x - c.left) * c.scaleX);
  const ys = pts.map((p) => (p.y - c.top) * c.scaleY);
  const x = Math.floor(Math.min(...xs) - pad * c.scaleX);
  const y = Math.floor(Math.min(...ys) - pad * c.scaleY);
  return {
    x,
    y,
    width: Math.ceil(Math.max(...xs) + pad * c.scaleX) - x,
    height: Math.ceil(Math.max(...ys) + pad * c.scaleY) - y,
  };
}

/** The pixels of one region (clamped to the image). */
export function crop(p: Pixels, r: Region): Pixels {
  const x0 = Math.max(0, Math.floor(r.x));
  const y0 = Math.max(0, Math.floor(r.y));
  const x1 = Math.min(p.width, Math.floor(r.x + r.width));
  const y1 = Math.min(p.height, Math.floor(r.y + r.height));
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * p.width + x0) * 4;
    data.set(p.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { width, height, data };
}

/** The number shown by the status bar's unsaved counter. */
export async function unsavedCount(page: Page): Promise<number> {
  const raw = await page.getByTestId('unsaved-count').getAttribute('data-count');
  return Number(raw);
}

/** Waits until the status bar says every event is saved. */
export async function waitSaved(page: Page, timeoutMs = 10_000): Promise<void> {
  await page
    .locator('[data-testid="unsaved-count"][data-count="0"]')
    .filter({ hasText: 'All changes saved' })
    .waitFor({ timeout: timeoutMs });
}

/** The ids and seqs of an event list, for "every event exactly once" checks. */
export function logShape(events: readonly EventEnvelope[]): {
  ids: number;
  distinctIds: number;
  seqs: number[];
} {
  return {
    ids: events.length,
    distinctIds: new Set(events.map((e) => e.id)).size,
    seqs: events.map((e) => e.seq),
  };
}

/** 1..n */
export const oneTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** Reloads the page and waits as openApp does (first frame, network idle, settled). */
export async function reloadApp(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.reload({ waitUntil: 'load', timeout: timeoutMs });
  await page.waitForFunction(() => window.__HOS_TEST__?.ready === true, undefined, {
    timeout: timeoutMs,
    polling: 100,
  });
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
  await waitForIdle(page);
}
