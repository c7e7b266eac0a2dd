// Build the app with Vite and serve a built folder with `vite preview` on
// 127.0.0.1 and a free port. Shared by test/e2e and test/bench.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

/** The repository root (this file is test/e2e/harness/serve.ts). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A port nobody listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the port of a probe server'));
        return;
      }
      server.close(() => resolvePort(address.port));
    });
  });
}

export type AppBuildMode = 'production' | 'test';

/** Where `vite build --mode <mode>` writes (see vite.config.ts). */
export const appOutDir = (mode: AppBuildMode): string =>
  resolve(repoRoot, mode === 'test' ? 'dist-test' : 'dist');

/** Runs the repo's vite CLI in a child process (NODE_ENV unset: a production React). */
export async function viteBuild(args: string[]): Promise<void> {
  const vite = resolve(repoRoot, 'node_modules/vite/bin/vite.js');
  const env = { ...process.env };
  delete env.NODE_ENV;
  const output: string[] = [];
  const code = await new Promise<number | null>((done, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn', ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', done);
  });
  if (code !== 0) {
    throw new Error(`vite build ${args.join(' ')} failed (exit ${code}):\n${output.join('')}`);
  }
}

/**
 * Builds the app as `vite build --mode <mode>` would from a shell. A child
 * process keeps the caller's NODE_ENV (vitest sets it to "test") from turning
 * the build into a development build of React.
 */
export async function buildApp(mode: AppBuildMode): Promise<string> {
  await viteBuild(['--mode', mode]);
  const outDir = appOutDir(mode);
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`vite build --mode ${mode} wrote no ${outDir}/index.html`);
  }
  return outDir;
}

export interface Served {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a built folder with `vite preview --host 127.0.0.1 --strictPort` on
 * a free port. Retries with another port if one is taken between probe and bind.
 */
export async function serveDir(outDir: string): Promise<Served> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    try {
      const server = await preview({
        configFile: false,
        root: repoRoot,
        logLevel: 'warn',
        build: { outDir },
        preview: { host: '127.0.0.1', port, strictPort: true, open: false },
      });
      return {
        url: `http://127.0.0.1:${port}`,
        close: () => server.close(),
      };
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`vite preview could not bind a free port: ${String(lastError)}`);
}
