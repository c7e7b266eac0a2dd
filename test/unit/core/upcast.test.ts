import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EventDefinition } from '../../../src/core/definition';
import { coreEventDefinitions } from '../../../src/core/events/core-definitions';
import { parseOfficeFile } from '../../../src/core/file-format';
import { createRegistry } from '../../../src/core/registry';

/** A test type at version 2: v1 had only `text`; v2 added `pinned`. */
const noteV2: EventDefinition<{ text: string; pinned: boolean }> = {
  type: 'NoteWritten',
  version: 2,
  schema: z.object({ text: z.string(), pinned: z.boolean() }).strict(),
  upcasters: {
    1: (p) => ({ ...(p as { text: string }), pinned: false }),
  },
};

const registry = createRegistry([...coreEventDefinitions, noteV2 as EventDefinition]);

const envelope = (v: number, payload: unknown) => ({
  seq: 1,
  id: 'n1',
  type: 'NoteWritten',
  v,
  at: 0,
  source: 'user',
  payload,
});

describe('upcasting', () => {
  it('upcasts a version-1 event on decode', () => {
    const r = registry.decode(envelope(1, { text: 'hello' }), 0);
    expect(r).toEqual({
      ok: true,
      value: { ...envelope(2, { text: 'hello', pinned: false }) },
    });
  });

  it('leaves a current-version event as it is', () => {
    const r = registry.decode(envelope(2, { text: 'hi', pinned: true }), 0);
    expect(r.ok && r.value.payload).toEqual({ text: 'hi', pinned: true });
  });

  it('refuses a version-3 event, newer than the app', () => {
    const r = registry.decode(envelope(3, { text: 'x', pinned: true, colour: 'red' }), 7);
    expect(r).toEqual({
      ok: false,
      error: {
        index: 7,
        type: 'NoteWritten',
        path: 'v',
        reason: { code: 'newerVersion', params: { version: 3, known: 2 } },
      },
    });
  });

  it('validates the upcast payload against the current schema', () => {
    const r = registry.decode(envelope(1, { text: 42 }), 0);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.path).toBe('payload.text');
    // A v1 payload that already has the v2 field is still fine after upcasting.
    // A v2 event missing the field is not upcast: refused.
    const missing = registry.decode(envelope(2, { text: 'x' }), 0);
    expect(missing.ok).toBe(false);
  });

  it('upcasts old events inside an imported file', () => {
    const file = {
      format: 'home-office-sim',
      version: 1,
      createdAt: 'then',
      branch: { name: 'old' },
      events: [
        envelope(1, { text: 'a' }),
        { ...envelope(2, { text: 'b', pinned: true }), seq: 2, id: 'n2' },
      ],
    };
    const r = parseOfficeFile(JSON.stringify(file), registry);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.events.map((e) => [e.v, e.payload])).toEqual([
        [2, { text: 'a', pinned: false }],
        [2, { text: 'b', pinned: true }],
      ]);
    }
  });

  it('chains upcasters in order (v1 → v2 → v3)', () => {
    const order: number[] = [];
    const reg = createRegistry([
      {
        type: 'Counted',
        version: 3,
        schema: z.object({ n: z.number() }).strict(),
        upcasters: {
          1: (p) => {
            order.push(1);
            return { n: (p as { n: number }).n + 1 };
          },
          2: (p) => {
            order.push(2);
            return { n: (p as { n: number }).n * 10 };
          },
        },
      },
    ]);
    const r = reg.decode({ ...envelope(1, { n: 1 }), type: 'Counted' }, 0);
    expect(r.ok && r.value).toMatchObject({ v: 3, payload: { n: 20 } });
    expect(order).toEqual([1, 2]);
  });

  it('a registry refuses a type without every upcaster, or registered twice', () => {
    expect(() => createRegistry([{ ...noteV2, upcasters: {} } as EventDefinition])).toThrow(
      /lacks an upcaster from v1/,
    );
    expect(() => createRegistry([...coreEventDefinitions, coreEventDefinitions[0]!])).toThrow(
      /registered twice/,
    );
  });
});

describe('registry.extend', () => {
  it('adds types later, refusing a known one or a duplicate in the batch, all or nothing', () => {
    const reg = createRegistry(coreEventDefinitions);
    expect(reg.get('NoteWritten')).toBeUndefined();
    reg.extend([noteV2 as EventDefinition]);
    expect(reg.decode(envelope(1, { text: 'late' }), 0).ok).toBe(true);
    expect(() => reg.extend([noteV2 as EventDefinition])).toThrow(/registered twice/);
    const other = { ...noteV2, type: 'Other' } as EventDefinition;
    expect(() => reg.extend([other, other])).toThrow(/registered twice/);
    expect(reg.get('Other')).toBeUndefined();
  });
});
