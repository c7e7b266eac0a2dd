import type { EventEnvelope, ProposedEvent } from './envelope';
import type { CheckFailure } from './events/check-core';
import type { OfficeState } from './office-state';
import type { AnySchema } from './zod';

/** Where a check runs: an append to a log (an edit), or a file's import. */
export type CheckSite = 'append' | 'import';

/**
 * Everything the core needs to know about one event type. Device and
 * simulation events plug in with definitions of the same shape, without
 * touching the core.
 */
export interface EventDefinition<P = unknown> {
  readonly type: string;
  /** Current schema version; older ones are upcast on read. */
  readonly version: number;
  /** Any zod schema (the core's are zod/mini, the models' full zod). */
  readonly schema: AnySchema<P>;
  /** `upcasters[n]` turns a version-n payload into a version n+1 payload. */
  readonly upcasters?: Readonly<Record<number, (payload: unknown) => unknown>>;
  /** Mutating-style reducer; omitted for events that only feed projections elsewhere. */
  readonly reduce?: (draft: OfficeState, event: EventEnvelope<string, P>) => void;
  /**
   * Semantic precondition against the state before the event. `site` says
   * whether the event is a live edit being appended or an event of a file
   * being imported (an exported branch, a preset): a rule only an edit must
   * keep can be left to the layout checks for a file (events/check-core).
   */
  readonly check?: (
    state: OfficeState,
    event: EventEnvelope<string, P>,
    site: CheckSite,
  ) => CheckFailure | null;
  /** Compensating events for undo; only user-editable types have one. */
  readonly invert?: (before: OfficeState, event: EventEnvelope<string, P>) => ProposedEvent[];
}
