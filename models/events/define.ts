import type { z } from 'zod';

/**
 * Structural twin of the core's EventDefinition (src/core/definition.ts).
 * models/ is the lowest layer and cannot import it; the core registers these
 * as they are, since the shapes match.
 */
export interface DeviceEventDefinition<T extends string = string, S extends z.ZodType = z.ZodType> {
  readonly type: T;
  readonly version: number;
  readonly schema: S;
  readonly upcasters?: Readonly<Record<number, (payload: unknown) => unknown>>;
}

export function defineEvent<T extends string, S extends z.ZodType>(
  type: T,
  schema: S,
  version = 1,
  upcasters?: Record<number, (payload: unknown) => unknown>,
): DeviceEventDefinition<T, S> {
  return upcasters ? { type, version, schema, upcasters } : { type, version, schema };
}

/**
 * The flat shape a machine emits: `{ type, ...payload }`. The office system
 * splits it into `{ type, at, payload }` for the log.
 */
export type EmittedFrom<D extends readonly DeviceEventDefinition[]> = {
  [K in keyof D]: D[K] extends DeviceEventDefinition<infer T, infer S>
    ? { type: T } & z.infer<S>
    : never;
}[number];
