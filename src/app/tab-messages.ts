import type { BranchInfo } from '../core/branch-info';
import type { EventEnvelope, ProposedEvent } from '../core/envelope';

/** What tabs of one origin say to each other on the BroadcastChannel. */
export type TabMessage =
  /** Writer → all: events appended to a branch (already validated and ordered). */
  | { kind: 'appended'; branchId: string; events: EventEnvelope[] }
  /** Writer → all: a branch appeared; `events` is its full log. */
  | { kind: 'branchCreated'; info: BranchInfo; events: EventEnvelope[] }
  | { kind: 'branchDeleted'; branchId: string }
  | { kind: 'branchRenamed'; info: BranchInfo }
  /** Follower → writer: please append these for me. */
  | { kind: 'propose'; branchId: string; events: ProposedEvent[] }
  | { kind: 'undo'; branchId: string }
  | { kind: 'redo'; branchId: string }
  /** Writer → all: a (new) writer is listening; followers ask it for what they lack. */
  | { kind: 'writerReady' }
  /** Follower → writer: send what I lack after these heads. */
  | { kind: 'sync'; heads: Record<string, number> };

export const CHANNEL_NAME = 'home-office-sim';
export const WRITER_LOCK = 'home-office-sim-writer';
