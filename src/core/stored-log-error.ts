import type { BranchInfo } from './branch-info';
import type { Reason } from './reason';
import type { EventError } from './registry';

/**
 * Why the stored log (IndexedDB) cannot be restored as it is, as data: the
 * branch and event it is at, when it is at one, and a Reason. The UI words
 * it (`problem.storedLog`); the core never does.
 */
export interface StoredLogError {
  /** The branch's name, when the problem is in one branch. */
  readonly branch: string | null;
  /** The event at fault: its seq on that branch, and its type and bad field if it failed its schema. */
  readonly event: StoredEventAt | null;
  readonly reason: Reason;
}

export interface StoredEventAt {
  readonly seq: number;
  readonly type: string | undefined;
  /** The bad field (`payload.moves[0].x`), or '' for the whole event. */
  readonly path: string;
}

/** `storedLogError('Main', null, reason('forkCycle'))`. */
export const storedLogError = (
  branch: string | null,
  event: StoredEventAt | null,
  why: Reason,
): StoredLogError => ({ branch, event, reason: why });

/** A stored event that failed decoding (`registry.decode`), at its seq. */
export const undecodable = (branch: string | null, seq: number, e: EventError): StoredLogError =>
  storedLogError(branch, { seq, type: e.type, path: e.path }, e.reason);

/** A stored branch that could not be rebuilt: left as storage holds it, with why. */
export interface DamagedBranch {
  readonly info: BranchInfo;
  readonly error: StoredLogError;
}
