import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../src/app/i18n/english';
import { BranchLog } from '../../../src/core/branch-log';
import {
  exportBranch,
  FILE_FORMAT,
  FILE_VERSION,
  type FileError,
  MAX_FILE_BYTES,
  parseOfficeFile,
  validateOfficeFile,
} from '../../../src/core/file-format';
import { findForbiddenKey, isReservedId } from '../../../src/core/forbidden-keys';
import { counterIds, ev, item, makeRegistry, mustAppend, newLog } from './helpers';

const registry = makeRegistry();

/** A valid export: events[3] is an ItemsMoved. */
function validFile() {
  const log = newLog();
  mustAppend(log, [
    ev('SceneNamed', { name: 'Imported' }),
    ev('ItemPlaced', { item: item('desk', { x: 1 }) }),
    ev('ItemPlaced', { item: item('chair', { kind: 'chair' }) }, { at: 5 }),
    ev('ItemsMoved', {
      moves: [{ id: 'chair', x: 0.5, z: 0.5, rotation: 1, elevation: 0, parentId: null }],
    }),
    ev('ItemStyled', { id: 'desk', color: '#abcdef' }, { at: 9, meta: { gesture: 'g1' } }),
  ]);
  return { log, file: exportBranch('Imported branch', log, '2026-02-03T04:05:06.000Z') };
}

/** The export as a plain JSON object to edit. */
function rawFile(): {
  format: string;
  version: number;
  createdAt: string;
  branch: { name: string };
  events: Array<Record<string, unknown> & { payload: Record<string, unknown> }>;
} {
  return JSON.parse(JSON.stringify(validFile().file));
}

function refusal(text: string, byteLength?: number): FileError {
  let r: ReturnType<typeof parseOfficeFile> | undefined;
  expect(() => {
    r = parseOfficeFile(text, registry, byteLength);
  }).not.toThrow();
  expect(r?.ok).toBe(false);
  if (!r || r.ok) throw new Error('accepted');
  return r.error;
}

/** What the CLI prints and the English UI shows. */
const english = (error: FileError) => inEnglish({ kind: 'file', error });

describe('parseOfficeFile accepts a valid export', () => {
  it('returns the branch name, creation time and the same events', () => {
    const { log, file } = validFile();
    const r = parseOfficeFile(JSON.stringify(file), registry);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.name).toBe('Imported branch');
    expect(r.value.createdAt).toBe('2026-02-03T04:05:06.000Z');
    expect(r.value.events).toStrictEqual(JSON.parse(JSON.stringify(log.all())));
    const imported = new BranchLog(registry, counterIds(), { events: r.value.events });
    expect(imported.head).toEqual(log.head);
  });

  it('exports the current format and version', () => {
    const { file } = validFile();
    expect(file.format).toBe(FILE_FORMAT);
    expect(file.version).toBe(FILE_VERSION);
    expect(file.events).toHaveLength(5);
  });

  it('accepts an empty branch', () => {
    const f = rawFile();
    f.events = [];
    expect(parseOfficeFile(JSON.stringify(f), registry)).toEqual({
      ok: true,
      value: { name: 'Imported branch', createdAt: f.createdAt, events: [] },
    });
  });
});

