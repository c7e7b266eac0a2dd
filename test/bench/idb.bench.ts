// idb.append_10k.ms and idb.restore_100k.ms (issue 3, "Benchmarks"), in
// Chromium against the app's own code: the test build (dist-bench-app/),
// its OfficeStore reached through window.__HOS_TEST__.store.
//
// Events are deterministic (a seeded generator in the page): ItemsMoved of
// one of the default scene's free-standing floor items to a random pose
// inside the room, and every tenth an ItemLabelled.
//
// - append_10k: a fresh context (empty IndexedDB) opens the default scene;
//   10,000 single-event user edits (store.edit, as the UI makes them) are
//   appended in one burst; the time runs from the first append until the
//   store reports 0 unsaved events (the write queue's IndexedDB transaction
//   has completed). Breakdown: .append_ms (in memory) and .save_ms (the rest).
// - restore_100k: a fresh context appends 100,000 events (1,000 per append,
//   for speed; the stored log is the same) and waits until they are saved;
//   then, RESTORES times, a new page in that context opens the app and the
//   time from navigation start to the `hos:first-frame` mark is read (the
//   log length is checked to be restored). Breakdown (test/bench/idb-profile,
//   the boot steps of src/app/boot.ts timed one by one on the same database):
//   .load_ms (IndexedDB read: the stored snapshot and the events after it),
//   .assemble_ms, .fold_ms (the fold of the tail), .view_ms (the first
//   OfficeView); .rest_ms is what remains of the total: loading the code,
//   React and the first frame. After the first frame boot reads the whole
//   log: .history_ms (full read, assemble, completing the workspace; not in
//   the total) and .history_after_frame_ms (from the first frame until the
//   page's `hos:history-loaded` mark: when the timeline and undo are on).
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import {
  BENCH_APP_DIR,
  type BenchWindow,
  buildBenchApp,
  openAppPage,
  quiet,
} from './harness/bench-app';
import { repoRoot, withChromium, withServed } from './harness/chromium';
import { median, type Row, round } from './harness/row';

const RESTORES = Number(process.env.HOS_BENCH_RESTORES ?? 3);

