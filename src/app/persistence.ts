import type { BranchLog } from '../core/branch-log';
import type { OfficeState } from '../core/office-state';
import type { EventStorePort } from '../core/persist/port';
import { WriteQueue } from '../core/persist/write-queue';
import { FOLD_VERSION, type StoredSnapshot } from '../core/state-schema';
import type { Workspace, WorkspaceChange } from '../core/workspace';
import { CARRY_RULE, carryAt, scannable } from './binder-signals';
import type { OfficeStore } from './office-store';
import { problemOf } from './problem';

/**
 * Sends every workspace change to the write queue. Only the writer tab
 * attaches this, so two tabs never interleave writes to one log.
 */
export function attachPersistence(
  ws: Workspace,
  store: OfficeStore,
  port: EventStorePort,
): WriteQueue {
  const queue = new WriteQueue(port, {
    onChange: (n) => store.setUnsaved(n),
    onError: (e) => store.setStorage({ kind: 'memory', reason: problemOf(e) }),
  });
  store.retrySave = async () => {
    await queue.flush();
    if (queue.hasFailed) return false;
    store.setStorage({ kind: 'idb' });
    return true;
  };
  ws.subscribe((c: WorkspaceChange) => {
    switch (c.kind) {
      case 'appended': {
        queue.events(c.branchId, c.events);
        // The seek cache's snapshot at each K boundary is stored too, so a
        // reload folds only the events after it.
        const log = ws.branch(c.branchId)?.log;
        for (const e of c.events) {
          const state = log?.snapshotAt(e.seq);
          if (log && state) queue.snapshot(c.branchId, storedSnapshot(log, e.seq, state));
        }
        return;
      }
      case 'branchCreated': {
        queue.branch(c.branch.info);
        // A fork shares its parent's prefix; only its own events are stored.
        const own = c.branch.log.all().slice(c.branch.info.forkSeq);
        if (own.length) queue.events(c.branch.info.id, own);
        queue.lastOpen(ws.current.info.id);
        return;
      }
      case 'branchRenamed':
        queue.branch(c.info);
        return;
      case 'branchDeleted':
        queue.deleteBranch(c.branchId);
        return;
      case 'switched':
        queue.lastOpen(c.branchId);
        return;
      case 'historyLoaded':
      case 'historyFailed':
      case 'historyRetried':
        return;
      default: {
        const never: never = c;
        throw new Error(`unhandled change ${(never as { kind: string }).kind}`);
      }
    }
  });
  // Flush what is queued when the tab is hidden or closed: the likeliest end of a session.
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => void queue.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void queue.flush();
    });
  }
  return queue;
}

/**
 * A snapshot as stored, with the events a tail-only restore needs besides
 * it (binder signals; see binder-signals.ts).
 */
export function storedSnapshot(log: BranchLog, seq: number, state: OfficeState): StoredSnapshot {
  const carry = { rule: CARRY_RULE, events: carryAt(scannable(log), seq) };
  return { seq, foldVersion: FOLD_VERSION, state, carry };
}
