import type { FileError } from '../core/file-format';
import type { WallSide } from '../core/office-state';
import { type StorageFailure, storageFailure } from '../core/persist/storage-failure';
import type { EventError } from '../core/registry';
import type { StoredLogError } from '../core/stored-log-error';
import type { GlbError } from '../layout/glb';
import { inEnglish } from './i18n/english';

/** Refusals of the app itself, with no core rule behind them. */
export type AppReason =
  | { readonly code: 'readOnlyPast'; readonly params: Readonly<Record<never, never>> }
  /** The writer tab could not load the part of the stored log a follower's edit or sync needs. */
  | { readonly code: 'writerLacksHistory'; readonly params: Readonly<Record<never, never>> }
  /** `known`: the presets there are, listed for the person to pick from. */
  | {
      readonly code: 'noPreset';
      readonly params: { readonly name: string; readonly known: string };
    }
  /** A preset's chunk would not load (a stale cache, a build swapped under an open tab). */
  | { readonly code: 'presetUnreadable'; readonly params: { readonly name: string } }
  /** A follower's edit on a branch the writer tab no longer holds (deleted or set aside there). */
  | { readonly code: 'branchGoneAtWriter'; readonly params: { readonly name: string } }
  | {
      readonly code: 'modelTooLarge';
      readonly params: { readonly mb: string; readonly limitMb: number };
    }
  /** No spot on the wall where the opening fits without overlapping another (room-commands). */
  | { readonly code: 'wallFull'; readonly params: { readonly wall: WallSide } }
  | {
      readonly code: 'modelTooBig';
      readonly params: { readonly width: string; readonly depth: string; readonly height: string };
    };

/**
 * Anything below the UI that refused, kept as data until it is drawn, so it
 * is worded in the language shown then (i18n/problem-text.ts). Each family
 * has its own codes; `kind` keeps them apart.
 */
export type Problem =
  /** A file to import: names the event (if any) and the field. */
  | { readonly kind: 'file'; readonly error: FileError }
  /** An edit the log refused: the UI names only the reason (the user made the edit). */
  | { readonly kind: 'event'; readonly error: EventError }
  | { readonly kind: 'glb'; readonly error: GlbError }
  | { readonly kind: 'app'; readonly reason: AppReason }
  /** The stored log does not fit together: names the branch and event. */
  | { readonly kind: 'storedLog'; readonly error: StoredLogError }
  /** The browser's storage failed; its own error is kept as `detail`. */
  | { readonly kind: 'storage'; readonly error: StorageFailure };

/**
 * A Problem thrown where only an exception gets through (boot's restore).
 * Its message is the English wording, for the console; the UI words
 * `problem` in the language shown.
 */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(inEnglish(problem));
    this.name = 'ProblemError';
  }
}

/** What a failure while opening or writing storage was: a Problem thrown as one, or the browser's error. */
export function problemOf(e: unknown): Problem {
  return e instanceof ProblemError ? e.problem : { kind: 'storage', error: storageFailure(e) };
}
