import type { BranchInfo } from '../core/branch-info';
import type { EventEnvelope, ProposedEvent } from '../core/envelope';
import type { Problem } from './problem';

/** A follower's edit, forwarded to the writer; `from` is the follower's tab id. */
export type ForwardedEdit =
  /** Follower → writer: please append these for me. */
  | { kind: 'propose'; from: string; branchId: string; events: ProposedEvent[] }
  | { kind: 'undo'; from: string; branchId: string }
  | { kind: 'redo'; from: string; branchId: string };

/**
 * Follower → writer: send what I lack after these heads. `known` names
 * branches this follower is reading from storage itself (a tail-only
 * restore whose history is loading): the writer does not send those.
 */
export type SyncRequest = {
  kind: 'sync';
  from: string;
  heads: Record<string, number>;
  known?: string[];
};

/** What tabs of one origin say to each other on the BroadcastChannel. */
export type TabMessage =
  /** Writer → all: events appended to a branch (already validated and ordered). */
  | { kind: 'appended'; branchId: string; events: EventEnvelope[] }
  /** Writer → all: a branch appeared; `events` is its full log. */
  | { kind: 'branchCreated'; info: BranchInfo; events: EventEnvelope[] }
  | { kind: 'branchDeleted'; branchId: string }
  | { kind: 'branchRenamed'; info: BranchInfo }
  | ForwardedEdit
  /** Writer → all: a (new) writer is listening; followers ask it for what they lack. */
  | { kind: 'writerReady' }
  | SyncRequest
  /**
   * Writer → the follower `to`: its edit (`about: 'edit'`) or its sync
   * (`about: 'sync'`) could not be done, and why; the follower shows it.
   */
  | { kind: 'refused'; to: string; about: 'edit' | 'sync'; reason: Problem };

export const CHANNEL_NAME = 'home-office-sim';
export const WRITER_LOCK = 'home-office-sim-writer';
