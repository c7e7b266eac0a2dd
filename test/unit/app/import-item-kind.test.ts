// A branch file that places an item of a kind the catalog does not have
// ("spaceship") is refused like any other bad field: named where it is, in
// the language shown, and nothing of it is applied.
import { beforeEach, describe, expect, it } from 'vitest';
import { registry } from '../../../src/app/event-registry';
import { exportCurrentBranch, importText } from '../../../src/app/file-commands';
import { initI18n } from '../../../src/app/i18n/index';
import { problemText } from '../../../src/app/i18n/problem-text';
import { OfficeStore } from '../../../src/app/office-store';
import type { WorkspaceChange } from '../../../src/core/workspace';
import { newWorkspace } from './helpers';

let store: OfficeStore;
let changes: WorkspaceChange[];
beforeEach(() => {
  store = new OfficeStore(newWorkspace({ registry }));
  changes = [];
  store.workspace.subscribe((c) => changes.push(c));
});

/** The open branch exported, with one more ItemPlaced at its end (its index and the file). */
function withPlaced(kind: string): { index: number; text: string } {
  const file = JSON.parse(exportCurrentBranch(store).json);
  const last = file.events.at(-1);
  file.events.push({
    seq: last.seq + 1,
    id: 'crafted-1',
    type: 'ItemPlaced',
    v: 1,
    at: last.at,
    source: 'user',
    payload: {
      item: { id: 'ship-1', kind, x: 0, z: 0, rotation: 0, elevation: 0, parentId: null },
    },
  });
  return { index: file.events.length - 1, text: JSON.stringify(file) };
}

describe('importing an item of an unknown kind', () => {
  it('is refused, naming the event, the field and the kind, in English and in 简体中文', () => {
    const { index, text } = withPlaced('spaceship');
    const r = importText(store, text, text.length);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const said = (lang: 'en' | 'zh') =>
      problemText({ kind: 'file', error: r.error }, initI18n(lang).t);
    expect(said('en')).toBe(
      `events[${index}] (ItemPlaced): payload.item.kind: unknown kind 'spaceship'`,
    );
    expect(said('zh')).toBe(
      `events[${index}] (ItemPlaced): payload.item.kind：未知的物品类型“spaceship”`,
    );
  });

  it('applies nothing: no branch, no switch, the same state', () => {
    const before = store.workspace.list();
    const head = store.workspace.head;
    const { text } = withPlaced('spaceship');
    expect(importText(store, text, text.length).ok).toBe(false);
    expect(store.workspace.list()).toEqual(before);
    expect(store.workspace.current.info.id).toBe('main');
    expect(store.workspace.head).toBe(head);
    expect(changes).toEqual([]);
  });

  it('the same file with a catalog kind imports', () => {
    const { text } = withPlaced('plantFloor');
    const r = importText(store, text, text.length);
    expect(r.ok).toBe(true);
    expect(store.workspace.head.items['ship-1']?.kind).toBe('plantFloor');
  });

  it('a live edit of an unknown kind is refused with the same reason', () => {
    const len = store.workspace.current.log.length;
    const r = store.edit([
      {
        type: 'ItemPlaced',
        payload: {
          item: {
            id: 'ship-2',
            kind: 'spaceship',
            x: 0,
            z: 0,
            rotation: 0,
            elevation: 0,
            parentId: null,
          },
        },
      },
    ]);
    expect(r).toMatchObject({
      ok: false,
      error: {
        kind: 'event',
        error: {
          path: 'payload.item.kind',
          reason: { code: 'unknownKind', params: { kind: 'spaceship' } },
        },
      },
    });
    expect(store.workspace.current.log.length).toBe(len);
  });
});
