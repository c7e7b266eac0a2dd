// Every refusal a person can see is worded entirely in the language shown:
// one sample of every code (the sample maps are typed by code, so a new
// code needs a sample here to compile), then one real error from each
// source, worded in 简体中文 and in English. Field paths, ids and numbers
// stay as they are: they are data.
import { describe, expect, it } from 'vitest';
import { importGlbItem } from '../../../src/app/commands/asset-commands';
import { registry as appRegistry } from '../../../src/app/event-registry';
import { importFile, importText } from '../../../src/app/file-commands';
import { en as catalog } from '../../../src/app/i18n/en';
import { inEnglish } from '../../../src/app/i18n/english';
import { initI18n } from '../../../src/app/i18n/index';
import { problemText } from '../../../src/app/i18n/problem-text';
import { openPreset } from '../../../src/app/presets';
import type { AppReason, Problem } from '../../../src/app/problem';
import type { StorageFailure } from '../../../src/core/persist/storage-failure';
import type { Reason } from '../../../src/core/reason';
import type { StoredLogError } from '../../../src/core/stored-log-error';
import { computeGlbFootprint, type GlbError } from '../../../src/layout/glb';
import { buildGlb } from '../layout/helpers/glb-builder';
import { moved, named, newStore } from './helpers';
import { dataOf, englishWordsIn } from './problem-words';

const zh = initI18n('zh').t;
const en = initI18n('en').t;

type Sample<U extends { code: string }> = { [C in U['code']]: Extract<U, { code: C }> };

const reasons: Sample<Reason> = {
  expectedType: { code: 'expectedType', params: { expected: 'number', received: 'string' } },
  expectedValue: { code: 'expectedValue', params: { values: '"north" | "east"' } },
  tooSmall: { code: 'tooSmall', params: { op: '≥', limit: 2 } },
  tooBig: { code: 'tooBig', params: { op: '≤', limit: 20 } },
  tooShort: { code: 'tooShort', params: { op: '≥', limit: 3, unit: 'items' } },
  tooLong: { code: 'tooLong', params: { op: '≤', limit: 200, unit: 'characters' } },
  badId: { code: 'badId', params: {} },
  reservedId: { code: 'reservedId', params: { id: '__proto__' } },
  badColour: { code: 'badColour', params: {} },
  badBase64: { code: 'badBase64', params: {} },
  badFormat: { code: 'badFormat', params: {} },
  unknownKeys: { code: 'unknownKeys', params: { keys: 'colour, shade' } },
  notMultipleOf: { code: 'notMultipleOf', params: { divisor: 5 } },
  invalid: { code: 'invalid', params: {} },
  fileTooLarge: { code: 'fileTooLarge', params: { mb: '51.0', limitMb: 50 } },
  notJson: { code: 'notJson', params: {} },
  notJsonAt: { code: 'notJsonAt', params: { line: 3, column: 7 } },
  forbiddenKey: { code: 'forbiddenKey', params: {} },
  notOurFormat: {
    code: 'notOurFormat',
    params: { format: 'other-app', expected: 'home-office-sim' },
  },
  newerVersion: { code: 'newerVersion', params: { version: 2, known: 1 } },
  seqGap: { code: 'seqGap', params: { expected: 3, got: 4 } },
  timeBefore: { code: 'timeBefore', params: { at: 1, before: 5 } },
  unknownType: { code: 'unknownType', params: { type: 'ItemTeleported' } },
  unknownSource: { code: 'unknownSource', params: { source: 'martian' } },
  noBranch: { code: 'noBranch', params: { id: 'ghost-branch' } },
  openingExists: { code: 'openingExists', params: { id: 'door-1' } },
  noOpening: { code: 'noOpening', params: { id: 'door-9' } },
  itemExists: { code: 'itemExists', params: { id: 'desk-1' } },
  noItem: { code: 'noItem', params: { id: 'ghost' } },
  assetExists: { code: 'assetExists', params: { id: 'asset-1' } },
  noAsset: { code: 'noAsset', params: { id: 'asset-9' } },
  movedTwice: { code: 'movedTwice', params: { id: 'desk-1' } },
  removedTwice: { code: 'removedTwice', params: { id: 'desk-1' } },
  noParent: { code: 'noParent', params: { id: 'shelf-9' } },
  standsOnItself: { code: 'standsOnItself', params: { id: 'desk-1' } },
  unknownKind: { code: 'unknownKind', params: { kind: 'spaceship' } },
  outsideRoom: { code: 'outsideRoom', params: { axis: 'x', value: 3.5, limit: 3 } },
  openingOffWall: { code: 'openingOffWall', params: { wall: 'north' } },
  openingTooTall: { code: 'openingTooTall', params: {} },
  openingsOverlap: {
    code: 'openingsOverlap',
    params: { kind: 'window', wall: 'north', from: -0.6, to: 0.6 },
  },
  parentMissing: { code: 'parentMissing', params: { id: 'b7' } },
  parentDamaged: { code: 'parentDamaged', params: { name: 'Plan B' } },
  forkCycle: { code: 'forkCycle', params: {} },
  forkPastEnd: { code: 'forkPastEnd', params: { forkSeq: 40, length: 12 } },
  snapshotUnusable: { code: 'snapshotUnusable', params: {} },
  snapshotNoCarry: { code: 'snapshotNoCarry', params: {} },
  snapshotNotReached: { code: 'snapshotNotReached', params: { seq: 4096 } },
  snapshotOffGrid: { code: 'snapshotOffGrid', params: { seq: 4000, every: 4096 } },
  carriedOutOfOrder: { code: 'carriedOutOfOrder', params: { seq: 17 } },
  olderCount: { code: 'olderCount', params: { expected: 4096, got: 4095 } },
  noLongerStored: { code: 'noLongerStored', params: {} },
  shorterThanSnapshot: { code: 'shorterThanSnapshot', params: { seq: 4096 } },
  changedInStorage: { code: 'changedInStorage', params: {} },
};

