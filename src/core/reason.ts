/**
 * Why the core refused something, as a code plus the data the sentence
 * needs. The core never words a refusal: the UI does, in the reader's
 * language, from its message catalog (src/app/i18n, `reason.<code>`), and
 * the CLI does the same with the English catalog. A new code therefore
 * fails to compile until both catalogs have a message for it.
 */

/** One member per code (distributes over a union of codes, so `Extract` finds each). */
type R<
  C extends string,
  P extends Record<string, string | number> = Record<never, never>,
> = C extends string ? { readonly code: C; readonly params: Readonly<P> } : never;

/** The type names zod reports (`expected`) and that `received` is told in. */
export const schemaTypes = [
  'string',
  'number',
  'int',
  'boolean',
  'bigint',
  'symbol',
  'undefined',
  'null',
  'never',
  'void',
  'date',
  'array',
  'object',
  'tuple',
  'record',
  'map',
  'set',
  'file',
  'nonoptional',
  'nan',
  'infinity',
  'function',
  'unknown',
] as const;
export type SchemaType = (typeof schemaTypes)[number];

/** What a length limit counts. */
export type SizeUnit = 'characters' | 'items' | 'entries' | 'bytes';

/** `≥`, `>`, `≤`, `<` or `=`: language-neutral, so the catalogs need one message per limit. */
export type LimitOp = '≥' | '>' | '≤' | '<' | '=';

/** A schema's first issue (zod), in words the catalog can translate. */
export type SchemaReason =
  | R<'expectedType', { expected: SchemaType; received: SchemaType }>
  /** `values`: the allowed literals as data, e.g. `"north" | "east"`. */
  | R<'expectedValue', { values: string }>
  | R<'tooSmall' | 'tooBig', { op: LimitOp; limit: number | string }>
  | R<'tooShort' | 'tooLong', { op: LimitOp; limit: number | string; unit: SizeUnit }>
  | R<'badId' | 'badColour' | 'badBase64' | 'badFormat'>
  /** An id that is a reserved name (`__proto__`, `toString`: forbidden-keys.ts). */
  | R<'reservedId', { id: string }>
  | R<'unknownKeys', { keys: string }>
  | R<'notMultipleOf', { divisor: number | string }>
  | R<'invalid'>;

/** A file or an event that does not fit the log (file-format, registry, branch-log). */
export type LogReason =
  | R<'fileTooLarge', { mb: string; limitMb: number }>
  | R<'notJson'>
  | R<'notJsonAt', { line: number; column: number }>
  | R<'forbiddenKey'>
  | R<'notOurFormat', { format: string; expected: string }>
  | R<'newerVersion', { version: number; known: number }>
  | R<'seqGap', { expected: number; got: number }>
  | R<'timeBefore', { at: number; before: number }>
  | R<'unknownType', { type: string }>
  | R<'unknownSource', { source: string }>
  | R<'noBranch', { id: string }>;

/** A reducer's precondition that the state before the event does not meet (events/check-core). */
export type CheckReason =
  | R<
      | 'openingExists'
      | 'noOpening'
      | 'itemExists'
      | 'noItem'
      | 'assetExists'
      | 'noAsset'
      | 'movedTwice'
      | 'removedTwice'
      | 'noParent'
      | 'standsOnItself',
      { id: string }
    >
  /** An item kind the registry's catalog does not have (`ItemKinds` in events/check-core). */
  | R<'unknownKind', { kind: string }>
  | R<'outsideRoom', { axis: 'x' | 'z'; value: number; limit: number }>
  | R<'openingOffWall', { wall: 'north' | 'east' | 'south' | 'west' }>
  | R<'openingTooTall'>
  /**
   * The opening would overlap another on its wall (opening-overlap.ts): that
   * one's kind and wall, and its span along the wall in metres from the
   * wall's centre (`from` < `to`), so a sentence can say where it is.
   */
  | R<
      'openingsOverlap',
      {
        kind: 'door' | 'window';
        wall: 'north' | 'east' | 'south' | 'west';
        from: number;
        to: number;
      }
    >;

/**
 * What the stored log (IndexedDB) holds that does not fit together: branches,
 * forks, snapshots and the events read after the first frame (persist/,
 * branch-log, workspace). The branch and event are named beside the reason
 * (`StoredLogError`).
 */
export type StoredReason =
  | R<'parentMissing', { id: string }>
  | R<'parentDamaged', { name: string }>
  | R<'forkCycle'>
  | R<'forkPastEnd', { forkSeq: number; length: number }>
  | R<'snapshotUnusable' | 'snapshotNoCarry'>
  | R<'snapshotNotReached', { seq: number }>
  | R<'snapshotOffGrid', { seq: number; every: number }>
  | R<'carriedOutOfOrder', { seq: number }>
  | R<'olderCount', { expected: number; got: number }>
  | R<'noLongerStored'>
  | R<'shorterThanSnapshot', { seq: number }>
  | R<'changedInStorage'>;

export type Reason = SchemaReason | LogReason | CheckReason | StoredReason;
export type ReasonCode = Reason['code'];

type ReasonOf<C extends ReasonCode> = Extract<Reason, { code: C }>;
type ParamsOf<C extends ReasonCode> = ReasonOf<C>['params'];

/** `reason('seqGap', { expected: 3, got: 4 })`, typed by code. */
export function reason<C extends ReasonCode>(code: C, ...params: Params<C>): ReasonOf<C> {
  return { code, params: params[0] ?? {} } as ReasonOf<C>;
}

/** Codes without parameters may leave them out. */
type Params<C extends ReasonCode> =
  Record<never, never> extends ParamsOf<C> ? [ParamsOf<C>?] : [ParamsOf<C>];
