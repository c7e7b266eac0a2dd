import { isReservedId } from './forbidden-keys';
import { z } from './zod';

export const eventSources = ['user', 'sim', 'system', 'import'] as const;
export type EventSource = (typeof eventSources)[number];

/**
 * Regex checks name their format in their message ('id', 'colour',
 * 'base64'): not prose but the key the UI words ("ids use letters, digits,
 * _ and - only"), see schema-reason.ts. A reserved name (`__proto__`,
 * `toString`: forbidden-keys.ts) is refused as `reservedId`, not left to a
 * state check that would read the inherited member ("exists already").
 */
export const idSchema = z.string().check(
  z.minLength(1),
  z.maxLength(64),
  z.regex(/^[A-Za-z0-9_-]+$/, 'id'),
  z.refine((id) => !isReservedId(id), 'reservedId'),
);

/**
 * Grouping information for history. A gesture (a drag, a click on "delete")
 * may append several events; they share one gesture id and undo as one step.
 */
export const metaSchema = z.strictObject({
  gesture: z.optional(idSchema),
  undoOf: z.optional(idSchema),
  redoOf: z.optional(idSchema),
});
export type EventMeta = z.infer<typeof metaSchema>;

/** The envelope around every event in the log. `payload` is checked per type. */
export const envelopeSchema = z.strictObject({
  seq: z.int().check(z.gte(1)),
  id: idSchema,
  type: z.string().check(z.minLength(1), z.maxLength(64)),
  v: z.int().check(z.gte(1)),
  at: z.number().check(z.gte(0)),
  source: z.enum(eventSources),
  payload: z.unknown(),
  meta: z.optional(metaSchema),
});

export interface EventEnvelope<T extends string = string, P = unknown> {
  readonly seq: number;
  readonly id: string;
  readonly type: T;
  readonly v: number;
  /** Simulation time in ms; never decreases along a branch. */
  readonly at: number;
  readonly source: EventSource;
  readonly payload: P;
  readonly meta?: EventMeta;
}

/** What a command proposes; the log assigns seq, id, v and at. */
export interface ProposedEvent<T extends string = string, P = unknown> {
  type: T;
  payload: P;
  source?: EventSource;
  at?: number;
  meta?: EventMeta;
}
