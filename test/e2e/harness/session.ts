// Per-test-file browser session for vitest: one Chromium and one fresh,
// network-guarded context per file, closed after the file.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import {
  collectPageErrors,
  launchChromium,
  type NetworkGuard,
  newGuardedContext,
  openApp,
} from './browser';
import { MissingChromiumError } from './chromium';

export interface BrowserSession {
  readonly baseURL: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly guard: NetworkGuard;
  /** A new page in the file's context. */
  newPage(): Promise<Page>;
}

/**
 * Call at the top level of a test file. The returned object's fields are
 * usable inside tests and hooks (after beforeAll ran).
 */
export function setupBrowserSession(options: BrowserContextOptions = {}): BrowserSession {
  const baseURL = inject('baseURL');
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let guard: NetworkGuard | undefined;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`browser session: ${what} used before beforeAll`);
    return value;
  };

  beforeAll(async () => {
    const missing = inject('chromiumMissing');
    if (missing !== null) throw new MissingChromiumError(missing);
    browser = await launchChromium();
    ({ context, guard } = await newGuardedContext(browser, baseURL, options));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  return {
    baseURL,
    get browser() {
      return need(browser, 'browser');
    },
    get context() {
      return need(context, 'context');
    },
    get guard() {
      return need(guard, 'guard');
    },
    newPage: () => need(context, 'context').newPage(),
  };
}

/**
 * One app page per test file, opened before the tests and closed after:
 * `onOpen` receives the page and the list its page errors go to.
 */
export function openAppForFile(
  session: BrowserSession,
  onOpen: (page: Page, pageErrors: string[]) => void,
): void {
  let opened: Page | undefined;
  beforeAll(async () => {
    opened = await session.newPage();
    onOpen(opened, collectPageErrors(opened));
    await openApp(opened);
  });
  afterAll(async () => {
    await opened?.close();
  });
}
