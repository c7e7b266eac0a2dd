// The app as the Chromium benches see it: the test build (window.__HOS_TEST__)
// written to its own folder, dist-bench-app/, so a bench run never races the
// browser tests' dist-test/ or the production dist/. Built once per process.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestHooks } from '../../../src/scene/FrameProbe';
import { viteBuild } from '../../e2e/harness/serve';
import { newGuardedContext, openApp, repoRoot } from './chromium';

export const BENCH_APP_DIR = resolve(repoRoot, 'dist-bench-app');

let building: Promise<string> | null = null;

/** `vite build --mode test --outDir dist-bench-app`, once per process. */
export function buildBenchApp(): Promise<string> {
  building ??= viteBuild(['--mode', 'test', '--outDir', BENCH_APP_DIR]).then(() => {
    if (!existsSync(resolve(BENCH_APP_DIR, 'index.html'))) {
      throw new Error(`vite build wrote no ${BENCH_APP_DIR}/index.html`);
    }
    return BENCH_APP_DIR;
  });
  return building;
}

/**
 * tsx (which runs the benches) compiles with esbuild's keepNames, so a
 * function handed to page.evaluate that declares a named inner function
 * calls `__name(...)`, which the page lacks. Install it as an identity.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** What the test build puts on window, as the benches use it. */
export type BenchHooks = TestHooks;
export type BenchWindow = Window & { __HOS_TEST__?: BenchHooks };

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Whether the lazy editor code arrived (dragging needs it). */
  editorLoaded: boolean;
  close(): Promise<void>;
}

/**
 * A fresh context (own IndexedDB, cold cache) on `path` of the served app,
 * after the first frame, lazy chunks and the editor code have arrived and
 * rendering has gone quiet.
 */
export async function openAppPage(
  browser: Browser,
  url: string,
  path = '/',
  initScripts: string[] = [],
): Promise<AppPage> {
  const { context } = await newGuardedContext(browser, url);
  for (const script of [NAME_SHIM, ...initScripts]) await context.addInitScript(script);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await openApp(page, path, 90_000);
  const editorLoaded = await waitForEditor(page);
  return { context, page, editorLoaded, close: () => context.close() };
}

/**
 * The editor code loads after the first frame and adds the layout overlay
 * (collision and clearance markers): wait for its chunk, then for quiet.
 */
export async function waitForEditor(page: Page, timeoutMs = 10_000): Promise<boolean> {
  const loaded = await page
    .waitForFunction(
      () =>
        performance
          .getEntriesByType('resource')
          .some((r) => /editor-runtime[^/]*\.js$/.test(r.name)),
      undefined,
      { timeout: timeoutMs, polling: 50 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!loaded) console.warn('  warning: the editor chunk (editor-runtime) never loaded');
  await quiet(page);
  return loaded;
}

/** Until no frame was drawn for `quietMs` (at most `maxMs`); returns whether it settled. */
export function quiet(page: Page, quietMs = 500, maxMs = 15_000): Promise<boolean> {
  return page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise<boolean>((done) => {
        const hooks = (window as BenchWindow).__HOS_TEST__!;
        const start = performance.now();
        let last = hooks.frames();
        let since = start;
        const tick = () => {
          const now = performance.now();
          const f = hooks.frames();
          if (f !== last) {
            last = f;
            since = now;
          }
          if (now - since >= quietMs) done(true);
          else if (now - start >= maxMs) done(false);
          else setTimeout(tick, 25);
        };
        tick();
      }),
    { quietMs, maxMs },
  );
}

/**
 * Counts the WebGL draw calls the page issues (window.__glDraws()), an
 * independent check of renderer.info.render.calls.
 */
export const GL_DRAW_COUNTER = `(() => {
  let n = 0;
  const names = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements'];
  for (const C of [globalThis.WebGLRenderingContext, globalThis.WebGL2RenderingContext]) {
    if (!C) continue;
    for (const m of names) {
      const f = C.prototype[m];
      if (typeof f !== 'function') continue;
      C.prototype[m] = function (...args) { n++; return f.apply(this, args); };
    }
  }
  globalThis.__glDraws = () => n;
})();`;

/**
 * Draws one more complete frame of the whole scene (the canvas is resized by
 * a pixel and back, which re-renders everything) and waits for quiet.
 * Returns the frames drawn and the WebGL draw calls issued meanwhile (when
 * GL_DRAW_COUNTER is installed; else 0).
 */
export async function forceFullFrame(page: Page): Promise<{ frames: number; glDraws: number }> {
  const read = () =>
    page.evaluate(() => ({
      frames: (window as BenchWindow).__HOS_TEST__!.frames(),
      draws: (globalThis as { __glDraws?: () => number }).__glDraws?.() ?? 0,
    }));
  const size = page.viewportSize() ?? { width: 1024, height: 640 };
  const before = await read();
  await page.setViewportSize({ width: size.width, height: size.height + 1 });
  await quiet(page, 300);
  await page.setViewportSize(size);
  await quiet(page, 300);
  const after = await read();
  return { frames: after.frames - before.frames, glDraws: after.draws - before.draws };
}

/**
 * three.js announces every Scene and WebGLRenderer it constructs to
 * window.__THREE_DEVTOOLS__ when that exists (its devtools hook). This init
 * script collects them in window.__benchThree, so a bench can reach the
 * app's @react-three/fiber state (scene.__r3f.root.getState(): camera,
 * controls, invalidate) without a hook in src/.
 */
export const THREE_OBSERVER = `(() => {
  const seen = { scenes: [], renderers: [] };
  const target = new EventTarget();
  target.addEventListener('observe', (e) => {
    const o = e.detail;
    if (o && o.isScene) seen.scenes.push(o);
    else if (o && o.isWebGLRenderer) seen.renderers.push(o);
  });
  globalThis.__THREE_DEVTOOLS__ = target;
  globalThis.__benchThree = seen;
})();`;

/** In the page: the R3F root state of the app's viewport (needs THREE_OBSERVER). */
export interface R3fState {
  camera: {
    position: {
      x: number;
      y: number;
      z: number;
      constructor: new (x: number, y: number, z: number) => unknown;
    };
    lookAt(x: number, y: number, z: number): void;
    updateMatrixWorld(): void;
  };
  controls: {
    enabled: boolean;
    target: { x: number; y: number; z: number };
    connect?(el: unknown): void;
  } | null;
  invalidate(): void;
  gl: { domElement: HTMLCanvasElement };
}
