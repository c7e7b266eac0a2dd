// Issue 5: the room exports as a binary glTF (three's GLTFExporter) and the
// view as a PNG, offline, as downloads a person can open elsewhere.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAppForFile, setupBrowserSession } from './harness/session';

const session = setupBrowserSession();
let page: Page;
let pageErrors: string[];

async function download(name: string): Promise<{ file: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  const d = await waiting;
  return { file: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

openAppForFile(session, (p, errors) => {
  page = p;
  pageErrors = errors;
});

describe('exports', () => {
  it('exports the room as a GLB holding the room and its items', async () => {
    const { file, bytes } = await download('Export 3D model (GLB)');
    expect(file).toMatch(/\.glb$/);
    // GLB header: magic 'glTF', version 2, total length; then a JSON chunk.
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('glTF');
    expect(bytes.readUInt32LE(4)).toBe(2);
    expect(bytes.readUInt32LE(8)).toBe(bytes.length);
    const jsonLength = bytes.readUInt32LE(12);
    expect(bytes.subarray(16, 20).toString('ascii')).toBe('JSON');
    const gltf = JSON.parse(bytes.subarray(20, 20 + jsonLength).toString('utf8')) as {
      nodes: { name?: string }[];
      meshes: unknown[];
    };
    const names = gltf.nodes.map((n) => n.name);
    expect(names).toContain('room');
    expect(names).toContain('items');
    expect(gltf.meshes.length).toBeGreaterThan(5);
  });

  it('exports the view as a PNG of the canvas size', async () => {
    const { file, bytes } = await download('Export view (PNG)');
    expect(file).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const canvas = await page.locator('[data-testid=viewport] canvas').boundingBox();
    expect(width).toBe(Math.round(canvas!.width));
    expect(height).toBe(Math.round(canvas!.height));
    // A real picture, not an empty buffer: compressed size well above a blank image's.
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('logged no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