async function buildProfilePage(): Promise<void> {
  await build({
    configFile: false,
    root: resolve(repoRoot, 'test/bench/idb-profile'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    build: {
      outDir: resolve(BENCH_APP_DIR, 'idb-profile'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
    },
  });
}

/** Until the store reports no unsaved events. */
const saved = (page: Page, timeoutMs = 120_000) =>
  page.waitForFunction(
    () => (window as BenchWindow).__HOS_TEST__!.store.getSnapshot().unsaved === 0,
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );

/**
 * In the page: appends `total` generated events, `perAppend` per call, and
 * resolves when the store reports 0 unsaved. Returns the two phases' ms.
 */
function appendAndSave(
  page: Page,
  total: number,
  perAppend: number,
  seed: number,
): Promise<{ appendMs: number; saveMs: number; length: number }> {
  return page.evaluate(
    async ({ total, perAppend, seed }) => {
      const store = (window as BenchWindow).__HOS_TEST__!.store;
      const head = store.getSnapshot().head;
      const all = Object.values(head.items);
      const parents = new Set(all.map((i) => i.parentId).filter(Boolean));
      const free = all
        .filter((i) => !i.parentId && !parents.has(i.id))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      if (free.length === 0) throw new Error('no free-standing item to move');
      let a = seed >>> 0;
      const rnd = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const hw = head.room.width / 2 - 1;
      const hd = head.room.depth / 2 - 1;
      const events = Array.from({ length: total }, (_, i) => {
        const it = free[Math.floor(rnd() * free.length)]!;
        if (i % 10 === 9) {
          return { type: 'ItemLabelled', payload: { id: it.id, label: `Label ${i}` } };
        }
        const pose = {
          id: it.id,
          x: Math.round((rnd() * 2 - 1) * hw * 1000) / 1000,
          z: Math.round((rnd() * 2 - 1) * hd * 1000) / 1000,
          rotation: Math.round(rnd() * 24) * (Math.PI / 12),
          elevation: it.elevation,
          parentId: null,
        };
        return { type: 'ItemsMoved', payload: { moves: [pose] } };
      });
      const t0 = performance.now();
      for (let i = 0; i < events.length; i += perAppend) {
        const batch = events.slice(i, i + perAppend);
        const r = perAppend === 1 ? store.edit(batch) : store.workspace.append(batch);
        if (!r.ok) throw new Error(`append ${i} refused: ${JSON.stringify(r.error)}`);
      }
      const t1 = performance.now();
      await new Promise<void>((done) => {
        if (store.getSnapshot().unsaved === 0) return done();
        const off = store.subscribe(() => {
          if (store.getSnapshot().unsaved === 0) {
            off();
            done();
          }
        });
      });
      const t2 = performance.now();
      return { appendMs: t1 - t0, saveMs: t2 - t1, length: store.getSnapshot().length };
    },
    { total, perAppend, seed },
  );
}

export async function run(): Promise<Row[]> {
  const appDir = await buildBenchApp();
  await buildProfilePage();
  return withServed(appDir, (url) =>
    withChromium(async (browser) => {
      const rows: Row[] = [];

      // 10,000 appended and saved.
      const a = await openAppPage(browser, url, '/');
      try {
        await saved(a.page);
        const r = await appendAndSave(a.page, 10_000, 1, 1);
        console.log(
          `  append 10k: ${round(r.appendMs, 1)} ms appending, ${round(r.saveMs, 1)} ms more until saved (log ${r.length})`,
        );
        rows.push(
          { name: 'idb.append_10k.ms', value: round(r.appendMs + r.saveMs, 1), unit: 'ms' },
          { name: 'idb.append_10k.append_ms', value: round(r.appendMs, 1), unit: 'ms' },
          { name: 'idb.append_10k.save_ms', value: round(r.saveMs, 1), unit: 'ms' },
        );
      } finally {
        await a.close();
      }

      // Reload to the head of a 100,000-event branch.
      const prep = await openAppPage(browser, url, '/');
      try {
        await saved(prep.page);
        const r = await appendAndSave(prep.page, 100_000, 1000, 2);
        const expected = r.length;
        console.log(
          `  prepared ${expected} events: ${round(r.appendMs, 0)} ms appending, ${round(r.saveMs, 0)} ms saving`,
        );
        await prep.page.close();
        const totals: number[] = [];
        const afterFrame: number[] = [];
        for (let i = 0; i < RESTORES; i++) {
          const page = await prep.context.newPage();
          await page.goto(`${url}/`, { waitUntil: 'commit' });
          await page.waitForFunction(
            () => performance.getEntriesByName('hos:first-frame', 'mark').length > 0,
            undefined,
            { timeout: 120_000, polling: 20 },
          );
          const ms = await page.evaluate(
            () => performance.getEntriesByName('hos:first-frame', 'mark')[0]!.startTime,
          );
          const length = await page.evaluate(
            () => (window as BenchWindow).__HOS_TEST__!.store.getSnapshot().length,
          );
          if (length !== expected) throw new Error(`restored ${length} events, not ${expected}`);
          const history = await page.evaluate(async () => {
            const at = () => performance.getEntriesByName('hos:history-loaded', 'mark')[0];
            for (let i = 0; i < 600 && !at(); i++) await new Promise((r) => setTimeout(r, 20));
            return at()?.startTime ?? Number.NaN;
          });
          totals.push(ms);
          afterFrame.push(history - ms);
          await quiet(page, 300);
          await page.close();
        }
        const profiles: Record<string, number>[] = [];
        for (let i = 0; i < RESTORES; i++) {
          const page = await prep.context.newPage();
          await page.goto(`${url}/idb-profile/`, { waitUntil: 'load' });
          await page.waitForFunction(() => '__profileRestore' in window, undefined, {
            timeout: 30_000,
          });
          profiles.push(
            await page.evaluate(() =>
              (
                window as unknown as {
                  __profileRestore(): Promise<Record<string, number>>;
                }
              ).__profileRestore(),
            ),
          );
          await page.close();
        }
        const m = (k: string) => median(profiles.map((p) => p[k]!));
        const total = median(totals);
        console.log(`  restore (ms to first frame): ${totals.map((x) => round(x, 0)).join(' ')}`);
        console.log(
          `  profile: ${JSON.stringify(profiles.map((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, round(v, 1)]))))}`,
        );
        const parts = m('openMs') + m('loadMs') + m('assembleMs') + m('foldMs') + m('viewMs');
        rows.push(
          { name: 'idb.restore_100k.ms', value: round(total, 1), unit: 'ms' },
          {
            name: 'idb.restore_100k.load_ms',
            value: round(m('openMs') + m('loadMs'), 1),
            unit: 'ms',
          },
          { name: 'idb.restore_100k.assemble_ms', value: round(m('assembleMs'), 1), unit: 'ms' },
          { name: 'idb.restore_100k.fold_ms', value: round(m('foldMs'), 1), unit: 'ms' },
          { name: 'idb.restore_100k.view_ms', value: round(m('viewMs'), 1), unit: 'ms' },
          { name: 'idb.restore_100k.rest_ms', value: round(total - parts, 1), unit: 'ms' },
          { name: 'idb.restore_100k.history_ms', value: round(m('historyMs'), 1), unit: 'ms' },
          {
            name: 'idb.restore_100k.history_after_frame_ms',
            value: round(median(afterFrame), 1),
            unit: 'ms',
          },
        );
      } finally {
        await prep.close();
      }
      return rows;
    }),
  );
}
