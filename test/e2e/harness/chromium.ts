// Which Chromium to drive and how to start it. Shared by the browser tests
// (test/e2e) and the Chromium benchmarks (test/bench): no vitest import here.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise. Never a downloaded browser. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The launch arguments measured to render WebGL here (SwiftShader on the CPU).
 * See ../../../../shared/ARCHITECTURE.md, section "Browser tests".
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** The one line a run without a browser fails with. */
export const missingChromiumMessage = (path: string): string =>
  `Chromium not found at ${path}: install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH to a Chromium binary.`;

/** Printed as its message only: no stack. */
export class MissingChromiumError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingChromiumError';
    this.stack = message;
  }
}

/** Throws MissingChromiumError when the browser binary is not there. */
export function assertChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) throw new MissingChromiumError(missingChromiumMessage(path));
  return path;
}

/** Starts headless Chromium with exactly CHROMIUM_ARGS. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = assertChromium();
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
