import type { BranchInfo } from '../branch-info';
import type { EventEnvelope } from '../envelope';
import type { StoredSnapshot } from '../state-schema';

/** A branch as stored: its info and only the events it owns (seq > forkSeq). */
export interface StoredBranch {
  info: BranchInfo;
  events: EventEnvelope[];
  /** The latest stored snapshot of the branch, a cache: checked before use. */
  snapshot?: StoredSnapshot;
}

/**
 * What a tail-only restore reads: the branch infos, the branch to open, its
 * stored snapshot and its events from the snapshot's seq to the head (its
 * own and, below its fork, its ancestors').
 */
export interface StoredHead {
  infos: BranchInfo[];
  lastOpenBranch: string | null;
  branchId: string;
  snapshot: StoredSnapshot;
  /** Events snapshot.seq .. head, in seq order (the first one proves the log reaches the snapshot). */
  events: EventEnvelope[];
}

export interface StoredWorkspace {
  branches: StoredBranch[];
  lastOpenBranch: string | null;
}

/**
 * Where the log lives between sessions. The IndexedDB adapter implements it
 * in the browser; tests use the same adapter on fake-indexeddb.
 */
export interface EventStorePort {
  load(): Promise<StoredWorkspace>;
  /**
   * The open branch from its stored snapshot on, or null when there is no
   * branch or no snapshot for it (then `load` is the way). Optional: a port
   * without it always restores in full.
   */
  loadHead?(): Promise<StoredHead | null>;
  /** Resolves when the transaction has completed: only then is an event saved. */
  write(batch: WriteBatch): Promise<void>;
  close(): void;
}

export interface WriteBatch {
  events: Array<{ branchId: string; event: EventEnvelope }>;
  branches: BranchInfo[];
  deletedBranches: string[];
  lastOpenBranch?: string;
  /** Latest snapshot per branch (replaces the stored one). */
  snapshots?: Array<{ branchId: string; snapshot: StoredSnapshot }>;
}
