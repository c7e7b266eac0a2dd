// layout.drag_ms (issue 5, "Performance"): time from a pointer move during a
// drag of an item in the stress scene (?scene=stress, 300 items) to the
// frame that draws the item at its new pose.
//
// A real mouse (Playwright's, through CDP) presses on a floor item (found by
// projecting its centre with the app's own camera, reached through
// THREE_OBSERVER), then makes MOVES moves of 25 px (about 0.7 m, more than a
// grid step, so every move changes the snapped pose). In the page, a capture
// listener takes each move's event.timeStamp; the end is the end of the
// task that rendered the next frame (frames() advanced), after a one-pixel
// readPixels that waits until the GPU (SwiftShader) has finished drawing it.
// (layout.drag_ms.submitted: to the end of that task without the wait, i.e.
// the main thread's share.) During a drag
// nothing else draws (the controls are off), so that frame is the move's.
// After the release the log must have gained one ItemsMoved with the item.
import type { Page } from 'playwright-core';
import {
  type BenchWindow,
  buildBenchApp,
  openAppPage,
  quiet,
  THREE_OBSERVER,
} from './harness/bench-app';
import { withChromium, withServed } from './harness/chromium';
import { median, type Row, round } from './harness/row';

const MOVES = Number(process.env.HOS_BENCH_DRAG_MOVES ?? 30);
const WARMUP = 3;
const STEP_PX = 25;

/** Screen points (page CSS px) of floor items with nothing on them, nearest the camera first. */
function candidates(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    type Vec = { x: number; y: number; z: number; project(c: unknown): Vec };
    type State = {
      camera: { position: Vec & { constructor: new (x: number, y: number, z: number) => Vec } };
    };
    const g = globalThis as {
      __benchThree?: { scenes: { __r3f?: { root: { getState(): State } } }[] };
    };
    const st = g.__benchThree?.scenes.find((s) => s.__r3f)?.__r3f?.root.getState();
    if (!st) throw new Error('no R3F state (THREE_OBSERVER not installed?)');
    const cam = st.camera;
    const V = cam.position.constructor;
    const canvas = document.querySelector('[data-testid="viewport"] canvas')!;
    const r = canvas.getBoundingClientRect();
    const items = Object.values(
      (window as BenchWindow).__HOS_TEST__!.store.getSnapshot().head.items,
    );
    const parents = new Set(items.map((i) => i.parentId).filter(Boolean));
    const out: { id: string; x: number; y: number; d: number }[] = [];
    for (const it of items) {
      if (it.parentId || parents.has(it.id)) continue;
      if (!/^(chairTask|shelfLow|plantFloor|allInOnePrinter)$/.test(it.kind)) continue;
      const p = new V(it.x, 0.35, it.z);
      const d = Math.hypot(p.x - cam.position.x, p.y - cam.position.y, p.z - cam.position.z);
      const ndc = p.project(cam);
      const x = r.left + ((ndc.x + 1) / 2) * r.width;
      const y = r.top + ((1 - ndc.y) / 2) * r.height;
      // Keep clear of the edges: the drag goes ±3 steps sideways.
      if (x < r.left + 100 || x > r.right - 100 || y < r.top + 40 || y > r.bottom - 40) continue;
      out.push({ id: it.id, x, y, d });
    }
    return out.sort((a, b) => a.d - b.d).map(({ id, x, y }) => ({ id, x, y }));
  });
}

/** Records, per pointer move with the button held, ms from the event to the next drawn frame. */
const installRecorder = (page: Page) =>
  page.evaluate(() => {
    const hooks = (window as BenchWindow).__HOS_TEST__!;
    type Gl = { readPixels(...a: unknown[]): void; RGBA: number; UNSIGNED_BYTE: number };
    const three = (globalThis as { __benchThree?: { renderers: { getContext(): Gl }[] } })
      .__benchThree;
    const gl = three?.renderers[0]?.getContext();
    const pixel = new Uint8Array(4);
    const rec = { latencies: [] as number[], submitted: [] as number[] };
    (window as unknown as { __dragRec: typeof rec }).__dragRec = rec;
    window.addEventListener(
      'pointermove',
      (e) => {
        if ((e.buttons & 1) === 0) return;
        const t0 = e.timeStamp;
        const f0 = hooks.frames();
        const poll = () =>
          requestAnimationFrame(() => {
            // After every rAF callback of this frame (the render among them).
            const ch = new MessageChannel();
            ch.port1.onmessage = () => {
              if (hooks.frames() > f0) {
                rec.submitted.push(performance.now() - t0);
                // A one-pixel read waits for the GPU (SwiftShader) to finish the frame.
                gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
                rec.latencies.push(performance.now() - t0);
              } else poll();
            };
            ch.port2.postMessage(0);
          });
        poll();
      },
      { capture: true },
    );
  });

