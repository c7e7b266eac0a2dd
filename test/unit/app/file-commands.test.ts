import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { layoutReport } from '../../../src/app/derived';
import { registry } from '../../../src/app/event-registry';
import { exportCurrentBranch, fileNameFor, importText } from '../../../src/app/file-commands';
import { inEnglish } from '../../../src/app/i18n/english';
import { OfficeStore } from '../../../src/app/office-store';
import { openPreset, presetNames } from '../../../src/app/presets';
import type { WorkspaceChange } from '../../../src/core/workspace';
import { defaultSceneEvents, moved, named, newWorkspace } from './helpers';

let store: OfficeStore;
let changes: WorkspaceChange[];
beforeEach(() => {
  // The app's own registry, as boot uses it: imports are parsed with it.
  store = new OfficeStore(newWorkspace({ registry }));
  store.edit([moved('plant-1', -1.5, 1.2), named('Studio')]);
  changes = [];
  store.workspace.subscribe((c) => changes.push(c));
});

const ws = () => store.workspace;
const exported = () => exportCurrentBranch(store).json;

describe('export and import', () => {
  it('exports the current branch in the shared file format', () => {
    const file = JSON.parse(exported());
    expect(file).toMatchObject({ format: 'home-office-sim', version: 1, branch: { name: 'Main' } });
    expect(file.events).toEqual(JSON.parse(JSON.stringify(ws().current.log.all())));
    expect(Number.isNaN(Date.parse(file.createdAt))).toBe(false);
  });

  it('an export imports back as a new branch with an identical log', () => {
    const json = exported();
    const original = [...ws().current.log.all()];
    const r = importText(store, json, json.length, 'then');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    // The branch it came from is open here too: the copy gets a name of its own.
    expect(r.value).toMatchObject({
      name: 'Main (2)',
      parentId: null,
      forkSeq: 0,
      createdAt: 'then',
    });
    expect(r.value.id).not.toBe('main');
    expect(ws().list()).toHaveLength(2);
    expect(ws().current.info.id).toBe(r.value.id);
    expect(store.getSnapshot().branch.id).toBe(r.value.id);
    expect([...ws().current.log.all()]).toEqual(original);
    expect(ws().head).toEqual(ws().branch('main')!.log.head);
    // Undo history travels with the log.
    expect(ws().canUndo()).toBe(true);
    expect(changes.map((c) => c.kind)).toEqual(['branchCreated', 'switched']);
  });

  it('importing the same file again and again never repeats a name in the branch list', () => {
    const json = exported();
    for (let i = 0; i < 3; i++) expect(importText(store, json, json.length).ok).toBe(true);
    expect(
      ws()
        .list()
        .map((b) => b.name),
    ).toEqual(['Main', 'Main (2)', 'Main (3)', 'Main (4)']);
  });

  const file = () => JSON.parse(exported());
  const bad: Array<[string, () => string, RegExp]> = [
    ['not JSON', () => '{"format": "home-office-sim",', /not a JSON file/],
    ['another format', () => JSON.stringify({ ...file(), format: 'other' }), /format/],
    ['a newer version', () => JSON.stringify({ ...file(), version: 99 }), /version/],
    [
      'a seq gap',
      () => {
        const f = file();
        f.events.splice(3, 1);
        return JSON.stringify(f);
      },
      /seq/,
    ],
    [
      'a bad event',
      () => {
        const f = file();
        f.events[5].payload.item.x = 'left';
        return JSON.stringify(f);
      },
      /5/,
    ],
    [
      'a __proto__ key',
      () => exported().replace('"payload":{', '"payload":{"__proto__":{"x":1},'),
      /__proto__/,
    ],
  ];

  for (const [what, text, message] of bad) {
    it(`refuses ${what} and changes nothing`, () => {
      const before = ws().list();
      const head = ws().head;
      const t = text();
      const r = importText(store, t, t.length);
      expect(r.ok).toBe(false);
      // The sentence the English UI shows: names the field or event.
      if (!r.ok) expect(inEnglish({ kind: 'file', error: r.error })).toMatch(message);
      expect(ws().list()).toEqual(before);
      expect(ws().current.info.id).toBe('main');
      expect(ws().head).toBe(head);
      expect(changes).toEqual([]);
    });
  }

  it('a live edit with a malformed gesture id or source is refused, so every export re-imports', () => {
    const len = ws().current.log.length;
    const badGesture = store.edit([{ ...named('x'), meta: { gesture: 'not an id!' } }]);
    expect(badGesture).toMatchObject({
      ok: false,
      error: { kind: 'event', error: { path: 'meta.gesture', reason: { code: 'badId' } } },
    });
    const badSource = store.edit([{ ...named('x'), source: 'martian' as never }]);
    expect(badSource).toMatchObject({
      ok: false,
      error: {
        kind: 'event',
        error: { path: 'source', reason: { code: 'unknownSource', params: { source: 'martian' } } },
      },
    });
    expect(ws().current.log.length).toBe(len);
    const json = exported();
    expect(importText(store, json, json.length).ok).toBe(true);
  });

  it('refuses a file over 50 MB by its size alone', () => {
    const r = importText(store, exported(), 51 * 1024 * 1024);
    expect(r).toEqual({
      ok: false,
      error: {
        index: null,
        type: undefined,
        path: '',
        reason: { code: 'fileTooLarge', params: { mb: '51.0', limitMb: 50 } },
      },
    });
    expect(changes).toEqual([]);
  });
});

