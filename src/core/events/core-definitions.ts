import type { EventDefinition } from '../definition';
import type { EventEnvelope } from '../envelope';
import { anyItemKind, checkCore, type ItemKinds } from './check-core';
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

/**
 * Payload versions above 1. Version 2 of ItemPlaced and OpeningPlaced added
 * the optional `index` (where undo puts a removed entry back); a version-1
 * payload is a version-2 one without it, placed at the end as before, so
 * old logs and files fold to the same state.
 */
const versions: Partial<Record<CoreEventType, Pick<EventDefinition, 'version' | 'upcasters'>>> = {
  ItemPlaced: { version: 2, upcasters: { 1: (p) => p } },
  OpeningPlaced: { version: 2, upcasters: { 1: (p) => p } },
};

function define(type: CoreEventType, kinds: ItemKinds): EventDefinition {
  return {
    type,
    version: 1,
    ...versions[type],
    schema: corePayloadSchemas[type],
    reduce: (d, e) => reduceCore(d, asCore(e)),
    check: (s, e, site) =>
      checkCore(
        s,
        asCore(e),
        e.meta?.undoOf || e.meta?.redoOf ? 'restore' : site === 'import' ? 'import' : 'edit',
        kinds,
      ),
    invert: (s, e) => invertCore(s, asCore(e)),
  };
}

/**
 * The core's event types, checking that every placed item is of one of
 * `kinds` (the app and the CLI pass the built-in catalog: event-registry.ts,
 * scripts/validate.ts). Checks run on append and import, never on replay.
 */
export function coreEventDefinitionsFor(kinds: ItemKinds): readonly EventDefinition[] {
  return coreEventTypes.map((type) => define(type, kinds));
}

/**
 * The core's event types without a catalog: any item kind is accepted. For
 * the core's own tests, fixtures and benchmarks; a registry that reads
 * people's files uses `coreEventDefinitionsFor(catalog)`.
 */
export const coreEventDefinitions: readonly EventDefinition[] =
  coreEventDefinitionsFor(anyItemKind);
