import type { BranchInfo } from '../core/branch-info';
import type { Appended } from '../core/branch-log';
import type { ProposedEvent } from '../core/envelope';
import type { OfficeState } from '../core/office-state';
import type { EventError } from '../core/registry';
import { err, type Result } from '../core/result';
import type { DamagedBranch } from '../core/stored-log-error';
import type { Workspace } from '../core/workspace';
import type { Problem } from './problem';

/** Saving to IndexedDB, or not, and why (worded when drawn, like a notice's reason). */
export type StorageStatus = { kind: 'idb' } | { kind: 'memory'; reason: Problem };

export type TabRole = 'writer' | 'follower';

/**
 * A message for the status bar: a catalog key and its parameters, and the
 * refusal behind it, if any, kept as data so it is worded in the language
 * shown when it is drawn (its `{{reason}}`).
 */
export type Notice = {
  kind: 'error' | 'info';
  /**
   * Absent: the outcome of one of the person's actions (a refusal, an
   * import), replaced by the outcome of the next one: a successful action
   * clears it (`OfficeStore.actionSucceeded`). `'state'`: the state of things
   * (branches set aside, the history not loaded), which no unrelated success
   * makes untrue; it stays until another notice replaces it.
   */
  about?: 'state';
  key: string;
  /** A list (of names) is worded by the catalog's `{{x, list}}`, in the language shown. */
  params?: Record<string, string | readonly string[]>;
  reason?: Problem;
  /** Catalog key of the field's label (`{{field}}`): worded when drawn, like `reason`. */
  field?: string;
  /**
   * What the field belongs to when several things have the same field (two
   * openings each have an offset): a catalog key whose params are catalog
   * keys too, all worded when drawn.
   */
  fieldOf?: LabelRef;
};

/**
 * A label worded when drawn: a catalog key, params that are catalog keys
 * themselves, and values that are not words (a number) passed as they are.
 */
export type LabelRef = {
  key: string;
  params?: Record<string, string>;
  values?: Record<string, string | number>;
};

/** What the UI reads. A new object whenever anything in it changes. */
export interface OfficeView {
  /** The state shown: the head, or the past while the timeline cursor is back. */
  state: OfficeState;
  head: OfficeState;
  branch: BranchInfo;
  branches: BranchInfo[];
  length: number;
  /** null at the head; otherwise the seq being viewed (read-only). */
  viewSeq: number | null;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * False while a restore from the stored snapshot waits for the older
   * events: the timeline, forking, deleting, undo, export and the devices
   * wait for it (see boot.ts).
   */
  historyLoaded: boolean;
  /** Why the older events could not be read (null while loading, once loaded, or before any attempt). */
  historyProblem: Problem | null;
  /** Stored branches that could not be read: not opened, left in storage as they are. */
  setAside: readonly DamagedBranch[];
  unsaved: number;
  storage: StorageStatus;
  role: TabRole;
  notice: Notice | null;
}

/** Forwards edits when this tab is not the writer (see tabs.ts). */
export interface EditSink {
  propose(branchId: string, events: ProposedEvent[]): void;
  undo(branchId: string): void;
  redo(branchId: string): void;
}

/**
 * The bridge between the workspace (core) and React: one immutable view
 * object per change, read with useSyncExternalStore and selectors.
 */
export class OfficeStore {
  private view: OfficeView;
  private readonly listeners = new Set<() => void>();
  private unsaved = 0;
  private storage: StorageStatus = { kind: 'idb' };
  private role: TabRole = 'writer';
  private viewSeq: number | null = null;
  private notice: Notice | null = null;
  private sink: EditSink | null = null;
  private stale = false;
  private notifying = false;