const recorded = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __dragRec: { latencies: number[] } }).__dragRec.latencies.length,
  );

async function dragOnce(
  page: Page,
  target: { id: string; x: number; y: number },
): Promise<{ shown: number[]; submitted: number[] } | null> {
  const before = await page.evaluate(
    () => (window as BenchWindow).__HOS_TEST__!.store.getSnapshot().length,
  );
  const start = await recorded(page);
  await page.mouse.move(target.x, target.y);
  await quiet(page, 200);
  await page.mouse.down();
  await quiet(page, 300);
  const offsets = [1, 2, 3, 2, 1, 0, -1, -2, -3, -2, -1, 0];
  let failed = false;
  for (let i = 0; i < MOVES + WARMUP; i++) {
    const dx = offsets[i % offsets.length]! * STEP_PX;
    const dy = ((i % 3) - 1) * 8;
    await page.mouse.move(target.x + dx, target.y + dy);
    const got = await page
      .waitForFunction(
        (n) =>
          (window as unknown as { __dragRec: { latencies: number[] } }).__dragRec.latencies
            .length >= n,
        start + i + 1,
        { timeout: 5000, polling: 10 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!got) {
      failed = true;
      break;
    }
    await quiet(page, 80);
  }
  await page.mouse.up();
  await quiet(page, 300);
  const last = await page.evaluate((before) => {
    const ws = (window as BenchWindow).__HOS_TEST__!.store.workspace;
    const log = ws.current.log;
    if (log.length !== before + 1) return null;
    const e = log.event(log.length)!;
    return {
      type: e.type,
      ids: (e.payload as { moves?: { id: string }[] }).moves?.map((m) => m.id),
    };
  }, before);
  const all = await page.evaluate(
    () => (window as unknown as { __dragRec: { latencies: number[] } }).__dragRec.latencies,
  );
  const submitted = await page.evaluate(
    () => (window as unknown as { __dragRec: { submitted: number[] } }).__dragRec.submitted,
  );
  if (failed || !last || last.type !== 'ItemsMoved' || !last.ids?.includes(target.id)) {
    console.warn(
      `  drag of ${target.id} did not take (${failed ? 'a move drew no frame' : `last event ${JSON.stringify(last)}`}); trying another item`,
    );
    return null;
  }
  return {
    shown: all.slice(start + WARMUP, start + WARMUP + MOVES),
    submitted: submitted.slice(start + WARMUP, start + WARMUP + MOVES),
  };
}

/** ms of a one-pixel readPixels with no frame pending: the sync's own cost. */
const idleReadMs = (page: Page) =>
  page.evaluate(() => {
    type Gl = { readPixels(...a: unknown[]): void; RGBA: number; UNSIGNED_BYTE: number };
    const gl = (
      globalThis as { __benchThree?: { renderers: { getContext(): Gl }[] } }
    ).__benchThree?.renderers[0]?.getContext();
    if (!gl) return Number.NaN;
    const px = new Uint8Array(4);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[2]!;
  });

export async function run(): Promise<Row[]> {
  const appDir = await buildBenchApp();
  return withServed(appDir, (url) =>
    withChromium(async (browser) => {
      const app = await openAppPage(browser, url, '/?scene=stress', [THREE_OBSERVER]);
      try {
        if (!app.editorLoaded) throw new Error('the editor code never loaded: no dragging');
        await installRecorder(app.page);
        const targets = await candidates(app.page);
        let latencies: { shown: number[]; submitted: number[] } | null = null;
        for (const t of targets.slice(0, 5)) {
          latencies = await dragOnce(app.page, t);
          if (latencies) {
            console.log(`  dragged ${t.id}: ${latencies.shown.length} moves`);
            break;
          }
        }
        if (!latencies || latencies.shown.length < MOVES)
          throw new Error('no item could be dragged');
        const { shown, submitted } = latencies;
        const sorted = [...shown].sort((a, b) => a - b);
        const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
        console.log(`  to frame drawn (ms):     ${shown.map((x) => round(x, 1)).join(' ')}`);
        console.log(`  to frame submitted (ms): ${submitted.map((x) => round(x, 1)).join(' ')}`);
        console.log(`  one-pixel readPixels when idle: ${round(await idleReadMs(app.page), 2)} ms`);
        return [
          { name: 'layout.drag_ms', value: round(median(shown), 1), unit: 'ms' },
          { name: 'layout.drag_ms.p95', value: round(p95, 1), unit: 'ms' },
          { name: 'layout.drag_ms.submitted', value: round(median(submitted), 1), unit: 'ms' },
        ];
      } finally {
        await app.close();
      }
    }),
  );
}
