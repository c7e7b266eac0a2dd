import type { EventEnvelope, ProposedEvent } from './envelope';
import type { CheckFailure } from './events/check-core';
import type { OfficeState } from './office-state';
import type { AnySchema } from './zod';

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
  /** Semantic precondition against the state before the event. */
  readonly check?: (state: OfficeState, event: EventEnvelope<string, P>) => CheckFailure | null;
  /** Compensating events for undo; only user-editable types have one. */
  readonly invert?: (before: OfficeState, event: EventEnvelope<string, P>) => ProposedEvent[];
}
