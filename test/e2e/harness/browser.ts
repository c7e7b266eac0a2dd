// Playwright-core helpers for pages of the served app. No vitest import here,
// so the Chromium benchmarks can use the same code (see test/bench/harness).
import type { Browser, BrowserContext, BrowserContextOptions, Page, Route } from 'playwright-core';

export { launchChromium } from './chromium';

/** What the test build exposes on window (see src/, test build only). */
export interface RendererInfo {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
}

export interface HosTestHooks {
  renderer(): RendererInfo;
  frames(): number;
  state(): unknown;
  ready: boolean;
}

/**
 * Window as seen by the test hooks. Not a global augmentation, so the app may
 * declare its own type for window.__HOS_TEST__ without conflict.
 */
export type HosWindow = Window & { __HOS_TEST__?: HosTestHooks };

/** Records and aborts every request that would leave the served origin. */
export interface NetworkGuard {
  /** Origin allowed, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** URLs of requests that were blocked, in order. */
  readonly blocked: readonly string[];
  /** URLs of every request seen (allowed or not), in order. */
  readonly seen: readonly string[];
}

/** Installs a NetworkGuard on a context: only `origin`, data: and blob: get through. */
export async function guardNetwork(
  context: BrowserContext,
  baseURL: string,
): Promise<NetworkGuard> {
  const origin = new URL(baseURL).origin;
  const blocked: string[] = [];
  const seen: string[] = [];
  const allowed = (url: string): boolean =>
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url === origin ||
    url.startsWith(`${origin}/`);
  await context.route('**/*', (route: Route) => {
    const url = route.request().url();
    seen.push(url);
    if (allowed(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  // WebSockets are not routed by context.route: catch them too.
  await context.routeWebSocket(/.*/, (ws) => {
    const url = ws.url();
    seen.push(url);
    blocked.push(url);
    return ws.close();
  });
  return { origin, blocked, seen };
}

export const DEFAULT_VIEWPORT = { width: 1024, height: 640 } as const;

/** A fresh context (English, fixed viewport) with the network guard installed. */
export async function newGuardedContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; guard: NetworkGuard }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-US',
    viewport: DEFAULT_VIEWPORT,
    deviceScaleFactor: 1,
    ...options,
  });
  const guard = await guardNetwork(context, baseURL);
  return { context, guard };
}

/**
 * Navigates to `path` (relative to the context's baseURL), waits until the
 * test build says the scene's first frame with content has rendered, then
 * until the network is idle and rendering and layout have settled (see waitForIdle).
 */
export async function openApp(page: Page, path = '/', timeoutMs = 60_000): Promise<void> {
  await gotoReady(page, path, timeoutMs);
  // Lazy chunks (panels, toolbar parts) may still arrive and change the layout.
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
  await waitForIdle(page);
}

async function gotoReady(page: Page, path: string, timeoutMs: number): Promise<void> {
  await page.goto(path, { waitUntil: 'load', timeout: timeoutMs });
  try {
    await page.waitForFunction(
      () => (window as HosWindow).__HOS_TEST__?.ready === true,
      undefined,
      {
        timeout: timeoutMs,
        polling: 100,
      },
    );
  } catch (error) {
    const hooks = await page.evaluate(() => typeof (window as HosWindow).__HOS_TEST__);
    throw new Error(
      `the app did not report window.__HOS_TEST__.ready within ${timeoutMs} ms (typeof __HOS_TEST__: ${hooks}); is this a \`vite build --mode test\` build? ${String(error)}`,
    );
  }
}

/**
 * Waits (best effort, at most `maxMs`) until no frame has been rendered and
 * the viewport canvas kept its size for `quietMs`: late layout (lazy panels,
 * fonts) resizes the canvas, which clears it until the next frame. With
 * frameloop="demand" an idle room renders nothing, so this settles quickly.
 * Returns whether it settled; never fails a test by itself.
 */
export async function waitForIdle(page: Page, quietMs = 400, maxMs = 10_000): Promise<boolean> {
  return page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise<boolean>((done) => {
        const hooks = (window as HosWindow).__HOS_TEST__;
        const probe = () => {
          const canvas = document.querySelector('[data-testid="viewport"] canvas');
          const size =
            canvas instanceof HTMLCanvasElement ? `${canvas.width}x${canvas.height}` : '';
          return `${hooks?.frames() ?? 0}|${size}`;
        };
        const start = performance.now();
        let last = probe();
        let since = start;
        const tick = () => {
          const now = performance.now();
          const current = probe();
          if (current !== last) {
            last = current;
            since = now;
          }
          if (now - since >= quietMs) done(true);
          else if (now - start >= maxMs) done(false);
          else setTimeout(tick, 50);
        };
        void document.fonts.ready.then(tick);
      }),
    { quietMs, maxMs },
  );
}

/** Collects uncaught page errors and console errors, for assertions. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}
