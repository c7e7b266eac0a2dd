import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BranchLog } from '../../../src/core/branch-log';
import { coreEventTypes } from '../../../src/core/events/core-events';
import { parseOfficeFile } from '../../../src/core/file-format';
import { foldInto } from '../../../src/core/fold';
import { historyOf } from '../../../src/core/history';
import { initialOfficeState } from '../../../src/core/office-state';
import { counterIds, makeRegistry } from './helpers';

const dir = new URL('../../fixtures/v1/', import.meta.url);
const text = readFileSync(new URL('office-v1.json', dir), 'utf8');
const recorded = JSON.parse(readFileSync(new URL('office-v1.state.json', dir), 'utf8'));

describe('released format version 1 (test/fixtures/v1)', () => {
  const registry = makeRegistry();
  const parsed = parseOfficeFile(text, registry, Buffer.byteLength(text));

  it('still loads through parseOfficeFile', () => {
    expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
    expect(JSON.parse(text).version).toBe(1);
  });

  it('folds to exactly the recorded state', () => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const folded = foldInto(registry, initialOfficeState(), parsed.value.events);
    expect(folded).toStrictEqual(recorded);
    // In the same order too (the UI numbers copies by it): a v1 placement,
    // an undo's included, still goes at the end.
    for (const key of ['items', 'openings'] as const) {
      expect(Object.keys(folded[key])).toEqual(Object.keys(recorded[key]));
    }
    // Same through a branch log with snapshots (replay path).
    const log = new BranchLog(registry, counterIds(), {
      events: parsed.value.events,
      snapshotEvery: 8,
    });
    expect(JSON.parse(JSON.stringify(log.head))).toStrictEqual(recorded);
  });

  it('covers every core event type, gestures, undo and redo', () => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const { events } = parsed.value;
    expect(events.length).toBeGreaterThanOrEqual(30);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(coreEventTypes));
    expect(events.some((e) => e.meta?.undoOf)).toBe(true);
    expect(events.some((e) => e.meta?.redoOf)).toBe(true);
    const h = historyOf(events);
    expect(h.undo.length).toBeGreaterThan(5);
    expect(h.gestures.get('g-drag-desk')).toHaveLength(3);
  });
});
