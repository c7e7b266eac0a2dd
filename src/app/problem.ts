import type { FileError } from '../core/file-format';
import type { EventError } from '../core/registry';
import type { GlbError } from '../layout/glb';

/** Refusals of the app itself, with no core rule behind them. */
export type AppReason =
  | { readonly code: 'readOnlyPast'; readonly params: Readonly<Record<never, never>> }
  | { readonly code: 'noPreset'; readonly params: { readonly name: string } }
  | {
      readonly code: 'modelTooLarge';
      readonly params: { readonly mb: string; readonly limitMb: number };
    }
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
  | { readonly kind: 'app'; readonly reason: AppReason };
