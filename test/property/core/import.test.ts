import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../src/app/i18n/index';
import { problemText } from '../../../src/app/i18n/problem-text';
import { BranchLog } from '../../../src/core/branch-log';
import { coreEventTypes } from '../../../src/core/events/core-events';
import { exportBranch, parseOfficeFile, validateOfficeFile } from '../../../src/core/file-format';
import { foldInto } from '../../../src/core/fold';
import { initialOfficeState } from '../../../src/core/office-state';
import { dataOf, englishWordsIn } from '../../unit/app/problem-words';
import {
  counterIds,
  ev,
  item,
  makeRegistry,
  mustAppend,
  newLog,
  newWorkspace,
} from '../../unit/core/helpers';
import { applyOp, opsArb } from './arbitraries';

const registry = makeRegistry();
const zh = initI18n('zh').t;
const fixtureText = readFileSync(
  new URL('../../fixtures/v1/office-v1.json', import.meta.url),
  'utf8',
);

/** A workspace's log that must never change, whatever is imported next to it. */
const bystander = newLog();
mustAppend(bystander, [
  ev('ItemPlaced', { item: item('desk') }),
  ev('ItemLabelled', { id: 'desk', label: 'untouched' }),
]);
const bystanderHead = bystander.head;
const bystanderCopy = structuredClone(bystander.head);

type Json = unknown;
type Path = Array<string | number>;

/** Every path in a JSON value, the root included. */
function pathsOf(v: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) pathsOf(x, [...path, i], out);
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) pathsOf(x, [...path, k], out);
  }
  return out;
}

function getAt(root: Json, path: Path): Json {
  let v = root as Record<string | number, Json>;
  for (const k of path) v = v[k] as Record<string | number, Json>;
  return v;
}