  constructor(readonly workspace: Workspace) {
    this.view = this.compute();
    workspace.subscribe((c) => {
      // A change on the shown branch while viewing the past keeps the cursor.
      if (c.kind === 'switched') this.viewSeq = null;
      this.refresh();
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Always current: a change marks the view stale, and the next read rebuilds it. */
  getSnapshot = (): OfficeView => {
    if (this.stale) {
      this.stale = false;
      this.view = this.compute();
    }
    return this.view;
  };

  setUnsaved(n: number): void {
    if (n !== this.unsaved) {
      this.unsaved = n;
      this.refresh();
    }
  }

  /** Set by the persistence wiring: writes the queued events again (after space was freed). */
  retrySave: (() => Promise<boolean>) | null = null;

  /** Set by boot while the older history failed to load: reads it again. */
  retryHistory: (() => void) | null = null;
  /** Offered when the branch shown is what failed the history: set it aside, open the others. */
  openOthers: (() => void) | null = null;
  private historyProblem: Problem | null = null;

  setHistoryProblem(p: Problem | null): void {
    this.historyProblem = p;
    this.refresh();
  }

  setStorage(s: StorageStatus): void {
    this.storage = s;
    this.refresh();
  }

  setRole(role: TabRole, sink: EditSink | null): void {
    this.role = role;
    this.sink = sink;
    this.refresh();
  }

  setNotice(n: Notice | null): void {
    this.notice = n;
    this.refresh();
  }

  /**
   * One of the person's actions went through (an edit, undo or redo, an
   * import or export): a notice about an earlier action, such as its
   * refusal, is out of date and goes. A notice about the state of things
   * stays (`Notice.about`).
   */
  actionSucceeded(): void {
    if (this.notice && this.notice.about !== 'state') this.setNotice(null);
  }

  /** Moves the timeline cursor; null returns to the head. */
  viewAt(seq: number | null): void {
    // Seeking before the loaded events waits for them (the timeline is disabled until then).
    const base = this.workspace.current.log.base;
    if (seq !== null && base > 0 && seq < base) return;
    const len = this.workspace.current.log.length;
    this.viewSeq = seq === null || seq >= len ? null : Math.max(0, Math.floor(seq));
    this.refresh();
  }

  /** User edits: refused while viewing the past; forwarded when another tab writes. */
  edit(events: ProposedEvent[]): Result<Appended | null, Problem> {
    if (this.viewSeq !== null)
      return err({ kind: 'app', reason: { code: 'readOnlyPast', params: {} } });
    if (this.role === 'follower' && this.sink) {
      // Sent on: the writer's refusal, if any, comes back as the next notice (tabs.ts).
      this.sink.propose(this.workspace.current.info.id, events);
      this.actionSucceeded();
      return { ok: true, value: null };
    }
    const r = this.workspace.append(events);
    if (r.ok) {
      this.actionSucceeded();
      return r;
    }
    const problem: Problem = { kind: 'event', error: r.error };
    this.setNotice({ kind: 'error', key: 'status.refused', reason: problem });
    return err(problem);
  }

  undo(): void {
    if (this.viewSeq !== null) return;
    if (this.role === 'follower' && this.sink) {
      this.sink.undo(this.workspace.current.info.id);
      this.actionSucceeded();
    } else this.undone(this.workspace.undo());
  }

  redo(): void {
    if (this.viewSeq !== null) return;
    if (this.role === 'follower' && this.sink) {
      this.sink.redo(this.workspace.current.info.id);
      this.actionSucceeded();
    } else this.undone(this.workspace.redo());
  }

  /** An undo's or redo's outcome (null: there was nothing to do) replaces the notice before it. */
  private undone(r: Result<Appended, EventError> | null): void {
    if (!r) return;
    if (r.ok) this.actionSucceeded();
    else
      this.setNotice({
        kind: 'error',
        key: 'status.refused',
        reason: { kind: 'event', error: r.error },
      });
  }

  /**
   * Marks the view stale and tells subscribers once per microtask: a burst
   * of appends (a replay, a forwarded batch, the save counter ticking)
   * re-runs React's selectors once, not once per event.
   */
  refresh(): void {
    this.stale = true;
    if (this.notifying) return;
    this.notifying = true;
    queueMicrotask(() => {
      this.notifying = false;
      for (const l of this.listeners) l();
    });
  }

  private compute(): OfficeView {
    const ws = this.workspace;
    const b = ws.current;
    const head = b.log.head;
    const state = this.viewSeq === null ? head : Object.freeze(b.log.stateAt(this.viewSeq));
    return {
      state,
      head,
      branch: b.info,
      branches: ws.list(),
      length: b.log.length,
      viewSeq: this.viewSeq,
      canUndo: ws.canUndo(),
      canRedo: ws.canRedo(),
      historyLoaded: ws.historyLoaded,
      historyProblem: ws.historyFailed ? this.historyProblem : null,
      setAside: ws.setAsideBranches,
      unsaved: this.unsaved,
      storage: this.storage,
      role: this.role,
      notice: this.notice,
    };
  }
}
