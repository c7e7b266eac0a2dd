// vitest globalSetup of the 'e2e' project: checks Chromium, builds the app in
// test mode (dist-test/, with window.__HOS_TEST__), serves it with vite
// preview on 127.0.0.1 and a free port, and provides the URL as `baseURL`.
//
// A missing Chromium is not thrown here (that would abort the unit projects
// too, with a misleading "No test files found"): it is provided as
// `chromiumMissing`, and every browser test file then fails with that one line.
//
// HOS_E2E_NO_BUILD=1 reuses an existing dist-test/ (quicker when iterating on tests).
import type { TestProject } from 'vitest/node';
import { assertChromium, MissingChromiumError } from './chromium';
import { appOutDir, buildApp, type Served, serveDir } from './serve';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234; '' when chromiumMissing is set */
    baseURL: string;
    /** One line on how to install Chromium, or null when it is there. */
    chromiumMissing: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  try {
    assertChromium();
  } catch (error) {
    if (!(error instanceof MissingChromiumError)) throw error;
    project.provide('chromiumMissing', error.message);
    project.provide('baseURL', '');
    return;
  }
  const outDir = process.env.HOS_E2E_NO_BUILD === '1' ? appOutDir('test') : await buildApp('test');
  const served: Served = await serveDir(outDir);
  project.provide('chromiumMissing', null);
  project.provide('baseURL', served.url);
  return () => served.close();
}
