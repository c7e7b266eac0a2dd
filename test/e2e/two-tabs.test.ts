// Issue 3: two tabs of one origin. The first holds the writer lock; the
// second follows and forwards its edits. Edits made in both, interleaved,
// end up in one log that both tabs show, and the stored log has every event
// exactly once (ids distinct, seq 1..n without a gap).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../src/core/envelope';
import { logEvents, logShape, oneTo, view, waitSaved } from './harness/app';
import { collectPageErrors, newGuardedContext, openApp } from './harness/browser';
import { setupBrowserSession } from './harness/session';

const FOLLOWER_NOTE = 'Another tab is editing this office; edits here are sent to it.';

const session = setupBrowserSession();
let first: Page;
let second: Page;
const pageErrors: string[][] = [];
let startLength = 0;
let branchId = '';

const place = (page: Page, name: string) =>
  page.getByRole('button', { name: `Place ${name}`, exact: true }).click();

/** Stored rows of one branch, read from IndexedDB directly (not through the app). */
async function storedRows(page: Page, branch: string): Promise<EventEnvelope[]> {
  return page.evaluate(
    (id) =>
      new Promise<EventEnvelope[]>((resolve, reject) => {
        const open = indexedDB.open('home-office-sim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const range = IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);
          // Events are stored in chunks of consecutive events (idb-store.ts).
          const get = db.transaction('chunks').objectStore('chunks').getAll(range);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { events: EventEnvelope[] }[]).flatMap((r) => r.events));
          };
        };
      }),
    branch,
  );
}

beforeAll(async () => {
  first = await session.newPage();
  pageErrors.push(collectPageErrors(first));
  await openApp(first);
  // The first tab has stored the default room before the second opens.
  await waitSaved(first);
  second = await session.newPage();
  pageErrors.push(collectPageErrors(second));
  await openApp(second);
});

afterAll(async () => {
  await second?.close();
  await first?.close();
});

describe('two tabs of one origin', () => {
  it('the first tab writes, the second follows and says so', async () => {
    const a = await view(first);
    const b = await view(second);
    expect(a.role).toBe('writer');
    expect(b.role).toBe('follower');
    await second.getByText(FOLLOWER_NOTE).waitFor();
    expect(await first.getByText(FOLLOWER_NOTE).count()).toBe(0);
    expect(b.branch).toEqual(a.branch);
    expect(await logEvents(second)).toEqual(await logEvents(first));
    startLength = a.length;
    branchId = a.branch.id;
  });

  it('edits from both tabs, interleaved, reach one log that both tabs show', async () => {
    // Without waiting for one edit to arrive before making the next.
    await place(second, 'Task chair');
    await place(first, 'Bookshelf');
    await place(second, 'Floor plant');
    await place(first, 'Floor lamp');
    await place(second, 'Sideboard');
    await Promise.all([place(first, 'Desk plant'), place(second, 'Armchair')]);
    const added = 7;

    for (const page of [first, second]) {
      await expect.poll(async () => (await view(page)).length).toBe(startLength + added);
    }
    const a = await logEvents(first);
    const b = await logEvents(second);
    expect(b).toEqual(a);
    expect((await view(second)).state).toEqual((await view(first)).state);

    const shape = logShape(a);
    expect(shape.distinctIds).toBe(shape.ids);
    expect(shape.seqs).toEqual(oneTo(startLength + added));
    const kinds = a
      .slice(startLength)
      .map((e) => (e.payload as { item: { kind: string } }).item.kind)
      .sort();
    expect(kinds).toEqual(
      [
        'chairTask',
        'shelfTall',
        'plantFloor',
        'lampFloor',
        'shelfLow',
        'plantDesk',
        'chairLounge',
      ].sort(),
    );
  });

  it('undo from the follower goes through the writer; both tabs agree', async () => {
    const before = await logEvents(first);
    await second.getByRole('button', { name: 'Undo', exact: true }).click();
    for (const page of [first, second]) {
      await expect.poll(async () => (await view(page)).length).toBe(before.length + 1);
    }
    expect(await logEvents(second)).toEqual(await logEvents(first));
    const last = (await logEvents(first)).at(-1)!;
    expect(last.type).toBe('ItemsRemoved');
  });

  it('the stored log has every event exactly once, as a third tab reloads it', async () => {
    await waitSaved(first);
    const final = await logEvents(first);
    const finalState = (await view(first)).state;
    await second.close();
    await first.close();

    const third = await session.newPage();
    pageErrors.push(collectPageErrors(third));
    try {
      await openApp(third);
      const v = await view(third);
      expect(v.role).toBe('writer');
      expect(v.branch.id).toBe(branchId);
      expect(v.state).toEqual(finalState);
      expect(await logEvents(third)).toEqual(final);

      const rows = await storedRows(third, branchId);
      const shape = logShape(rows);
      expect(shape.ids).toBe(final.length);
      expect(shape.distinctIds).toBe(shape.ids);
      expect(shape.seqs).toEqual(oneTo(final.length));
      expect(rows.map((e) => e.id)).toEqual(final.map((e) => e.id));
    } finally {
      await third.close();
    }
  });

  it('two tabs opened at once on an empty database share one branch; no edit is lost', async () => {
    // A fresh context: nothing stored yet when both tabs boot.
    const { context: fresh } = await newGuardedContext(session.browser, session.baseURL);
    try {
      const [a, b] = [await fresh.newPage(), await fresh.newPage()];
      pageErrors.push(collectPageErrors(a), collectPageErrors(b));
      await Promise.all([openApp(a), openApp(b)]);
      const roles = [(await view(a)).role, (await view(b)).role].sort();
      expect(roles).toEqual(['follower', 'writer']);
      const [writer, follower] = (await view(a)).role === 'writer' ? [a, b] : [b, a];
      // The follower drops its own provisional branch for the writer's.
      await expect
        .poll(async () => (await view(follower)).branch.id)
        .toBe((await view(writer)).branch.id);
      expect((await view(follower)).branches).toHaveLength(1);
      const before = (await view(writer)).length;
      await place(follower, 'Task chair');
      for (const page of [writer, follower]) {
        await expect.poll(async () => (await view(page)).length).toBe(before + 1);
      }
      expect(await logEvents(follower)).toEqual(await logEvents(writer));
    } finally {
      await fresh.close();
    }
  });

  it('logged no page error in any tab', () => {
    expect(pageErrors.flat()).toEqual([]);
  });
});
