import type { EventDefinition } from './definition';
import { type EventEnvelope, envelopeSchema } from './envelope';
import { formatIssuePath } from './issue-path';
import { err, ok, type Result } from './result';
import { z } from './zod';

/** Why one event was refused: where it is and the first bad field. */
export interface EventError {
  index: number;
  type: string | undefined;
  path: string;
  message: string;
}

export function describeEventError(e: EventError): string {
  const type = e.type ? ` (${e.type})` : '';
  const path = e.path ? `${e.path}: ` : '';
  return `events[${e.index}]${type}: ${path}${e.message}`;
}

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
  ): Result<unknown, { path: string; message: string }>;
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
    if (!def) return err({ path: 'type', message: `unknown event type '${type}'` });
    const parsed = z.safeParse(def.schema, payload);
    if (parsed.success) return ok(parsed.data);
    const issue = parsed.error.issues[0]!;
    return err({ path: formatIssuePath(['payload', ...issue.path]), message: issue.message });
  };

  return {
    get: (type) => byType.get(type),
    extend: add,
    types: () => [...byType.keys()],
    validatePayload,
    decode(raw, index) {
      const env = envelopeSchema.safeParse(raw);
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
          message: issue.message,
        });
      }
      const e = env.data;
      const def = byType.get(e.type);
      if (!def)
        return err({
          index,
          type: e.type,
          path: 'type',
          message: `unknown event type '${e.type}'`,
        });
      if (e.v > def.version) {
        return err({
          index,
          type: e.type,
          path: 'v',
          message: `version ${e.v} is newer than this app knows (${def.version})`,
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