const glbErrors: Sample<GlbError> = {
  tooShort: { code: 'tooShort', params: { bytes: 18 } },
  badMagic: { code: 'badMagic', params: {} },
  badVersion: { code: 'badVersion', params: { version: 1 } },
  lengthMismatch: { code: 'lengthMismatch', params: { declared: 200, actual: 192 } },
  badChunk: { code: 'badChunk', params: { offset: 12 } },
  missingJson: { code: 'missingJson', params: {} },
  badJson: { code: 'badJson', params: {} },
  noMeshes: { code: 'noMeshes', params: {} },
  badNode: { code: 'badNode', params: { node: 7 } },
  badMatrix: { code: 'badMatrix', params: { node: 0 } },
  nodeCycle: { code: 'nodeCycle', params: { node: 1 } },
  badMesh: { code: 'badMesh', params: { node: 0, mesh: 4 } },
  badAccessor: { code: 'badAccessor', params: { accessor: 3 } },
  accessorUnreadable: { code: 'accessorUnreadable', params: { accessor: 3 } },
  accessorOverrun: { code: 'accessorOverrun', params: { accessor: 3 } },
  accessorNotVec3: { code: 'accessorNotVec3', params: { accessor: 3, type: 'SCALAR' } },
  badScale: { code: 'badScale', params: { scale: 0 } },
};

const appReasons: Sample<AppReason> = {
  readOnlyPast: { code: 'readOnlyPast', params: {} },
  writerLacksHistory: { code: 'writerLacksHistory', params: {} },
  branchGoneAtWriter: { code: 'branchGoneAtWriter', params: { name: 'Plan B' } },
  noPreset: { code: 'noPreset', params: { name: 'nope', known: 'default, stress' } },
  presetUnreadable: { code: 'presetUnreadable', params: { name: 'stress' } },
  modelTooLarge: { code: 'modelTooLarge', params: { mb: '10.0', limitMb: 10 } },
  modelTooBig: { code: 'modelTooBig', params: { width: '20.00', depth: '1.00', height: '1.00' } },
  wallFull: { code: 'wallFull', params: { wall: 'east' } },
};

const storageFailures: Sample<StorageFailure> = {
  full: { code: 'full', params: { detail: 'QuotaExceededError: The quota has been exceeded.' } },
  unavailable: {
    code: 'unavailable',
    params: { detail: 'SecurityError: The user denied permission to access the database.' },
  },
  upgradedElsewhere: { code: 'upgradedElsewhere', params: { detail: '' } },
  closed: {
    code: 'closed',
    params: { detail: 'InvalidStateError: The database connection is closing.' },
  },
  newerVersion: {
    code: 'newerVersion',
    params: {
      detail: 'VersionError: The requested version (3) is less than the existing version (9).',
    },
  },
  blocked: { code: 'blocked', params: { detail: '' } },
  failed: { code: 'failed', params: { detail: 'UnknownError: Internal error.' } },
  unexpected: {
    code: 'unexpected',
    params: { detail: 'TypeError: Failed to fetch dynamically imported module' },
  },
};