type Mutation =
  | { kind: 'delete' }
  | { kind: 'replace'; value: Json }
  | { kind: 'retype' }
  | { kind: 'nonFinite'; text: string }
  | { kind: 'forbidden'; key: string }
  | { kind: 'swapEvents'; a: number; b: number }
  | { kind: 'duplicateEvent'; a: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    value: fc.constantFrom<Json>(
      1e308,
      -1e308,
      5e-324,
      2 ** 53,
      -1,
      0,
      0.5,
      21,
      -21,
      '',
      'x'.repeat(300),
      null,
      true,
      [],
      {},
    ),
  }),
  fc.constant<Mutation>({ kind: 'retype' }),
  fc.record({ kind: fc.constant('nonFinite' as const), text: fc.constantFrom('1e999', '-1e999') }),
  fc.record({
    kind: fc.constant('forbidden' as const),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  }),
  fc.record({ kind: fc.constant('swapEvents' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateEvent' as const), a: fc.nat() }),
);

const MARK = '"__nonfinite_marker__"';

/** Applies one mutation to a parsed file; returns the file's text. */
function mutate(text: string, pick: number, m: Mutation): string {
  const root = JSON.parse(text) as { events: Json[] };
  const paths = pathsOf(root);
  const path = paths[pick % paths.length]!;
  const parent = path.length
    ? (getAt(root, path.slice(0, -1)) as Record<string | number, Json>)
    : null;
  const key = path.at(-1);
  const set = (value: Json) => {
    if (parent && key !== undefined) parent[key] = value;
  };
  switch (m.kind) {
    case 'delete':
      if (!parent || key === undefined) return '';
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'replace':
      if (!parent) return JSON.stringify(m.value);
      set(m.value);
      break;
    case 'retype': {
      const v = getAt(root, path);
      const retyped =
        typeof v === 'number'
          ? String(v)
          : typeof v === 'string'
            ? v.length
            : typeof v === 'boolean'
              ? String(v)
              : v === null
                ? 0
                : Array.isArray(v)
                  ? { ...v }
                  : Object.values(v as object);
      if (!parent) return JSON.stringify(retyped);
      set(retyped);
      break;
    }
    case 'nonFinite':
      if (!parent) return m.text;
      set('__nonfinite_marker__');
      return JSON.stringify(root).replace(MARK, m.text);
    case 'forbidden': {
      const target = getAt(root, path);
      const obj = target && typeof target === 'object' && !Array.isArray(target) ? target : root;
      // An own key, as JSON.parse would make it (plain assignment would set the prototype).
      Object.defineProperty(obj, m.key, { value: { polluted: true }, enumerable: true });
      break;
    }
    case 'swapEvents': {
      const ev = root.events;
      if (!Array.isArray(ev) || ev.length < 2) return JSON.stringify(root);
      const a = m.a % ev.length;
      const b = m.b % ev.length;
      [ev[a], ev[b]] = [ev[b], ev[a]];
      break;
    }
    case 'duplicateEvent': {
      const ev = root.events;
      if (!Array.isArray(ev) || ev.length === 0) return JSON.stringify(root);
      const a = m.a % ev.length;
      ev.splice(a, 0, structuredClone(ev[a]));
      break;
    }
  }
  return JSON.stringify(root);
}

/** A valid file: the v1 fixture or an export of generated edits. */
const validFileArb = fc.oneof(
  fc.constant(fixtureText),
  opsArb(30).map((ops) => {
    const ws = newWorkspace(7);
    for (const op of ops) applyOp(ws, op);
    return JSON.stringify(exportBranch('generated', ws.current.log, '2026-01-01T00:00:00.000Z'));
  }),
);

/** Import must return, never throw; an accepted file must fold cleanly. */
function importNeverThrows(text: string): ReturnType<typeof parseOfficeFile> {
  let r: ReturnType<typeof parseOfficeFile> | undefined;
  expect(() => {
    r = parseOfficeFile(text, registry);
  }).not.toThrow();
  expect(typeof r?.ok).toBe('boolean');
  if (r?.ok) {
    const log = new BranchLog(registry, counterIds(), { events: r.value.events });
    expect(log.head).toStrictEqual(foldInto(registry, initialOfficeState(), r.value.events));
    // Accepted events are accepted again, unchanged (validation is idempotent).
    const again = parseOfficeFile(
      JSON.stringify({
        format: 'home-office-sim',
        version: 1,
        createdAt: '',
        branch: { name: 'x' },
        events: r.value.events,
      }),
      registry,
    );
    expect(again.ok && again.value.events).toStrictEqual(r.value.events);
  } else {
    // Whatever is wrong, the 简体中文 UI words all of it: no English but the data.
    const p = { kind: 'file', error: r!.error } as const;
    const text = problemText(p, zh);
    expect(text).toMatch(/\p{Script=Han}/u);
    expect(englishWordsIn(text, dataOf(p)), text).toEqual([]);
  }
  expect(bystander.head).toBe(bystanderHead);
  expect(bystander.head).toStrictEqual(bystanderCopy);
  return r!;
}

describe('import never throws and never changes state (property)', () => {
  it('random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        importNeverThrows(text);
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it('random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(importNeverThrows(JSON.stringify(value) ?? 'null').ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it('random values handed to validateOfficeFile', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true }),
        (value) => {
          expect(() => validateOfficeFile(value, registry)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  }, 20_000);

  it('office-shaped files with random envelopes and payloads', () => {
    const envelope = fc.record(
      {
        seq: fc.oneof(fc.nat({ max: 5 }), fc.double()),
        id: fc.oneof(fc.constant('a1'), fc.string()),
        type: fc.oneof(fc.constantFrom(...coreEventTypes), fc.string()),
        v: fc.oneof(fc.constant(1), fc.integer()),
        at: fc.oneof(fc.constant(0), fc.double()),
        source: fc.constantFrom('user', 'sim', 'system', 'import', 'other'),
        payload: fc.jsonValue({ maxDepth: 3 }),
        meta: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: ['seq', 'id', 'type', 'v', 'at', 'source', 'payload'] },
    );
    fc.assert(
      fc.property(fc.array(envelope, { maxLength: 5 }), (events) => {
        importNeverThrows(
          JSON.stringify({
            format: 'home-office-sim',
            version: 1,
            createdAt: 'now',
            branch: { name: 'b' },
            events,
          }),
        );
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it('valid exports with one field deleted, replaced, retyped, made non-finite or forbidden', () => {
    fc.assert(
      fc.property(validFileArb, fc.nat(), mutationArb, (text, pick, m) => {
        expect(parseOfficeFile(text, registry).ok).toBe(true);
        const r = importNeverThrows(mutate(text, pick, m));
        if (m.kind === 'nonFinite' || m.kind === 'forbidden') expect(r.ok).toBe(false);
        if (m.kind === 'forbidden') expect(r.ok || r.error.reason.code).toBe('forbiddenKey');
      }),
      { numRuns: 400 },
    );
  }, 20_000);
});
