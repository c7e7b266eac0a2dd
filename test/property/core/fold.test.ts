import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BranchLog } from '../../../src/core/branch-log';
import { coreEventTypes } from '../../../src/core/events/core-events';
import { exportBranch, parseOfficeFile } from '../../../src/core/file-format';
import { foldInto } from '../../../src/core/fold';
import { historyOf } from '../../../src/core/history';
import { initialOfficeState } from '../../../src/core/office-state';
import { counterIds, makeRegistry, newWorkspace } from '../../unit/core/helpers';
import { applyOp, opsArb } from './arbitraries';

const registry = makeRegistry();

function build(ops: Parameters<typeof applyOp>[1][], snapshotEvery: number) {
  const ws = newWorkspace(snapshotEvery);
  for (const op of ops) applyOp(ws, op);
  return ws;
}

describe('fold, snapshots and replay (property)', () => {
  it('generated edits are all accepted and cover the core types', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(opsArb(80), (ops) => {
        const ws = build(ops, 7);
        for (const e of ws.current.log.all()) seen.add(e.type);
      }),
      { numRuns: 40, seed: 1 },
    );
    expect([...seen].sort()).toEqual([...coreEventTypes].sort());
  }, 20_000);

  it('stateAt(seq) (snapshot plus tail, K = 7) equals a fold from scratch, at every seq', () => {
    fc.assert(
      fc.property(opsArb(60), (ops) => {
        const log = build(ops, 7).current.log;
        const events = log.all();
        const fresh = initialOfficeState();
        for (let seq = 0; seq <= events.length; seq++) {
          if (seq > 0) foldInto(registry, fresh, events, seq - 1, seq);
          expect(log.stateAt(seq)).toStrictEqual(
            foldInto(registry, initialOfficeState(), events, 0, seq),
          );
          expect(log.stateAt(seq)).toStrictEqual(fresh);
        }
        expect(structuredClone(log.head)).toStrictEqual(fresh);
      }),
      { numRuns: 50 },
    );
  }, 20_000);

  it('live head (immer append) equals replay head (new BranchLog from the events)', () => {
    fc.assert(
      fc.property(opsArb(80), fc.integer({ min: 1, max: 16 }), (ops, K) => {
        const live = build(ops, 7).current.log;
        const replay = new BranchLog(registry, counterIds(), {
          events: [...live.all()],
          snapshotEvery: K,
        });
        expect(replay.head).toStrictEqual(live.head);
        expect(replay.length).toBe(live.length);
        const mid = Math.floor(live.length / 2);
        expect(replay.stateAt(mid)).toStrictEqual(live.stateAt(mid));
      }),
      { numRuns: 80 },
    );
  }, 20_000);

  it('export then import gives an identical log, head and history', () => {
    fc.assert(
      fc.property(opsArb(80), (ops) => {
        const ws = build(ops, 7);
        const log = ws.current.log;
        const file = exportBranch('prop', log, '2026-01-01T00:00:00.000Z');
        const text = JSON.stringify(file);
        const r = parseOfficeFile(text, registry, Buffer.byteLength(text));
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        expect(r.value.events).toStrictEqual([...log.all()]);
        expect(r.value.name).toBe('prop');
        const back = new BranchLog(registry, counterIds(), { events: r.value.events });
        expect(back.head).toStrictEqual(log.head);
        expect(historyOf(r.value.events)).toStrictEqual(historyOf(log.all()));
      }),
      { numRuns: 60 },
    );
  }, 20_000);
});
