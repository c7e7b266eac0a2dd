// render.draw_calls.default / .stress, render.frame_ratio_vs_bare,
// render.idle_frames_2s, render.gpu_alloc_on_rename (issue 5, "Performance";
// PRIOR-ART lesson 6).
//
// The app is the test build (window.__HOS_TEST__) in dist-bench-app/; the
// reference is test/bench/bare (plain three.js drawing the same stress scene
// through the app's pure batching code; see its main.ts) in dist-bench-bare/.
//
// - Draw calls: after the app has gone idle (editor code loaded, overlay
//   drawn), one more complete frame is forced (canvas resized by a pixel and
//   back, which re-renders the whole scene) and renderer.info.render.calls is
//   read. An init script also counts the WebGL draw calls the page issues
//   during those frames, as a cross-check that the number is a full frame's.
// - Frame ratio: the app (?scene=stress) and the bare page, each in its own
//   context with the same canvas size, are orbited by the same in-page driver
//   (the camera turned programmatically each animation frame, then
//   invalidate(); see orbit()); frame time = wall time / frames rendered over
//   FRAMES frames. (Mouse drags would be the natural driver, but the app's
//   OrbitControls stop listening after the canvas's first resize: CameraRig's
//   effect disposes them on every size change; reported to the lead.) Alternating runs, one warm-up each, medians.
//   SwiftShader renders on the CPU: absolute times are information, the
//   ratio is the measure.
// - Idle frames: frames rendered in 2 s once the default scene is idle.
// - GPU allocations on rename: renderer.info.memory geometries + textures
//   before and after ItemLabelled edits on RENAMES items of the stress scene
//   (each followed by a forced full frame, so lazily uploaded resources count).

import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type BenchWindow,
  buildBenchApp,
  forceFullFrame,
  GL_DRAW_COUNTER,
  NAME_SHIM,
  openAppPage,
  quiet,
  THREE_OBSERVER,
} from './harness/bench-app';
import {
  buildPage,
  newGuardedContext,
  repoRoot,
  withChromium,
  withServed,
} from './harness/chromium';
import { compared, median, type Row, round } from './harness/row';

const RUNS = Number(process.env.HOS_BENCH_RUNS ?? 5);
const FRAMES = Number(process.env.HOS_BENCH_FRAMES ?? 40);
const RENAMES = 5;

type Info = ReturnType<NonNullable<BenchWindow['__HOS_TEST__']>['renderer']>;

const info = (page: Page): Promise<Info> =>
  page.evaluate(() => (window as BenchWindow).__HOS_TEST__!.renderer());

/**
 * renderer.info.render.calls of a forced full frame, checked against the
 * WebGL draw count. The store's view is refreshed first (store.refresh(): a
 * new view object, no event) so every selector has run with the editor code
 * loaded: until then the layout overlay is missing (useOffice keeps a selection computed before
 * the editor arrived until the view changes).
 */
async function drawCalls(page: Page, label: string): Promise<number> {
  await forceFullFrame(page);
  const stale = await info(page);
  await page.evaluate(() => (window as BenchWindow).__HOS_TEST__!.store.refresh());
  await quiet(page, 300);
  const forced = await forceFullFrame(page);
  const r = await info(page);
  const glPerFrame = forced.frames > 0 ? forced.glDraws / forced.frames : Number.NaN;
  console.log(
    `  ${label}: renderer.info calls ${r.calls} (before the view refresh: ${stale.calls}), triangles ${r.triangles}, geometries ${r.geometries}, programs ${r.programs}; WebGL draws per forced frame ${round(glPerFrame, 1)} (${forced.frames} frames)`,
  );
  if (forced.frames === 0) throw new Error(`${label}: resizing the canvas drew no frame`);
  if (Math.abs(glPerFrame - r.calls) > 0.5) {
    console.warn(
      `  warning: ${label}: renderer.info.render.calls (${r.calls}) differs from the WebGL draws per frame (${glPerFrame})`,
    );
  }
  return r.calls;
}

/**
 * Orbits the camera programmatically: each animation frame turns it about
 * the orbit target's vertical axis (swinging ±0.5 rad), points it at the
 * target and invalidates, so every animation frame draws one frame of a new
 * view, as a continuous mouse orbit would. Resolves with wall ms per rendered
 * frame. Runs in the page; the same function drives the app (its R3F state,
 * reached through THREE_OBSERVER) and the bare page (window.__BARE_STATE__).
 */
function orbit(page: Page, frames: number): Promise<{ ms: number; drawn: number }> {
  return page.evaluate(async (n) => {
    type Vec = { x: number; y: number; z: number };
    type State = {
      camera: { position: Vec; lookAt(x: number, y: number, z: number): void };
      controls: { target: Vec } | null;
      invalidate(): void;
    };
    const g = globalThis as {
      __benchThree?: { scenes: { __r3f?: { root: { getState(): State } } }[] };
      __BARE_STATE__?: State;
    };
    const st =
      g.__benchThree?.scenes.find((s) => s.__r3f)?.__r3f?.root.getState() ?? g.__BARE_STATE__;
    if (!st) throw new Error('no camera to drive (THREE_OBSERVER not installed?)');
    const hooks = (window as BenchWindow).__HOS_TEST__!;
    const cam = st.camera;
    const t = st.controls?.target ?? { x: 0, y: 0, z: 0 };
    const dx = cam.position.x - t.x;
    const dz = cam.position.z - t.z;
    const radius = Math.hypot(dx, dz);
    const theta0 = Math.atan2(dx, dz);
    const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));
    await nextFrame();
    const f0 = hooks.frames();
    const t0 = performance.now();
    let lastChange = t0;
    let seen = f0;
    const look = () => {
      const f = hooks.frames();
      if (f !== seen) {
        seen = f;
        lastChange = performance.now();
      }
    };
    for (let i = 1; i <= n; i++) {
      const theta = theta0 + 0.5 * Math.sin((i / 20) * Math.PI);
      cam.position.x = t.x + radius * Math.sin(theta);
      cam.position.z = t.z + radius * Math.cos(theta);
      cam.lookAt(t.x, t.y, t.z);
      st.invalidate();
      await nextFrame();
      look();
    }
    // The last view's frame.
    for (let i = 0; i < 5; i++) {
      await nextFrame();
      look();
    }
    const drawn = seen - f0;
    return { ms: drawn > 0 ? (lastChange - t0) / drawn : Number.NaN, drawn };
  }, frames);
}

