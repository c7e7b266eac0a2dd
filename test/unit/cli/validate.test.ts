// `npm run validate -- FILE`: exit 0 and a one-line summary for a valid
// file, exit 2 and the import's own message (never a stack trace) otherwise.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile('node_modules/.bin/tsx', ['scripts/validate.ts', ...args], (error, stdout, stderr) => {
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
        stdout,
        stderr,
      });
    });
  });

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe('validate CLI', () => {
  it('accepts the default scene with a one-line summary', async () => {
    const r = await run(['scenes/default.json']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(
      /valid: branch "Default office", \d+ events, room 4\.2×3\.6 m, \d+ items/,
    );
  }, 30_000);

  it('refuses a bad event with exit 2, naming its index, type and field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hos-validate-'));
    const file = JSON.parse(await readFile('scenes/default.json', 'utf8'));
    const i = file.events.findIndex((e: { type: string }) => e.type === 'ItemPlaced');
    file.events[i].payload.item.x = 999;
    const path = join(dir, 'bad.json');
    await writeFile(path, JSON.stringify(file));
    const r = await run([path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`events[${i}] (ItemPlaced): payload.item.x:`);
    expect(r.stdout).toBe('');
    noStack(r.stderr);
  }, 30_000);

  it('refuses an item of a kind the catalog does not have, as the app does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hos-validate-'));
    const file = JSON.parse(await readFile('scenes/default.json', 'utf8'));
    const i = file.events.findIndex((e: { type: string }) => e.type === 'ItemPlaced');
    file.events[i].payload.item.kind = 'spaceship';
    const path = join(dir, 'ship.json');
    await writeFile(path, JSON.stringify(file));
    const r = await run([path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `events[${i}] (ItemPlaced): payload.item.kind: unknown kind 'spaceship'`,
    );
    noStack(r.stderr);
  }, 30_000);

  it('refuses a missing file, a non-JSON file and bad arguments with exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hos-validate-'));
    const notJson = join(dir, 'x.json');
    await writeFile(notJson, 'not json {');
    for (const args of [[join(dir, 'missing.json')], [notJson], [], ['--help']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().length).toBeGreaterThan(0);
      noStack(r.stderr);
    }
  }, 60_000);
});
