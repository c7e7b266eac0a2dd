import type { Patch } from 'immer';
import type { BranchInfo } from './branch-info';
import { type Appended, type AppendOptions, BranchLog } from './branch-log';
import type { EventEnvelope, ProposedEvent } from './envelope';
import { emptyHistory, type HistoryState, historyOf, recordInHistory } from './history';
import { planCompletion } from './history-completion';
import type { OfficeState } from './office-state';
import { type Reason, reason } from './reason';
import type { EventError, EventRegistry } from './registry';
import { err, ok, type Result } from './result';
import type { DamagedBranch, StoredLogError } from './stored-log-error';
import { type Plan, planRedo, planUndo } from './undo';

export interface Branch {
  info: BranchInfo;
  log: BranchLog;
  /**
   * The undo/redo stacks: a fold of the whole log's meta, so empty (and
   * undo off) while the log's older events are still loading.
   */
  history: HistoryState;
}

/** A branch's whole stored log, as `assembleBranches` rebuilds it. */
export interface WholeBranch {
  info: BranchInfo;
  events: EventEnvelope[];
  snapshot?: { seq: number; state: OfficeState };
}

export type WorkspaceChange =
  | { kind: 'appended'; branchId: string; events: readonly EventEnvelope[]; patches: Patch[] }
  | { kind: 'branchCreated'; branch: Branch }
  | { kind: 'branchRenamed'; info: BranchInfo }
  | { kind: 'branchDeleted'; branchId: string }
  | { kind: 'switched'; branchId: string }
  /** Every stored branch and every older event is in: whole-log features may start. */
  | { kind: 'historyLoaded' }
  /** The rest of the stored log could not be read: what is in memory is all there is. */
  | { kind: 'historyFailed' }
  /** A new attempt to read it (after `historyFailed`). */
  | { kind: 'historyRetried' };

/** Why `deleteBranch` refused. */
export type DeleteRefusal = 'last' | 'hasChildren' | 'keptForSetAside' | 'missing' | 'loading';

export interface WorkspaceDeps {
  registry: EventRegistry;
  newId: () => string;
  /** Wall-clock label for branch creation; not used by any fold. */
  now: () => string;
  snapshotEvery?: number;
}

/**
 * The set of branches and the current one. Every change is reported to
 * listeners (the persistence adapter, the React store, other tabs).
 */
export class Workspace {
  readonly deps: WorkspaceDeps;
  private branches = new Map<string, Branch>();
  /** True from `addTailBranch` until `completeHistory`: other stored branches are not in yet. */
  private loading = false;
  /** Set by `failHistory`: the rest of the stored log will not arrive (`loading` stays on). */
  private failed = false;
  /** Branches storage held at a tail-only restore besides the open one (until `completeHistory`). */
  private storedInfos: readonly BranchInfo[] = [];
  /** Branches another tab deleted while the history loads: removed, and not re-added, by `completeHistory`. */
  private readonly deletedMeanwhile = new Set<string>();
  /** Stored branches that could not be rebuilt: not opened, left in storage untouched. */
  private damaged: readonly DamagedBranch[] = [];
  private currentId = '';
  private readonly listeners = new Set<(c: WorkspaceChange) => void>();

  constructor(deps: WorkspaceDeps) {
    this.deps = deps;
  }