async function openBare(page: Page, width: number, height: number): Promise<void> {
  await page.goto(`/?w=${width}&h=${height}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => (window as BenchWindow).__HOS_TEST__?.ready === true,
    undefined,
    {
      timeout: 60_000,
      polling: 50,
    },
  );
  await quiet(page, 300);
}

export async function run(): Promise<Row[]> {
  const appDir = await buildBenchApp();
  const bareDir = await buildPage(
    resolve(repoRoot, 'test/bench/bare'),
    resolve(repoRoot, 'dist-bench-bare'),
  );
  return withServed(appDir, (appURL) =>
    withServed(bareDir, (bareURL) =>
      withChromium(async (browser) => {
        const rows: Row[] = [];

        // Default scene: draw calls and idle frames.
        const def = await openAppPage(browser, appURL, '/', [GL_DRAW_COUNTER]);
        try {
          rows.push({
            name: 'render.draw_calls.default',
            value: await drawCalls(def.page, 'default scene'),
            unit: 'calls',
          });
          await quiet(def.page, 500);
          const idle = await def.page.evaluate(async () => {
            const hooks = (window as BenchWindow).__HOS_TEST__!;
            const f0 = hooks.frames();
            await new Promise((done) => setTimeout(done, 2000));
            return hooks.frames() - f0;
          });
          rows.push({ name: 'render.idle_frames_2s', value: idle, unit: 'frames' });
        } finally {
          await def.close();
        }

        // Stress scene: draw calls, GPU allocations on rename.
        const st = await openAppPage(browser, appURL, '/?scene=stress', [GL_DRAW_COUNTER]);
        try {
          rows.push({
            name: 'render.draw_calls.stress',
            value: await drawCalls(st.page, 'stress scene'),
            unit: 'calls',
          });
          const before = await info(st.page);
          for (let i = 0; i < RENAMES; i++) {
            const ok = await st.page.evaluate((i) => {
              const store = (window as BenchWindow).__HOS_TEST__!.store;
              const ids = Object.keys(store.getSnapshot().head.items).sort();
              const id = ids[(i * 37) % ids.length]!;
              return store.edit([{ type: 'ItemLabelled', payload: { id, label: `Renamed ${i}` } }])
                .ok;
            }, i);
            if (!ok) throw new Error('the ItemLabelled edit was refused');
            await quiet(st.page, 200);
            await forceFullFrame(st.page);
          }
          const after = await info(st.page);
          const growth = after.geometries + after.textures - (before.geometries + before.textures);
          console.log(
            `  rename x${RENAMES}: geometries ${before.geometries}→${after.geometries}, textures ${before.textures}→${after.textures}, programs ${before.programs}→${after.programs}`,
          );
          rows.push({ name: 'render.gpu_alloc_on_rename', value: growth, unit: 'resources' });
        } finally {
          await st.close();
        }

        // Frame time while orbiting: app vs bare, alternating.
        const app = await openAppPage(browser, appURL, '/?scene=stress', [THREE_OBSERVER]);
        const { context: bareContext } = await newGuardedContext(browser, bareURL);
        try {
          await bareContext.addInitScript(NAME_SHIM);
          const size = await app.page.evaluate(() => {
            const c = document.querySelector('[data-testid="viewport"] canvas')!;
            const r = c.getBoundingClientRect();
            return { width: Math.round(r.width), height: Math.round(r.height) };
          });
          // Every selector recomputed with the editor loaded (see drawCalls).
          await app.page.evaluate(() => (window as BenchWindow).__HOS_TEST__!.store.refresh());
          await quiet(app.page, 300);
          const bare = await bareContext.newPage();
          await openBare(bare, size.width, size.height);
          const appCalls = (await info(app.page)).calls;
          const bareCalls = (await info(bare)).calls;
          console.log(
            `  orbit: canvas ${size.width}x${size.height}, draw calls app ${appCalls} / bare ${bareCalls}, ${FRAMES} frames x ${RUNS} runs`,
          );
          await orbit(app.page, 10);
          await orbit(bare, 10);
          const appMs: number[] = [];
          const bareMs: number[] = [];
          for (let i = 0; i < RUNS; i++) {
            for (const [page, out] of [
              [app.page, appMs],
              [bare, bareMs],
            ] as const) {
              await quiet(page, 200);
              const r = await orbit(page, FRAMES);
              if (r.drawn < FRAMES / 2) {
                throw new Error(`orbit drew ${r.drawn} frames for ${FRAMES} moves: not orbiting?`);
              }
              out.push(r.ms);
            }
          }
          const fmt = (xs: number[]) => xs.map((x) => round(x, 1)).join(' ');
          console.log(`  ms/frame app:  ${fmt(appMs)}`);
          console.log(`  ms/frame bare: ${fmt(bareMs)}`);
          const a = median(appMs);
          const b = median(bareMs);
          rows.push(compared('render.frame_ratio_vs_bare', 'ms', a, b, 2));
        } finally {
          await app.close();
          await bareContext.close();
        }
        return rows;
      }),
    ),
  );
}
