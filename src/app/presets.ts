import type { BranchInfo } from '../core/branch-info';
import { err, ok, type Result } from '../core/result';
import { ensureDeviceEvents } from './event-registry';
import { importText } from './file-commands';
import type { OfficeStore } from './office-store';
import type { Problem } from './problem';

// Preset scenes ship in the bundle (no network at run time), each in its own
// chunk, loaded only when asked for.
const files = import.meta.glob<unknown>('../../scenes/*.json', { import: 'default' });

export const presetNames: readonly string[] = Object.keys(files)
  .map((p) => p.replace(/^.*\/([^/]+)\.json$/, '$1'))
  .sort();

/**
 * Opens a preset as a branch of its own, validated like an import. Opening
 * the same preset again switches to the branch it made before.
 */
export async function openPreset(
  store: OfficeStore,
  name: string,
): Promise<Result<BranchInfo, Problem>> {
  const load = files[`../../scenes/${name}.json`];
  if (!load) return err({ kind: 'app', reason: { code: 'noPreset', params: { name } } });
  const ws = store.workspace;
  const marker = `preset:${name}`;
  const existing = ws.list().find((b) => b.createdAt === marker);
  if (existing) {
    ws.switchTo(existing.id);
    return ok(existing);
  }
  await ensureDeviceEvents();
  const text = JSON.stringify(await load());
  const r = importText(store, text, text.length, marker);
  return r.ok ? r : err({ kind: 'file', error: r.error });
}
