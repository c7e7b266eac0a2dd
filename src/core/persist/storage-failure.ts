export type StorageFailureCode =
  /** QuotaExceededError: the site's storage is full. */
  | 'full'
  /** SecurityError, or no IndexedDB at all: a private window, blocked site data. */
  | 'unavailable'
  /** InvalidStateError: the connection was closed under the app. */
  | 'closed'
  /** VersionError: the database was written by a newer version of the app. */
  | 'newerVersion'
  /** The open waits for another tab holding an older version open. */
  | 'blocked'
  /** A newer version of the app, in another tab, upgraded the database: this tab let go of it. */
  | 'upgradedElsewhere'
  /** Any other IndexedDB error (DOMException). */
  | 'failed'
  /** Not an IndexedDB error at all (e.g. code that did not load). */
  | 'unexpected';

/**
 * Why the browser's storage (IndexedDB) failed, as a code the UI words in
 * the language shown, with the browser's own error name and message kept as
 * `detail`: it is diagnostic, and in the browser's words, not ours. One
 * member per code.
 */
export type StorageFailure = {
  [C in StorageFailureCode]: { readonly code: C; readonly params: { readonly detail: string } };
}[StorageFailureCode];

/** Refusals of the IndexedDB adapter itself, with no browser error behind them. */
export class StorageRefused extends Error {
  constructor(readonly code: 'blocked' | 'unavailable' | 'upgradedElsewhere') {
    super(`storage ${code}`);
    this.name = 'StorageRefused';
  }
}

const byName: Readonly<Record<string, StorageFailureCode>> = {
  QuotaExceededError: 'full',
  SecurityError: 'unavailable',
  InvalidStateError: 'closed',
  VersionError: 'newerVersion',
};

/** Classifies whatever an IndexedDB call threw or rejected with. */
export function storageFailure(e: unknown): StorageFailure {
  if (e instanceof StorageRefused) return { code: e.code, params: { detail: '' } };
  const name = field(e, 'name');
  const message = field(e, 'message') || (typeof e === 'object' ? '' : String(e));
  const dom = typeof DOMException !== 'undefined' && e instanceof DOMException;
  const code = byName[name] ?? (dom ? 'failed' : 'unexpected');
  return { code, params: { detail: [name, message].filter(Boolean).join(': ') } };
}

function field(e: unknown, key: 'name' | 'message'): string {
  const v = typeof e === 'object' && e !== null ? (e as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : '';
}
