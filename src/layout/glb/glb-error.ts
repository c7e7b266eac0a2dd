/**
 * Why a user's GLB was refused, as a code plus the numbers a sentence needs.
 * The UI words it in the reader's language (catalog keys `glb.<code>`), so
 * a new code fails to compile until both catalogs have its message.
 */

/** One member per code (distributes over a union of codes, so `Extract` finds each). */
type E<
  C extends string,
  P extends Record<string, string | number> = Record<never, never>,
> = C extends string ? { readonly code: C; readonly params: Readonly<P> } : never;

export type GlbError =
  | E<'tooShort', { bytes: number }>
  | E<'badMagic'>
  | E<'badVersion', { version: number }>
  | E<'lengthMismatch', { declared: number; actual: number }>
  | E<'badChunk', { offset: number }>
  /** No chunk, or the first chunk is not JSON. */
  | E<'missingJson'>
  /** The JSON chunk does not parse, or is not an object. */
  | E<'badJson'>
  | E<'noMeshes'>
  | E<'badNode' | 'badMatrix' | 'nodeCycle', { node: number }>
  | E<'badMesh', { node: number; mesh: number }>
  | E<'badAccessor' | 'accessorUnreadable' | 'accessorOverrun', { accessor: number }>
  | E<'accessorNotVec3', { accessor: number; type: string }>
  | E<'badScale', { scale: number }>;

export type GlbErrorCode = GlbError['code'];

type GlbErrorOf<C extends GlbErrorCode> = Extract<GlbError, { code: C }>;

/** `glbError('badNode', { node: 3 })`, typed by code. */
export function glbError<C extends GlbErrorCode>(
  code: C,
  ...params: Record<never, never> extends GlbErrorOf<C>['params']
    ? [GlbErrorOf<C>['params']?]
    : [GlbErrorOf<C>['params']]
): GlbErrorOf<C> {
  return { code, params: params[0] ?? {} } as GlbErrorOf<C>;
}
