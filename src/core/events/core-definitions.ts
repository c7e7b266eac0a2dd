import type { EventDefinition } from '../definition';
import type { EventEnvelope } from '../envelope';
import { checkCore } from './check-core';
import {
  type CoreEvent,
  type CoreEventType,
  coreEventTypes,
  corePayloadSchemas,
} from './core-events';
import { invertCore } from './invert-core';
import { reduceCore } from './reduce-core';

// An envelope of a core type is structurally a CoreEvent: no copy on the hot path.
const asCore = (e: EventEnvelope): CoreEvent => e as unknown as CoreEvent;

function define(type: CoreEventType): EventDefinition {
  return {
    type,
    version: 1,
    schema: corePayloadSchemas[type],
    reduce: (d, e) => reduceCore(d, asCore(e)),
    check: (s, e) => checkCore(s, asCore(e), Boolean(e.meta?.undoOf || e.meta?.redoOf)),
    invert: (s, e) => invertCore(s, asCore(e)),
  };
}

export const coreEventDefinitions: readonly EventDefinition[] = coreEventTypes.map(define);
