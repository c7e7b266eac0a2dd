// An item's kind is checked against the catalog the registry was built with
// (the core itself has none: src/layout/catalog sits above it). Refused on
// append and on import like any other bad field; never looked at on replay.
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../src/app/i18n/english';
import { BranchLog } from '../../../src/core/branch-log';
import type { EventEnvelope } from '../../../src/core/envelope';
import type { ItemKinds } from '../../../src/core/events/check-core';
import { coreEventDefinitionsFor } from '../../../src/core/events/core-definitions';
import { exportBranch, parseOfficeFile } from '../../../src/core/file-format';
import { foldInto } from '../../../src/core/fold';
import { initialOfficeState } from '../../../src/core/office-state';
import { createRegistry } from '../../../src/core/registry';
import { builtinCatalog } from '../../../src/layout/catalog/catalog';
import { counterIds, ev, item, makeRegistry, mustAppend } from './helpers';

/** The catalog as the app passes it, counting how often a kind is asked about. */
function countingCatalog() {
  const asked = { n: 0 };
  const kinds: ItemKinds = {
    has: (kind) => {
      asked.n++;
      return builtinCatalog.has(kind);
    },
  };
  return { asked, registry: createRegistry(coreEventDefinitionsFor(kinds)) };
}

const desk = (id: string, kind = 'deskRect') => ev('ItemPlaced', { item: item(id, { kind }) });

/** A file of `n` valid placements, then one `kind` item: events[n] is the odd one. */
function fileWith(kind: string, n = 3): string {
  const log = new BranchLog(makeRegistry(), counterIds());
  mustAppend(log, [
    ev('SceneNamed', { name: 'Crafted' }),
    ...Array.from({ length: n - 1 }, (_, i) => desk(`desk-${i}`)),
    desk('ship', kind),
  ]);
  return JSON.stringify(exportBranch('Crafted', log, 'then'));
}

describe('item kinds', () => {
  it('an import placing an item of an unknown kind is refused at that field, named', () => {
    const { registry } = countingCatalog();
    const r = parseOfficeFile(fileWith('spaceship'), registry);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({
      index: 3,
      type: 'ItemPlaced',
      path: 'payload.item.kind',
      reason: { code: 'unknownKind', params: { kind: 'spaceship' } },
    });
    expect(inEnglish({ kind: 'file', error: r.error })).toBe(
      "events[3] (ItemPlaced): payload.item.kind: unknown kind 'spaceship'",
    );
  });

  it('every built-in kind imports, the custom model (a GLB) included', () => {
    const { registry } = countingCatalog();
    for (const kind of builtinCatalog.keys()) {
      expect(parseOfficeFile(fileWith(kind), registry).ok, kind).toBe(true);
    }
  });

  it('a live edit goes through the same check and leaves the log as it was', () => {
    const { registry } = countingCatalog();
    const log = new BranchLog(registry, counterIds());
    mustAppend(log, [desk('desk-1')]);
    const r = log.append([desk('desk-2'), desk('ship', 'spaceship')]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ index: 1, path: 'payload.item.kind' });
    expect(log.length).toBe(1);
    expect(Object.keys(log.head.items)).toEqual(['desk-1']);
  });

  it('the kind is checked on append and import only, never on replay or seek', () => {
    const { asked, registry } = countingCatalog();
    const log = new BranchLog(registry, counterIds(), { snapshotEvery: 8 });
    mustAppend(
      log,
      Array.from({ length: 40 }, (_, i) => desk(`d-${i}`)),
    );
    expect(asked.n).toBe(40);
    const events: EventEnvelope[] = [...log.all()];
    asked.n = 0;
    const replayed = new BranchLog(registry, counterIds(), { events, snapshotEvery: 8 });
    replayed.stateAt(17);
    foldInto(registry, initialOfficeState(), events);
    expect(replayed.head).toEqual(log.head);
    expect(asked.n).toBe(0);
  });

  it('the core alone, without a catalog, takes any kind (its tests use made-up ones)', () => {
    expect(parseOfficeFile(fileWith('spaceship'), makeRegistry()).ok).toBe(true);
  });
});
