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