/** The stored log, at a branch, at one of its events (with a field), or as a whole. */
const storedLog = (reason: Reason, at: Partial<StoredLogError> = {}): Problem => ({
  kind: 'storedLog',
  error: { branch: 'Main', event: null, reason, ...at },
});

const atEvent = (reason: Reason): Problem => ({
  kind: 'file',
  error: { index: 3, type: 'ItemsMoved', path: 'payload.moves[0].x', reason },
});

const every: Array<[string, Problem]> = [
  ...Object.values(reasons).map((r): [string, Problem] => [`reason ${r.code}`, atEvent(r)]),
  ...Object.values(glbErrors).map((e): [string, Problem] => [
    `glb ${e.code}`,
    { kind: 'glb', error: e },
  ]),
  ...Object.values(appReasons).map((r): [string, Problem] => [
    `app ${r.code}`,
    { kind: 'app', reason: r },
  ]),
  ...Object.values(storageFailures).map((e): [string, Problem] => [
    `storage ${e.code}`,
    { kind: 'storage', error: e },
  ]),
  ['storedLog at a branch', storedLog(reasons.forkPastEnd)],
  ['storedLog as a whole', storedLog(reasons.noBranch, { branch: null })],
  [
    'storedLog at an event of a branch',
    storedLog(reasons.changedInStorage, { event: { seq: 4100, type: undefined, path: '' } }),
  ],
  [
    'storedLog at a field of an event',
    storedLog(reasons.newerVersion, {
      branch: null,
      event: { seq: 7, type: 'ItemsMoved', path: 'v' },
    }),
  ],
];

