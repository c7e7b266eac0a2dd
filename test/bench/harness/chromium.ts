// Chromium benchmarks: launch, build, serve and time a page. The launching,
// building and serving are the browser tests' own (test/e2e/harness), so the
// two measure and test the same thing.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_VIEWPORT } from '../../e2e/harness/browser';
import { launchChromium } from '../../e2e/harness/chromium';
import {
  type AppBuildMode,
  appOutDir,
  buildApp,
  repoRoot,
  type Served,
  serveDir,
} from '../../e2e/harness/serve';

export { newGuardedContext, openApp } from '../../e2e/harness/browser';
export * from '../../e2e/harness/pixels';
export { type AppBuildMode, appOutDir, buildApp, launchChromium, repoRoot, type Served, serveDir };

/** The mark the app (and the baseline page) set on the first frame with content. */
export const FIRST_FRAME_MARK = 'hos:first-frame';

/**
 * Builds a standalone page folder (index.html + main.tsx) with the same
 * plugin and target as the app, through vite's JS API.
 */
export async function buildPage(root: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
    },
  });
  return outDir;
}

/** test/bench/baseline built into dist-baseline/ (repo root, git-ignored). */
export const buildBaseline = (): Promise<string> =>
  buildPage(resolve(repoRoot, 'test/bench/baseline'), resolve(repoRoot, 'dist-baseline'));

/** Runs `fn` with one Chromium, closed afterwards. */
export async function withChromium<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/**
 * For later Chromium benches: builds the app (`vite build --mode <mode>`;
 * 'test' has window.__HOS_TEST__), serves it, starts Chromium, runs `fn`,
 * then closes both. `build: false` reuses the existing output folder.
 */
export async function withAppInChromium<T>(
  fn: (session: { browser: Browser; url: string }) => Promise<T>,
  { mode = 'production', build: rebuild = true }: { mode?: AppBuildMode; build?: boolean } = {},
): Promise<T> {
  const outDir = rebuild ? await buildApp(mode) : appOutDir(mode);
  return withServed(outDir, (url) => withChromium((browser) => fn({ browser, url })));
}

/** Runs `fn` with `outDir` served on 127.0.0.1, closed afterwards. */
export async function withServed<T>(outDir: string, fn: (url: string) => Promise<T>): Promise<T> {
  const served = await serveDir(outDir);
  try {
    return await fn(served.url);
  } finally {
    await served.close();
  }
}

/**
 * Opens `url` in a fresh context (cold HTTP cache) and returns the
 * performance mark's startTime: milliseconds from navigation start.
 */
export async function timeToMark(
  browser: Browser,
  url: string,
  mark = FIRST_FRAME_MARK,
  timeoutMs = 120_000,
  settleMs = 500,
): Promise<number> {
  const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name, 'mark').length > 0,
      mark,
      {
        timeout: timeoutMs,
        polling: 20,
      },
    );
    return await page.evaluate(
      (name) => performance.getEntriesByName(name, 'mark')[0]!.startTime,
      mark,
    );
  } finally {
    await context.close();
    // Let the closed page's renderer wind down before the next measurement.
    await new Promise((done) => setTimeout(done, settleMs));
  }
}