  subscribe(listener: (c: WorkspaceChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get current(): Branch {
    const b = this.branches.get(this.currentId);
    if (!b) throw new Error('no branch is open');
    return b;
  }

  get hasBranch(): boolean {
    return this.branches.has(this.currentId);
  }

  list(): BranchInfo[] {
    return [...this.branches.values()].map((b) => b.info);
  }

  branch(id: string): Branch | undefined {
    return this.branches.get(id);
  }

  /** Adds a branch whose full event list is known (load, import, fork). */
  addBranch(
    info: BranchInfo,
    events: EventEnvelope[],
    opts: { announce?: boolean; snapshot?: { seq: number; state: OfficeState } } = {},
  ): Branch {
    const log = new BranchLog(this.deps.registry, this.deps.newId, {
      events,
      snapshotEvery: this.deps.snapshotEvery,
      ...(opts.snapshot ? { snapshot: opts.snapshot } : {}),
    });
    const branch: Branch = { info, log, history: historyOf(events) };
    this.branches.set(info.id, branch);
    if (!this.currentId) this.currentId = info.id;
    if (opts.announce !== false) this.emit({ kind: 'branchCreated', branch });
    return branch;
  }

  /**
   * Opens a branch restored from its stored snapshot and tail only (see
   * `BranchLog.fromTail`). Until `completeHistory`, the workspace lacks the
   * other stored branches (`stored`, as `loadHead` listed them): deleting is
   * refused and undo is off.
   */
  addTailBranch(info: BranchInfo, log: BranchLog, stored: readonly BranchInfo[] = []): Branch {
    const branch: Branch = {
      info,
      log,
      history: log.complete ? historyOf(log.all()) : emptyHistory(),
    };
    this.branches.set(info.id, branch);
    if (!this.currentId) this.currentId = info.id;
    this.loading = true;
    this.storedInfos = stored.filter((s) => s.id !== info.id);
    return branch;
  }

  /** False while a tail-only restore waits for the rest of the stored log (and after it failed). */
  get historyLoaded(): boolean {
    return !this.loading;
  }

  /** True when the rest of the stored log could not be read (`failHistory`). */
  get historyFailed(): boolean {
    return this.loading && this.failed;
  }

  /**
   * The ids of branches storage holds that are not in memory: the other
   * stored branches of a tail-only restore until `completeHistory` (after
   * `failHistory` too: they never arrived); none once the history is in.
   */
  unloadedIds(): string[] {
    if (!this.loading) return [];
    return this.storedInfos
      .map((i) => i.id)
      .filter((id) => !this.branches.has(id) && !this.deletedMeanwhile.has(id));
  }

  /** The rest of the stored log could not be read: whole-log features stay off. */
  failHistory(): void {
    if (!this.loading || this.failed) return;
    this.failed = true;
    this.emit({ kind: 'historyFailed' });
  }

  /** A new attempt to read the rest of the stored log begins: loading again, not failed. */
  retryHistory(): void {
    if (!this.failed) return;
    this.failed = false;
    this.emit({ kind: 'historyRetried' });
  }

  /**
   * A branch another tab deleted (that tab checked it may be deleted). Once
   * the history is in, this is `deleteBranch`; while it loads, a branch in
   * memory that is not open goes now, and the open one when the history
   * arrives (then, as `deleteBranch` does, the first branch is opened);
   * either way `completeHistory` does not re-add it from storage.
   */
  deleteWhenLoaded(id: string): void {
    if (!this.loading) {
      this.deleteBranch(id);
      return;
    }
    this.deletedMeanwhile.add(id);
    if (this.branches.has(id) && id !== this.currentId) {
      this.branches.delete(id);
      this.emit({ kind: 'branchDeleted', branchId: id });
    }
  }

  /**
   * Completes a tail-only restore with the whole stored workspace: partial
   * logs get their older events (checked against what is in memory), the
   * other branches are added, in stored order (as a full load would list
   * them), followed by branches made since. Stored branches that could not
   * be rebuilt (`damaged`) are set aside, unless one is a branch shown from
   * its tail: its older events cannot be supplied, which is the error.
   * Nothing changes on error.
   */
  completeHistory(
    whole: readonly WholeBranch[],
    damaged: readonly DamagedBranch[] = [],
    opts: { setAsideShown?: boolean } = {},
  ): Result<true, StoredLogError> {
    if (!this.loading) return ok(true);
    const gone = this.deletedMeanwhile;
    // Checked for every branch before any change, so a refusal leaves the workspace as it was.
    const plan = planCompletion(
      this.branches,
      this.current.info.name,
      whole,
      damaged,
      gone,
      opts.setAsideShown === true,
    );
    if (!plan.ok) return plan;
    const { stored, olderOf, skipped } = plan.value;
    for (const [id, older] of olderOf) {
      const b = this.branches.get(id)!;
      b.log.supplyHistory(older);
      b.history = historyOf(b.log.all());
    }
    const next = new Map<string, Branch>();
    for (const s of stored) {
      next.set(
        s.info.id,
        this.branches.get(s.info.id) ?? {
          info: s.info,
          log: new BranchLog(this.deps.registry, this.deps.newId, {
            events: s.events,
            snapshotEvery: this.deps.snapshotEvery,
            ...(s.snapshot ? { snapshot: s.snapshot } : {}),
          }),
          history: historyOf(s.events),
        },
      );
    }
    for (const [id, b] of this.branches) if (!next.has(id) && !skipped.has(id)) next.set(id, b);
    // Deleted meanwhile by another tab, kept until now only because it was open.
    const removed = [...this.branches.keys()].filter((id) => gone.has(id));
    this.branches = next;
    this.setAside(damaged.filter((d) => !gone.has(d.info.id)));
    this.loading = false;
    this.failed = false;
    this.storedInfos = [];
    gone.clear();
    for (const id of removed) this.emit({ kind: 'branchDeleted', branchId: id });
    if (!next.has(this.currentId)) {
      const first = next.keys().next().value;
      if (first !== undefined) this.switchTo(first);
    }
    this.emit({ kind: 'historyLoaded' });
    return ok(true);
  }

  createBranch(name: string, from?: { branchId: string; seq: number }): Branch {
    const parent = from ? this.branches.get(from.branchId) : undefined;
    const info: BranchInfo = {
      id: this.deps.newId(),
      name,
      parentId: parent ? parent.info.id : null,
      forkSeq: parent && from ? from.seq : 0,
      createdAt: this.deps.now(),
    };
    const events = parent && from ? parent.log.prefix(from.seq) : [];
    return this.addBranch(info, events);
  }

  switchTo(id: string): Result<Branch, Reason> {
    const b = this.branches.get(id);
    if (!b) return err(reason('noBranch', { id }));
    this.currentId = id;
    this.emit({ kind: 'switched', branchId: id });
    return ok(b);
  }

  rename(id: string, name: string): Result<BranchInfo, Reason> {
    const b = this.branches.get(id);
    if (!b) return err(reason('noBranch', { id }));
    b.info = { ...b.info, name };
    this.emit({ kind: 'branchRenamed', info: b.info });
    return ok(b.info);
  }

  /**
   * Stored branches set aside at load (`assembleBranches` could not rebuild
   * them). They stay in storage as they are, so a later version, or a
   * person, can still recover them; a branch they fork from is kept too.
   */
  setAside(damaged: readonly DamagedBranch[]): void {
    this.damaged = damaged.filter((d) => !this.branches.has(d.info.id));
  }

  get setAsideBranches(): readonly DamagedBranch[] {
    return this.damaged;
  }

  /**
   * Refuses to delete the last branch or one another branch is forked from;
   * `keptForSetAside` when only set-aside branches are (they cannot be
   * deleted here, and would lose their prefix for good).
   */
  deleteBranch(id: string): Result<true, DeleteRefusal> {
    if (!this.branches.has(id)) return err('missing');
    // Children or siblings may be among the branches not loaded yet.
    if (this.loading) return err('loading');
    if (this.branches.size === 1) return err('last');
    const forksFrom = (info: BranchInfo) => info.parentId === id;
    if ([...this.branches.values()].some((b) => forksFrom(b.info))) return err('hasChildren');
    if (this.damaged.some((d) => forksFrom(d.info))) return err('keptForSetAside');
    this.branches.delete(id);
    this.emit({ kind: 'branchDeleted', branchId: id });
    if (this.currentId === id) {
      const next = this.branches.keys().next().value as string;
      this.switchTo(next);
    }
    return ok(true);
  }

  append(
    proposed: readonly ProposedEvent[],
    opts?: AppendOptions,
    branchId = this.currentId,
  ): Result<Appended, EventError> {
    const b = this.branches.get(branchId);
    if (!b) {
      const why = reason('noBranch', { id: branchId });
      return err({ index: 0, type: undefined, path: 'branch', reason: why });
    }
    const r = b.log.append(proposed, opts);
    if (r.ok && r.value.events.length) this.afterAppend(b, r.value.events, r.value.patches);
    return r;
  }

  /** Events validated by the writer tab; followers fold them as they are. */
  appendTrusted(branchId: string, events: readonly EventEnvelope[]): void {
    const b = this.branches.get(branchId);
    if (!b || events.length === 0) return;
    b.log.appendTrusted(events);
    this.afterAppend(b, events, []);
  }

  canUndo(): boolean {
    return this.hasBranch && this.current.log.complete && this.current.history.undo.length > 0;
  }

  canRedo(): boolean {
    return this.hasBranch && this.current.log.complete && this.current.history.redo.length > 0;
  }

  undo(branchId = this.currentId): Result<Appended, EventError> | null {
    const b = this.branches.get(branchId);
    if (!b?.log.complete) return null;
    const plan = planUndo(b.log, b.history, this.deps.newId());
    return plan ? this.applyPlan(b, plan) : null;
  }

  redo(branchId = this.currentId): Result<Appended, EventError> | null {
    const b = this.branches.get(branchId);
    if (!b?.log.complete) return null;
    const plan = planRedo(b.log, b.history, this.deps.newId());
    return plan ? this.applyPlan(b, plan) : null;
  }

  get head(): OfficeState {
    return this.current.log.head;
  }

  private applyPlan(b: Branch, plan: Plan): Result<Appended, EventError> {
    const r = b.log.append(plan.events, { dropRefused: true });
    if (r.ok && r.value.events.length) {
      this.afterAppend(b, r.value.events, r.value.patches);
    } else if (r.ok) {
      // Nothing left to compensate (or to replay): the step is still taken,
      // in memory only, so the user is not stuck on it.
      const h = b.history;
      if (plan.kind === 'undo') h.redo.push(h.undo.pop()!);
      else h.undo.push(h.redo.pop()!);
      this.emit({ kind: 'appended', branchId: b.info.id, events: [], patches: [] });
    }
    return r;
  }

  private afterAppend(b: Branch, events: readonly EventEnvelope[], patches: Patch[]): void {
    // A partial log's history is rebuilt from the whole log when it arrives.
    if (b.log.complete) for (const e of events) recordInHistory(b.history, e);
    this.emit({ kind: 'appended', branchId: b.info.id, events, patches });
  }

  private emit(c: WorkspaceChange): void {
    for (const l of this.listeners) l(c);
  }
}
