// A reload of a log longer than one stored snapshot's spacing (K = 4096):
// boot draws the head from the snapshot and the events after it, then reads
// the older events after the first frame. Once they are in, the timeline
// seeks to the very first event and undo is back, as after a full load.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OfficeState } from '../../src/core/office-state';
import { logEvents, reloadApp, view, waitSaved } from './harness/app';
import { openAppForFile, setupBrowserSession } from './harness/session';

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

const slider = () => page.getByRole('slider', { name: 'Event', exact: true });
const historyLoaded = () =>
  page.evaluate(() => window.__HOS_TEST__!.store.getSnapshot().historyLoaded);

describe('reload of a long log', () => {
  it('shows the same head, then the whole history: the timeline reaches event 1', async () => {
    await waitSaved(page);
    const length = await page.evaluate(() => {
      const store = window.__HOS_TEST__!.store;
      for (let i = 0; i < 5; i++) {
        const r = store.workspace.append(
          Array.from({ length: 1000 }, (_, j) => ({
            type: 'SceneNamed',
            payload: { name: `Name ${i * 1000 + j}` },
            meta: { gesture: `long-${i}-${j}` },
          })),
        );
        if (!r.ok) throw new Error('refused');
      }
      return store.getSnapshot().length;
    });
    await waitSaved(page, 30_000);
    const before = await view(page);
    const log = await logEvents(page);
    const first = await page.evaluate(
      () => window.__HOS_TEST__!.store.workspace.current.log.stateAt(1) as OfficeState,
    );

    await reloadApp(page);
    const after = await view(page);
    expect(after.head).toEqual(before.head);
    expect(after.length).toBe(length);
    await expect.poll(historyLoaded, { timeout: 15_000, interval: 50 }).toBe(true);
    // The restore went the tail-only way: only that way marks the history's arrival.
    const marked = await page.evaluate(
      () => performance.getEntriesByName('hos:history-loaded', 'mark').length,
    );
    expect(marked).toBe(1);
    expect(await logEvents(page)).toEqual(log);

    await expect.poll(() => slider().isEnabled()).toBe(true);
    await slider().focus();
    await page.keyboard.press('Home');
    await expect.poll(async () => (await view(page)).viewSeq).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await view(page)).viewSeq).toBe(1);
    expect((await view(page)).state).toEqual(first);
    await page.getByRole('button', { name: 'Back to now', exact: true }).click();
    await expect.poll(async () => (await view(page)).viewSeq).toBe(null);

    // Undo is back: it undoes the last name.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    expect(await undo.isEnabled()).toBe(true);
    await undo.click();
    await expect.poll(async () => (await view(page)).head.name).toBe('Name 4998');
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
