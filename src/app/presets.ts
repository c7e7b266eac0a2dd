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

/** Which copy of a preset was opened. */
export type PresetCopy =
  /** A new branch, imported just now. */
  | 'new'
  /** A branch opened from it before and not changed since. */
  | 'unchanged'
  /** A branch opened from it before and edited since: the person's own work. */
  | 'edited';

/**
 * Opens a preset as a branch of its own, validated like an import. Opening
 * it again goes back to the copy made before (the newest), so a class link
 * brings a student back to their own work; `fresh` asks for the preset as
 * published instead: an unchanged copy if there is one, else a new one.
 */
export async function openPreset(
  store: OfficeStore,
  name: string,
  opts: { fresh?: boolean } = {},
): Promise<Result<{ info: BranchInfo; copy: PresetCopy }, Problem>> {
  // A link typed by hand may say "Default" or "stress ": names are lower-case ids.
  const id = name.trim().toLowerCase();
  const load = files[`../../scenes/${id}.json`];
  if (!load) {
    const known = presetNames.join(', ');
    return err({ kind: 'app', reason: { code: 'noPreset', params: { name, known } } });
  }
  name = id;
  const ws = store.workspace;
  const marker = `preset:${name}`;
  const scene = (await load()) as { events?: unknown[] };
  const published = scene.events?.length ?? 0;
  // Logs only grow: a copy longer than the preset was edited.
  const copies = ws
    .list()
    .filter((b) => b.createdAt === marker)
    .map((info) => ({ info, edited: (ws.branch(info.id)?.log.length ?? 0) > published }))
    .reverse();
  const existing = opts.fresh ? copies.find((c) => !c.edited) : copies[0];
  if (existing) {
    ws.switchTo(existing.info.id);
    return ok({ info: existing.info, copy: existing.edited ? 'edited' : 'unchanged' });
  }
  await ensureDeviceEvents();
  const text = JSON.stringify(scene);
  const r = importText(store, text, text.length, marker);
  return r.ok ? ok({ info: r.value, copy: 'new' }) : err({ kind: 'file', error: r.error });
}
