import type { BranchInfo } from '../core/branch-info';
import { err, ok, type Result } from '../core/result';
import type { Workspace } from '../core/workspace';
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

const MARKER = 'preset:';

/**
 * The preset a branch was opened from (its `createdAt` marker), if any; a
 * branch forked from such a copy ("Continue from here") comes from it too.
 */
export function presetOf(info: BranchInfo, branches: readonly BranchInfo[] = []): string | null {
  const byId = new Map(branches.map((b) => [b.id, b]));
  // Bounded: a parent chain is never longer than the branches there are.
  for (let b: BranchInfo | undefined = info, n = 0; b && n <= branches.length; n++) {
    if (b.createdAt.startsWith(MARKER)) {
      const name = b.createdAt.slice(MARKER.length);
      return presetNames.includes(name) ? name : null;
    }
    b = b.parentId === null ? undefined : byId.get(b.parentId);
  }
  return null;
}

/** Which copy of a preset was opened. */
export type PresetCopy =
  /** A new branch, imported just now. */
  | 'new'
  /** A branch opened from it before and not changed since. */
  | 'unchanged'
  /** A branch opened from it before and edited since: the person's own work. */
  | 'edited';

type Scene = { events?: { id?: unknown }[] };
type Copy = { info: BranchInfo; edited: boolean; length: number };

/**
 * The copies of a preset, the one a link should go back to first. The
 * workspace lists branches in creation order only until a reload (storage
 * gives them back by id), so the order here is chosen, not inherited:
 * edited copies before unchanged ones (a class link brings a student back to
 * their work), the longest (most worked on) first, then by name so the
 * choice is the same on every load.
 */
function copiesOf(ws: Workspace, name: string, scene: Scene): Copy[] {
  const published = scene.events ?? [];
  const lastId = published.at(-1)?.id;
  return ws
    .list()
    .filter((info) => info.createdAt === MARKER + name)
    .map((info) => {
      const log = ws.branch(info.id)?.log;
      const length = log?.length ?? 0;
      // Logs only grow, so the preset's length and last event say "as
      // published". A copy of an older version of the preset (a later
      // build changed it) counts as edited: it is not what ships now.
      const unchanged = length === published.length && log?.event(length)?.id === lastId;
      return { info, edited: !unchanged, length };
    })
    .sort(
      (a, b) =>
        Number(b.edited) - Number(a.edited) ||
        b.length - a.length ||
        a.info.name.localeCompare(b.info.name),
    );
}

/**
 * Opens a preset as a branch of its own, validated like an import. Opening
 * it again goes back to a copy made before (see copiesOf), so a class link
 * brings a student back to their own work; `fresh` asks for the preset as
 * published instead: an unchanged copy if there is one, else a new one.
 */
export async function openPreset(
  store: OfficeStore,
  name: string,
  opts: {
    fresh?: boolean;
    /** The new branch's name, e.g. the example's name in the language shown; else the file's. */
    branchName?: (preset: string) => string;
  } = {},
): Promise<Result<{ info: BranchInfo; copy: PresetCopy; preset: string }, Problem>> {
  // A link typed by hand may say "Default" or "stress ": names are lower-case ids.
  const id = name.trim().toLowerCase();
  const load = files[`../../scenes/${id}.json`];
  if (!load) {
    const known = presetNames.join(', ');
    return err({ kind: 'app', reason: { code: 'noPreset', params: { name, known } } });
  }
  let scene: Scene;
  try {
    scene = (await load()) as Scene;
  } catch {
    // The chunk is in the bundle, but a stale cache or a build swapped
    // under an open tab can still fail to load it.
    return err({ kind: 'app', reason: { code: 'presetUnreadable', params: { name: id } } });
  }
  const ws = store.workspace;
  const copies = copiesOf(ws, id, scene);
  const existing = opts.fresh ? copies.find((c) => !c.edited) : copies[0];
  if (existing) {
    ws.switchTo(existing.info.id);
    return ok({ info: existing.info, copy: existing.edited ? 'edited' : 'unchanged', preset: id });
  }
  await ensureDeviceEvents();
  const text = JSON.stringify(scene);
  const r = importText(store, text, text.length, MARKER + id, opts.branchName?.(id));
  return r.ok
    ? ok({ info: r.value, copy: 'new', preset: id })
    : err({ kind: 'file', error: r.error });
}
