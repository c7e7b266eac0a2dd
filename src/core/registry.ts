import type { EventDefinition } from './definition';
import { type EventEnvelope, envelopeSchema } from './envelope';
import { formatIssuePath } from './issue-path';
import { type Reason, reason } from './reason';
import { err, ok, type Result } from './result';
import { schemaReason } from './schema-reason';
import { z } from './zod';

/** Why one event was refused: where it is, the first bad field and why (worded by the UI). */
export interface EventError {
  index: number;
  type: string | undefined;
  path: string;
  reason: Reason;
}

/** Where an event error is, as data: `events[3] (ItemsMoved): payload.moves[0].x`. */
export function eventErrorWhere(e: Pick<EventError, 'index' | 'type' | 'path'>): string {
  const type = e.type ? ` (${e.type})` : '';
  return `events[${e.index}]${type}${e.path ? `: ${e.path}` : ''}`;
}

/** Parses with the input kept on issues, so a reason can name the type it received. */
const withInput = { reportInput: true } as const;

export interface EventRegistry {
  get(type: string): EventDefinition | undefined;
  types(): string[];
  /** Validates and upcasts one raw event (from a file, IndexedDB or another tab). */
  decode(raw: unknown, index: number): Result<EventEnvelope, EventError>;
  /**
   * Adds definitions after start-up (device events load with the simulation
   * code, not with the first page). Refuses a type that is already known.
   */
  extend(definitions: readonly EventDefinition[]): void;
  /** Validates a payload of the current version. */
  validatePayload(
    type: string,
    payload: unknown,
  ): Result<unknown, { path: string; reason: Reason }>;
}

export function createRegistry(definitions: readonly EventDefinition[]): EventRegistry {
  const byType = new Map<string, EventDefinition>();
  const add = (defs: readonly EventDefinition[]) => {
    const batch = new Set<string>();
    for (const d of defs) {
      if (byType.has(d.type) || batch.has(d.type)) {
        throw new Error(`event type ${d.type} is registered twice`);
      }
      batch.add(d.type);
      for (let v = 1; v < d.version; v++) {
        if (!d.upcasters?.[v]) throw new Error(`${d.type} lacks an upcaster from v${v}`);
      }
    }
    for (const d of defs) byType.set(d.type, d);
  };
  add(definitions);

  const validatePayload: EventRegistry['validatePayload'] = (type, payload) => {
    const def = byType.get(type);
    if (!def) return err({ path: 'type', reason: reason('unknownType', { type }) });
    const parsed = z.safeParse(def.schema, payload, withInput);
    if (parsed.success) return ok(parsed.data);
    const issue = parsed.error.issues[0]!;
    return err({ path: formatIssuePath(['payload', ...issue.path]), reason: schemaReason(issue) });
  };

  return {
    get: (type) => byType.get(type),
    extend: add,
    types: () => [...byType.keys()],
    validatePayload,
    decode(raw, index) {
      const env = envelopeSchema.safeParse(raw, withInput);
      const rawType =
        raw && typeof raw === 'object' && typeof (raw as { type?: unknown }).type === 'string'
          ? (raw as { type: string }).type
          : undefined;
      if (!env.success) {
        const issue = env.error.issues[0]!;
        return err({
          index,
          type: rawType,
          path: formatIssuePath(issue.path),
          reason: schemaReason(issue),
        });
      }
      const e = env.data;
      const def = byType.get(e.type);
      if (!def)
        return err({
          index,
          type: e.type,
          path: 'type',
          reason: reason('unknownType', { type: e.type }),
        });
      if (e.v > def.version) {
        return err({
          index,
          type: e.type,
          path: 'v',
          reason: reason('newerVersion', { version: e.v, known: def.version }),
        });
      }
      let payload = e.payload;
      for (let v = e.v; v < def.version; v++) payload = def.upcasters![v]!(payload);
      const checked = validatePayload(e.type, payload);
      if (!checked.ok) return err({ index, type: e.type, ...checked.error });
      const event: EventEnvelope = { ...e, v: def.version, payload: checked.value };
      if (event.meta === undefined) delete (event as { meta?: unknown }).meta;
      return ok(event);
    },
  };
}