describe('parseOfficeFile refuses, one test per kind of error', () => {
  it('an unknown format', () => {
    const f = rawFile();
    f.format = 'some-other-app';
    const e = refusal(JSON.stringify(f));
    expect(e).toEqual({
      index: null,
      type: undefined,
      path: 'format',
      reason: { code: 'notOurFormat', params: { format: 'some-other-app', expected: FILE_FORMAT } },
    });
    expect(english(e)).toBe("format: 'some-other-app' is not a home-office-sim file");
  });

  it('a file version newer than the app', () => {
    const f = rawFile();
    f.version = FILE_VERSION + 1;
    const e = refusal(JSON.stringify(f));
    expect(e).toMatchObject({
      index: null,
      path: 'version',
      reason: { code: 'newerVersion', params: { version: 2, known: 1 } },
    });
    expect(english(e)).toMatch(/^version: version 2 is newer than this app reads \(1\)/);
  });

  it('a bad event: names its index, type and field path', () => {
    const f = rawFile();
    (f.events[3]!.payload.moves as Array<Record<string, unknown>>)[0]!.x = 'left';
    const e = refusal(JSON.stringify(f));
    expect(e).toEqual({
      index: 3,
      type: 'ItemsMoved',
      path: 'payload.moves[0].x',
      reason: { code: 'expectedType', params: { expected: 'number', received: 'string' } },
    });
    expect(english(e)).toBe(
      'events[3] (ItemsMoved): payload.moves[0].x: expected number, received string',
    );
  });

  it('a bad envelope field', () => {
    const f = rawFile();
    f.events[1]!.source = 'hacker';
    expect(refusal(JSON.stringify(f))).toMatchObject({
      index: 1,
      type: 'ItemPlaced',
      path: 'source',
      reason: { code: 'expectedValue', params: { values: '"user" | "sim" | "system" | "import"' } },
    });
  });

  it('an unknown event type', () => {
    const f = rawFile();
    f.events[2]!.type = 'ItemTeleported';
    const e = refusal(JSON.stringify(f));
    expect(e).toEqual({
      index: 2,
      type: 'ItemTeleported',
      path: 'type',
      reason: { code: 'unknownType', params: { type: 'ItemTeleported' } },
    });
    expect(english(e)).toBe(
      "events[2] (ItemTeleported): type: unknown event type 'ItemTeleported'",
    );
  });

  it('an event version newer than the app', () => {
    const f = rawFile();
    f.events[0]!.v = 2;
    expect(refusal(JSON.stringify(f))).toMatchObject({
      index: 0,
      type: 'SceneNamed',
      path: 'v',
      reason: { code: 'newerVersion', params: { version: 2, known: 1 } },
    });
  });

  it('a seq gap', () => {
    const f = rawFile();
    f.events.splice(2, 1);
    const e = refusal(JSON.stringify(f));
    expect(e).toMatchObject({
      index: 2,
      type: 'ItemsMoved',
      path: 'seq',
      reason: { code: 'seqGap', params: { expected: 3, got: 4 } },
    });
    expect(english(e)).toBe('events[2] (ItemsMoved): seq: seq gap: expected 3, got 4');
  });

  it('a duplicated seq', () => {
    const f = rawFile();
    f.events[1]!.seq = 1;
    expect(refusal(JSON.stringify(f))).toMatchObject({
      index: 1,
      type: 'ItemPlaced',
      path: 'seq',
      reason: { code: 'seqGap', params: { expected: 2, got: 1 } },
    });
  });

  it('time running backwards', () => {
    const f = rawFile();
    f.events[4]!.at = 1;
    const e = refusal(JSON.stringify(f));
    expect(e.reason).toEqual({ code: 'timeBefore', params: { at: 1, before: 5 } });
    expect(english(e)).toBe('events[4] (ItemStyled): at: time 1 is before 5');
  });

  it('a non-finite number (1e999 in the text)', () => {
    const text = JSON.stringify(validFile().file).replace('"x":1,', '"x":1e999,');
    expect(text).toContain('1e999');
    const e = refusal(text);
    expect(e).toMatchObject({
      index: 1,
      type: 'ItemPlaced',
      path: 'payload.item.x',
      reason: { code: 'expectedType', params: { expected: 'number', received: 'infinity' } },
    });
    expect(english(e)).toBe(
      'events[1] (ItemPlaced): payload.item.x: expected number, received Infinity',
    );
  });

  it('a non-finite time', () => {
    const text = JSON.stringify(validFile().file).replace('"at":9', '"at":-1e999');
    expect(refusal(text)).toMatchObject({ index: 4, type: 'ItemStyled', path: 'at' });
  });

  it('coordinates outside the sane range (schema bound)', () => {
    const f = rawFile();
    (f.events[1]!.payload.item as Record<string, unknown>).z = 1e6;
    const e = refusal(JSON.stringify(f));
    expect(e).toMatchObject({
      index: 1,
      path: 'payload.item.z',
      reason: { code: 'tooBig', params: { op: '≤', limit: 20 } },
    });
    expect(english(e)).toBe('events[1] (ItemPlaced): payload.item.z: too big: must be ≤ 20');
  });

  it('coordinates outside the room (semantic check)', () => {
    const f = rawFile();
    (f.events[1]!.payload.item as Record<string, unknown>).x = 3.5;
    const e = refusal(JSON.stringify(f));
    expect(e).toMatchObject({
      index: 1,
      path: 'payload.item.x',
      reason: { code: 'outsideRoom', params: { axis: 'x', value: 3.5, limit: 3 } },
    });
    expect(english(e)).toBe(
      'events[1] (ItemPlaced): payload.item.x: x 3.5 is outside the room (±3 m)',
    );
  });

  it('an event its check refuses (unknown item)', () => {
    const f = rawFile();
    f.events[4]!.payload.id = 'ghost';
    const e = refusal(JSON.stringify(f));
    expect(e).toEqual({
      index: 4,
      type: 'ItemStyled',
      path: 'payload.id',
      reason: { code: 'noItem', params: { id: 'ghost' } },
    });
    expect(english(e)).toBe("events[4] (ItemStyled): payload.id: no item 'ghost'");
  });

  it('a __proto__ key', () => {
    const text = JSON.stringify(validFile().file).replace(
      '"payload":{"item":{"id":"desk"',
      '"payload":{"item":{"__proto__":{"polluted":true},"id":"desk"',
    );
    expect(text).toContain('__proto__');
    const e = refusal(text);
    expect(e).toMatchObject({
      index: null,
      path: 'events[1].payload.item.__proto__',
      reason: { code: 'forbiddenKey' },
    });
    expect(english(e)).toBe('events[1].payload.item.__proto__: forbidden key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an item id that is a reserved name: refused as such, at the id (not "exists already")', () => {
    for (const id of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const f = rawFile();
      (f.events[1]!.payload.item as { id: string }).id = id;
      const e = refusal(JSON.stringify(f));
      expect(e, id).toEqual({
        index: 1,
        type: 'ItemPlaced',
        path: 'payload.item.id',
        reason: { code: 'reservedId', params: { id } },
      });
      expect(english(e)).toBe(
        `events[1] (ItemPlaced): payload.item.id: '${id}' is a reserved name and not allowed as an id`,
      );
    }
    // Before, 'prototype' was taken as an item id, and 'toString' refused as an item that exists.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('any id, not only an item’s: an event id, an id in a list', () => {
    const f = rawFile();
    f.events[0]!.id = '__proto__';
    expect(refusal(JSON.stringify(f))).toMatchObject({
      index: 0,
      path: 'id',
      reason: { code: 'reservedId', params: { id: '__proto__' } },
    });
  });

  it('every name a plain object inherits is a reserved id', () => {
    for (const name of [...Object.getOwnPropertyNames(Object.prototype), 'prototype'])
      expect(isReservedId(name), name).toBe(true);
    expect(isReservedId('desk-1')).toBe(false);
    expect(isReservedId('proto')).toBe(false);
  });

  it('a constructor key', () => {
    const text = JSON.stringify(validFile().file).replace(
      '"branch":{',
      '"branch":{"constructor":{"prototype":{"x":1}},',
    );
    expect(refusal(text)).toMatchObject({
      path: 'branch.constructor',
      reason: { code: 'forbiddenKey' },
    });
  });

  it('a file over 50 MB (by byteLength, before parsing)', () => {
    const { file } = validFile();
    const e = refusal(JSON.stringify(file), MAX_FILE_BYTES + 1);
    expect(e).toEqual({
      index: null,
      type: undefined,
      path: '',
      reason: { code: 'fileTooLarge', params: { mb: '50.0', limitMb: 50 } },
    });
    expect(english(e)).toBe('the file is 50.0 MB; the limit is 50 MB');
    expect(refusal('{ not even json', 80 * 1024 * 1024).reason).toMatchObject({
      code: 'fileTooLarge',
      params: { mb: '80.0' },
    });
    // Exactly at the limit is fine.
    expect(parseOfficeFile(JSON.stringify(file), registry, MAX_FILE_BYTES).ok).toBe(true);
  });

  it('text that is not JSON at all, with where it breaks when the engine says', () => {
    expect(refusal('PK\u0003\u0004 this is a zip').reason.code).toMatch(/^notJson(At)?$/);
    // The end of the input is a place too.
    expect(refusal('').reason).toEqual({ code: 'notJsonAt', params: { line: 1, column: 1 } });
    const e = refusal('{\n  "a": 1,\n  "b" 2\n}');
    expect(e.reason.code).toMatch(/^notJson(At)?$/);
    if (e.reason.code === 'notJsonAt') expect(e.reason.params).toEqual({ line: 3, column: 7 });
    expect(english(e)).toMatch(/^not a JSON file/);
  });

  it('a file refused at its root says it is the file as a whole', () => {
    expect(english(refusal('[]'))).toBe('the file as a whole: expected object, received array');
    expect(english(refusal('null'))).toBe('the file as a whole: expected object, received null');
    // A header field is named as such.
    expect(english(refusal('{"format":"home-office-sim"}'))).toBe(
      'version: expected number, received undefined',
    );
  });

  it('JSON that is not an office file', () => {
    const typeOfRoot = (text: string) => {
      const e = refusal(text);
      expect(e.path).toBe('');
      return e.reason;
    };
    expect(typeOfRoot('null')).toEqual({
      code: 'expectedType',
      params: { expected: 'object', received: 'null' },
    });
    expect(typeOfRoot('[]')).toMatchObject({ params: { received: 'array' } });
    expect(typeOfRoot('"home-office-sim"')).toMatchObject({ params: { received: 'string' } });
    expect(refusal('{"format":"home-office-sim"}').path).toBe('version');
    const f = rawFile();
    (f as Record<string, unknown>).events = { 0: f.events[0] };
    expect(refusal(JSON.stringify(f)).path).toBe('events');
  });

  it('validateOfficeFile refuses without throwing on odd inputs', () => {
    for (const raw of [undefined, null, 0, 'x', [], {}, { events: [null] }, Symbol('s')]) {
      let r: ReturnType<typeof validateOfficeFile> | undefined;
      expect(() => {
        r = validateOfficeFile(raw, registry);
      }).not.toThrow();
      expect(r?.ok).toBe(false);
    }
  });

  it('a refused import leaves an existing log unchanged', () => {
    const { log } = validFile();
    const head = log.head;
    const f = rawFile();
    f.events[4]!.payload.id = 'desk"';
    refusal(JSON.stringify(f));
    expect(log.head).toBe(head);
    expect(log.length).toBe(5);
  });
});

describe('findForbiddenKey', () => {
  it('finds keys deep in arrays', () => {
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":{"prototype":1}}]}'))).toBe('a[0].b.prototype');
    expect(findForbiddenKey({ a: [1, 'constructor'], b: { c: null } })).toBeNull();
  });

  it('a deeply nested file is refused in linear time (no stack overflow, no quadratic walk)', () => {
    const depth = 200_000;
    const text = `{"x":${'['.repeat(depth)}{"__proto__":1}${']'.repeat(depth)}}`;
    const t0 = performance.now();
    const e = refusal(text);
    expect(e.path).toMatch(/^x(\[0\]){200000}\.__proto__$/);
    expect(e.reason.code).toBe('forbiddenKey');
    const nested = JSON.stringify(validFile().file).replace(
      '"branch":{',
      `"branch":{"deep":${'['.repeat(depth)}${']'.repeat(depth)},`,
    );
    // Passes the key check and the header; the extra branch field is ignored.
    expect(parseOfficeFile(nested, registry).ok).toBe(true);
    // Linear: tens of ms. The former path-copying walk took minutes here.
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