describe('fileNameFor', () => {
  it('keeps letters, digits, spaces, _ and -, in any script', () => {
    expect(fileNameFor('Main')).toBe('Main.home-office.json');
    expect(fileNameFor('What if 2_b-c')).toBe('What if 2_b-c.home-office.json');
    expect(fileNameFor('书房 方案')).toBe('书房 方案.home-office.json');
  });

  it('strips path separators and characters unsafe in file names', () => {
    expect(fileNameFor('../../etc/passwd')).toBe('etcpasswd.home-office.json');
    expect(fileNameFor('a<b>c:d"e|f?g*h\\i')).toBe('abcdefghi.home-office.json');
    expect(fileNameFor('  \u0000tab\there\n ')).toBe('tabhere.home-office.json');
  });

  it('falls back to a name when nothing is left, and caps the length', () => {
    expect(fileNameFor('')).toBe('office.home-office.json');
    expect(fileNameFor('///...')).toBe('office.home-office.json');
    const long = fileNameFor('x'.repeat(500));
    expect(long).toBe(`${'x'.repeat(60)}.home-office.json`);
  });
});

describe('presets', () => {
  it('lists the scenes shipped in scenes/', () => {
    expect(presetNames).toEqual(['default', 'separate-devices', 'stress']);
  });

  it('opens a preset as its own branch, and switches to it when opened again', async () => {
    const r = await openPreset(store, 'default');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.copy).toBe('new');
    expect(r.value.info.createdAt).toBe('preset:default');
    expect(ws().current.info.id).toBe(r.value.info.id);
    expect([...ws().current.log.all()]).toEqual(defaultSceneEvents(registry));
    ws().switchTo('main');
    const again = await openPreset(store, 'default');
    expect(again).toEqual({
      ok: true,
      value: { info: r.value.info, copy: 'unchanged', preset: 'default' },
    });
    expect(ws().list()).toHaveLength(2);
    expect(ws().current.info.id).toBe(r.value.info.id);
  });

  it('a link goes back to the person’s edited copy and says so; “fresh” gives the preset as published', async () => {
    const first = await openPreset(store, 'default');
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const published = ws().current.log.length;
    expect(store.edit([named('My try')]).ok).toBe(true);
    ws().switchTo('main');

    const link = await openPreset(store, 'default');
    if (!link.ok) throw new Error(JSON.stringify(link.error));
    expect(link.value).toEqual({ info: first.value.info, copy: 'edited', preset: 'default' });
    expect(ws().current.log.length).toBe(published + 1);

    const fresh = await openPreset(store, 'default', { fresh: true });
    if (!fresh.ok) throw new Error(JSON.stringify(fresh.error));
    expect(fresh.value.copy).toBe('new');
    expect(fresh.value.info.id).not.toBe(first.value.info.id);
    expect(fresh.value.info.name).toBe(`${first.value.info.name} (2)`);
    expect([...ws().current.log.all()]).toEqual(defaultSceneEvents(registry));
    // The fresh copy is unchanged: asked for again, it is the one given; a link still goes to the work.
    const freshAgain = await openPreset(store, 'default', { fresh: true });
    expect(freshAgain.ok && freshAgain.value).toEqual({
      info: fresh.value.info,
      copy: 'unchanged',
      preset: 'default',
    });
    const linkAgain = await openPreset(store, 'default');
    expect(linkAgain.ok && linkAgain.value).toEqual({
      info: first.value.info,
      copy: 'edited',
      preset: 'default',
    });
    expect(ws().list()).toHaveLength(3);
  });

  // After a reload the workspace lists branches by id, not by creation: the
  // choice must not depend on which copy was made first.
  it.each([
    ['made before', true],
    ['made after', false],
  ])('a link prefers the edited copy to an unchanged one %s it', async (_, editedFirst) => {
    const unchanged = async () => {
      const r = await openPreset(store, 'default', { fresh: true });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value.info.id;
    };
    // A second copy as a link made it once (openPreset itself would reuse the unchanged one).
    const edited = () => {
      const text = readFileSync('scenes/default.json', 'utf8');
      const r = importText(store, text, text.length, 'preset:default');
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(store.edit([named('Mine')]).ok).toBe(true);
      return r.value.id;
    };
    if (!editedFirst) await unchanged();
    const editedId = edited();
    if (editedFirst) await unchanged();
    expect(ws().list()).toHaveLength(3);
    ws().switchTo('main');
    const link = await openPreset(store, 'default');
    expect(link.ok && link.value).toMatchObject({ copy: 'edited', info: { id: editedId } });
    expect(ws().head.name).toBe('Mine');
  });

  it('of two edited copies a link goes to the one worked on most, whatever the order', async () => {
    const copy = (edits: number) => {
      const text = readFileSync('scenes/default.json', 'utf8');
      const r = importText(store, text, text.length, 'preset:default');
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      for (let i = 0; i < edits; i++) expect(store.edit([named(`Try ${i}`)]).ok).toBe(true);
      return r.value.id;
    };
    copy(1);
    const most = copy(3);
    copy(2);
    ws().switchTo('main');
    const link = await openPreset(store, 'default');
    expect(link.ok && link.value.info.id).toBe(most);
  });

  it('the stress scene validates and folds', async () => {
    const r = await openPreset(store, 'stress');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(Object.keys(ws().head.items).length).toBeGreaterThan(100);
  });

  it('the essay’s comparison: the default office with a printer, a copier and a flatbed scanner in place of the all-in-one, laid out cleanly', async () => {
    const r = await openPreset(store, 'separate-devices');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const items = ws().head.items;
    const kinds = Object.values(items).map((i) => i.kind);
    expect(kinds).not.toContain('allInOnePrinter');
    expect(kinds).toEqual(expect.arrayContaining(['printer', 'copier', 'scanner']));
    const report = layoutReport(ws().head);
    expect(report.collisions).toEqual([]);
    expect(report.clearance).toEqual([]);
    // The rest of the room is the default office's, so the two can be compared.
    await openPreset(store, 'default');
    const others = (ids: Record<string, { kind: string }>) =>
      Object.entries(ids)
        .filter(
          ([, i]) =>
            !['allInOnePrinter', 'printer', 'copier', 'scanner', 'shelfLow'].includes(i.kind),
        )
        .map(([id]) => id)
        .sort();
    expect(others(items)).toEqual(others(ws().head.items));
  });

  it('refuses an unknown preset', async () => {
    expect(await openPreset(store, 'nope')).toEqual({
      ok: false,
      error: {
        kind: 'app',
        reason: {
          code: 'noPreset',
          params: { name: 'nope', known: 'default, separate-devices, stress' },
        },
      },
    });
    expect(ws().list()).toHaveLength(1);
  });

  it('takes a preset name typed by hand in any case, with stray spaces', async () => {
    const r = await openPreset(store, ' Stress ');
    expect(r.ok && r.value.info.createdAt).toBe('preset:stress');
    // The same copy as the exact name opens: one branch per preset.
    const again = await openPreset(store, 'stress');
    expect(again.ok && again.value.copy).toBe('unchanged');
    expect(ws().list()).toHaveLength(2);
  });
});
