import type { BranchLog } from './branch-log';
import type { EventEnvelope } from './envelope';
import { reason } from './reason';
import { err, ok, type Result } from './result';
import { type DamagedBranch, type StoredLogError, storedLogError } from './stored-log-error';
import type { WholeBranch } from './workspace';

/** What a tail-only restore holds of one branch, as the check needs it. */
interface Held {
  readonly info: { readonly id: string; readonly name: string };
  readonly log: BranchLog;
}

/** What `Workspace.completeHistory` may apply, once every check passed. */
export interface CompletionPlan {
  /** The stored branches that are not gone, in stored order. */
  stored: readonly WholeBranch[];
  /** The older events (1..base) each partial branch gets. */
  olderOf: ReadonlyMap<string, EventEnvelope[]>;
  /**
   * Branches in memory that are neither kept nor re-added: deleted meanwhile
   * by another tab, or shown from their tail with a damaged stored log and
   * set aside by choice.
   */
  skipped: ReadonlySet<string>;
}

/**
 * Checks the whole stored workspace against what a tail-only restore
 * holds, before anything changes: every partial branch must still be
 * stored, storage must agree with memory on every seq both hold, and the
 * older events must fit below the snapshot. A partial branch whose stored
 * log is damaged fails the check, unless `setAsideShown` (the person chose
 * to set it aside and open the others). `gone`: deleted meanwhile by
 * another tab, neither required nor re-added.
 */
export function planCompletion(
  held: ReadonlyMap<string, Held>,
  currentName: string,
  whole: readonly WholeBranch[],
  damaged: readonly DamagedBranch[],
  gone: ReadonlySet<string>,
  setAsideShown: boolean,
): Result<CompletionPlan, StoredLogError> {
  const unreadable = new Map<string, DamagedBranch>();
  for (const d of damaged) {
    const have = held.get(d.info.id);
    if (have && !have.log.complete && !gone.has(d.info.id)) {
      if (!setAsideShown) return err(d.error);
      unreadable.set(d.info.id, d);
    }
  }
  const skippedIds = new Set([...gone, ...unreadable.keys()]);
  const skipped = (id: string) => skippedIds.has(id);
  const stored = whole.filter((s) => !gone.has(s.info.id));
  const storedIds = new Set(stored.map((b) => b.info.id));
  for (const b of held.values()) {
    if (!b.log.complete && !storedIds.has(b.info.id) && !skipped(b.info.id))
      return err(storedLogError(b.info.name, null, reason('noLongerStored')));
  }
  if (!stored.length && [...held.keys()].every(skipped)) {
    const first = unreadable.values().next().value;
    return err(first ? first.error : storedLogError(currentName, null, reason('noLongerStored')));
  }
  const olderOf = new Map<string, EventEnvelope[]>();
  for (const s of stored) {
    const have = held.get(s.info.id);
    if (!have || have.log.complete) continue;
    const base = have.log.base;
    if (s.events.length < base)
      return err(storedLogError(s.info.name, null, reason('shorterThanSnapshot', { seq: base })));
    // What storage holds past the snapshot must be what this tab loaded (or appended) there.
    const overlap = Math.min(s.events.length, have.log.length);
    for (let seq = base + 1; seq <= overlap; seq++) {
      if (s.events[seq - 1]!.id !== have.log.event(seq)!.id)
        return err(
          storedLogError(
            s.info.name,
            { seq, type: undefined, path: '' },
            reason('changedInStorage'),
          ),
        );
    }
    const older = s.events.slice(0, base);
    const fits = have.log.historyFits(older);
    if (!fits.ok) return err({ ...fits.error, branch: s.info.name });
    olderOf.set(s.info.id, older);
  }
  return ok({ stored, olderOf, skipped: skippedIds });
}