/** Worded in 简体中文: Chinese, every placeholder filled, no English left but the data. */
function expectChinese(p: Problem): string {
  const text = problemText(p, zh);
  expect(text).toMatch(/\p{Script=Han}/u);
  expect(text).not.toMatch(/\{\{|problem\./);
  expect(englishWordsIn(text, dataOf(p)), text).toEqual([]);
  return text;
}

function expectEnglish(p: Problem): string {
  const text = problemText(p, en);
  expect(text).not.toMatch(/\{\{|problem\.|\p{Script=Han}/u);
  // The CLI's catalog reader words it exactly as the app does.
  expect(inEnglish(p)).toBe(text);
  return text;
}

describe('every refusal code has its words in both languages', () => {
  it.each(every)('%s', (_name, p) => {
    expectChinese(p);
    expectEnglish(p);
  });

  it('the samples cover the catalog, and the catalog the samples', () => {
    // Exhaustive at compile time (Sample<>, `satisfies` in en.ts); checked again here.
    const codes = (o: object) => Object.keys(o).sort();
    expect(codes(reasons)).toEqual(codes(catalog.problem.reason));
    expect(codes(glbErrors)).toEqual(codes(catalog.problem.glb));
    expect(codes(appReasons)).toEqual(codes(catalog.problem.app));
    expect(codes(storageFailures)).toEqual(codes(catalog.problem.storage));
  });
});

/** Where a test expects a refusal: its error, or a failure. */
function refused<E>(r: { ok: true } | { ok: false; error: E }): E {
  if (r.ok) throw new Error('accepted');
  return r.error;
}

describe('one real refusal from each source, in 简体中文 and in English', () => {
  const exported = (store: ReturnType<typeof newStore>) =>
    JSON.parse(
      JSON.stringify({
        format: 'home-office-sim',
        version: 1,
        createdAt: 'x',
        branch: { name: 'b' },
        events: store.workspace.current.log.all(),
      }),
    );
  const importing = (f: unknown): Problem => ({
    kind: 'file',
    error: refused(importText(newStore(), JSON.stringify(f), 100)),
  });

  it('a schema issue (zod) in an imported event names the event and the field', () => {
    const f = exported(newStore());
    const i = f.events.findIndex((e: { type: string }) => e.type === 'ItemPlaced');
    f.events[i].payload.item.x = 'left';
    const p = importing(f);
    expect(expectChinese(p)).toBe(
      `events[${i}] (ItemPlaced): payload.item.x：应为数字，实际为文本`,
    );
    expect(expectEnglish(p)).toBe(
      `events[${i}] (ItemPlaced): payload.item.x: expected number, received string`,
    );
  });

  it('schema bounds, enums, lengths and formats', () => {
    const f = exported(newStore());
    const i = f.events.findIndex((e: { type: string }) => e.type === 'ItemPlaced');
    const cases: Array<[(item: Record<string, unknown>) => void, RegExp]> = [
      [(item) => (item.z = 1e6), /payload\.item\.z：太大：应 ≤ 20$/],
      [(item) => (item.label = 'x'.repeat(201)), /payload\.item\.label：太长：应有 ≤ 200 个字符$/],
      [(item) => (item.color = 'red'), /payload\.item\.color：颜色应写成/],
      [(item) => (item.id = 'not an id!'), /payload\.item\.id：编号只能包含/],
      [(item) => (item.shade = 1), /payload\.item：未知字段：shade$/],
    ];
    for (const [spoil, said] of cases) {
      const g = structuredClone(f);
      spoil(g.events[i].payload.item);
      const p = importing(g);
      expect(expectChinese(p)).toMatch(said);
      expectEnglish(p);
    }
    const g = structuredClone(f);
    g.events[0].source = 'martian';
    expect(expectChinese(importing(g))).toMatch(/source：应为以下之一："user" \| "sim"/);
  });

  it('the file format: header, sequence, time and unknown types', () => {
    const f = exported(newStore());
    const said = (spoil: (g: typeof f) => void) => {
      const g = structuredClone(f);
      spoil(g);
      const p = importing(g);
      expectEnglish(p);
      return expectChinese(p);
    };
    expect(said((g) => (g.format = 'other-app'))).toBe(
      'format：“other-app”不是 home-office-sim 文件',
    );
    expect(said((g) => (g.version = 9))).toMatch(/^version：版本 9 比本应用能读取的版本（1）新/);
    expect(said((g) => g.events.splice(1, 1))).toMatch(
      /^events\[1\] \(\w+\): seq：序号不连续：应为 2，实际为 3$/,
    );
    expect(said((g) => (g.events[0].type = 'ItemTeleported'))).toBe(
      'events[0] (ItemTeleported): type：未知的事件类型“ItemTeleported”',
    );
    expect(said((g) => (g.events[1].shade = 1))).toMatch(/未知字段/);
    const p: Problem = { kind: 'file', error: refused(importText(newStore(), '{"a": ', 6)) };
    expect(expectChinese(p)).toBe('不是 JSON 文件：第 1 行第 7 列有语法错误');
  });

  it('a file that is not an object is refused as a whole, said so in either language', () => {
    const p: Problem = { kind: 'file', error: refused(importText(newStore(), '[]', 2)) };
    expect(expectEnglish(p)).toBe('the file as a whole: expected object, received array');
    expect(expectChinese(p)).toBe('整个文件：应为对象，实际为数组');
    // Reasons that speak of the file themselves get no such prefix.
    const notJson: Problem = { kind: 'file', error: refused(importText(newStore(), '{"a": ', 6)) };
    expect(expectEnglish(notJson)).toMatch(/^not a JSON file/);
  });

  it('an id that is a reserved name is refused as one, not as an item that exists already', () => {
    const f = exported(newStore());
    const i = f.events.findIndex((e: { type: string }) => e.type === 'ItemPlaced');
    for (const id of ['__proto__', 'constructor', 'toString']) {
      const g = structuredClone(f);
      g.events[i].payload.item.id = id;
      const p = importing(g);
      expect(expectEnglish(p)).toBe(
        `events[${i}] (ItemPlaced): payload.item.id: '${id}' is a reserved name and not allowed as an id`,
      );
      expect(expectChinese(p)).toBe(
        `events[${i}] (ItemPlaced): payload.item.id：“${id}”是保留名称，不能用作编号`,
      );
    }
  });

  it('a check of the state before the event (reducer precondition)', () => {
    const f = exported(newStore());
    const i = f.events.findIndex((e: { type: string }) => e.type === 'ItemPlaced');
    const g = structuredClone(f);
    g.events[i].payload.item.x = 19;
    expect(expectChinese(importing(g))).toMatch(
      new RegExp(
        `^events\\[${i}\\] \\(ItemPlaced\\): payload\\.item\\.x：x = 19 超出房间范围（±[\\d.]+ 米）$`,
      ),
    );
  });

  it('an edit the log refuses (check, source, time) names the reason', () => {
    const store = newStore();
    const r = store.edit([moved('ghost', 0, 0)]);
    expect(expectChinese({ kind: 'event', error: refusedEvent(r) })).toBe('没有物品“ghost”');
    const opening = {
      id: 'door-x',
      kind: 'door',
      wall: 'north',
      offset: 0,
      width: 3.9,
      height: 2,
      sill: 0,
    } as const;
    const wide = store.workspace.append([
      { type: 'OpeningPlaced', payload: { opening: { ...opening, offset: 2 } } },
    ]);
    expect(expectChinese({ kind: 'event', error: refused(wide) })).toBe('门窗放不进北墙');
    expect(expectEnglish({ kind: 'event', error: refused(wide) })).toBe(
      'the opening does not fit on the north wall',
    );
    const early = store.workspace.append([{ ...named('x'), at: -1 }]);
    expect(expectChinese({ kind: 'event', error: refused(early) })).toMatch(/^时间 -1 早于 \d+$/);
    const source = store.workspace.append([{ ...named('x'), source: 'martian' as never }]);
    expect(expectChinese({ kind: 'event', error: refused(source) })).toBe('未知的来源“martian”');
  });

  it('the workspace, the store, presets and file size', async () => {
    const store = newStore({ registry: appRegistry });
    const noBranch = refused(store.workspace.switchTo('gone'));
    expect(expectChinese(atEvent(noBranch))).toMatch(/没有分支“gone”$/);
    store.viewAt(0);
    expect(expectChinese(refused(store.edit([named('x')])))).toBe('正在查看过去的状态，只读');
    store.viewAt(null);
    expect(expectChinese(refused(await openPreset(store, 'nope')))).toBe(
      '没有示例房间“nope”（现有：default, separate-devices, stress）',
    );
    const huge = { size: 60 * 1048576, text: async () => '' } as File;
    const big: Problem = { kind: 'file', error: refused(await importFile(store, huge)) };
    expect(expectChinese(big)).toBe('文件大小为 60.0 MB，上限为 50 MB');
    expect(expectEnglish(big)).toBe('the file is 60.0 MB; the limit is 50 MB');
  });

  it('a user GLB: its container, its nodes and its size', () => {
    const store = newStore();
    const glb = (bytes: ArrayBuffer) => refused(importGlbItem(store, 'm', new Uint8Array(bytes)));
    expect(expectChinese(glb(new ArrayBuffer(4)))).toBe(
      '文件只有 4 字节；GLB 至少需要 12 字节的文件头和一个数据块',
    );
    const cycle = buildGlb({
      meshes: [{ min: [0, 0, 0], max: [1, 1, 1] }],
      nodes: [{ children: [1] }, { mesh: 0, children: [0] }],
    });
    expect(expectChinese(glb(cycle))).toBe('节点 0 是它自己的祖先');
    const hangar = buildGlb({
      meshes: [{ min: [0, 0, 0], max: [20, 1, 1] }],
      nodes: [{ mesh: 0 }],
    });
    expect(expectChinese(glb(hangar))).toBe('模型尺寸为 20.00×1.00×1.00 米，请缩小');
    expect(expectChinese(glb(new ArrayBuffer(10 * 1048576 + 1)))).toBe(
      '模型大小为 10.0 MB，上限为 10 MB',
    );
    const bad = computeGlbFootprint(cycle, 0);
    expect(expectChinese({ kind: 'glb', error: refused(bad) })).toBe(
      '缩放比例必须是正数，实际为 0',
    );
  });

  it('a refusal is worded when drawn: the same notice in either language', () => {
    const p = atEvent(reasons.noItem);
    expect(problemText(p, zh)).toBe('events[3] (ItemsMoved): payload.moves[0].x：没有物品“ghost”');
    expect(problemText(p, en)).toBe("events[3] (ItemsMoved): payload.moves[0].x: no item 'ghost'");
  });
});

function refusedEvent(r: ReturnType<ReturnType<typeof newStore>['edit']>) {
  const p = refused(r);
  if (p.kind !== 'event') throw new Error(`not an event refusal: ${p.kind}`);
  return p.error;
}
