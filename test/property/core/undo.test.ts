import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyOf } from '../../../src/core/history';
import type { OfficeState } from '../../../src/core/office-state';
import { newWorkspace, content as withAssets } from '../../unit/core/helpers';
import { applyOp, editsArb, opsArb } from './arbitraries';

/**
 * What undo restores: everything but the clock and the imported assets.
 * An asset's bytes stay by design (undo removes the item placed from it).
 */
function content(s: OfficeState) {
  const { assets: _assets, ...rest } = withAssets(s);
  return rest;
}

/**
 * The content with the key order of items and openings, which the UI
 * numbers copies by ("Armchair 1", "Armchair 2"): deep equality alone does
 * not see an item that came back at the end.
 */
function exact(s: OfficeState) {
  return { ...content(s), order: [Object.keys(s.items), Object.keys(s.openings)] };
}

describe('undo and redo (property)', () => {
  it('undo restores the state before each gesture, key order included; redo is its exact inverse', () => {
    fc.assert(
      fc.property(
        editsArb(40),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (edits, checks) => {
          const ws = newWorkspace(7);
          const states = [exact(ws.head)];
          let assetCount = 0;
          const assetsNeverGo = () => {
            const n = Object.keys(ws.head.assets).length;
            expect(n).toBeGreaterThanOrEqual(assetCount);
            assetCount = n;
          };
          edits.forEach((op, i) => {
            if (!applyOp(ws, op)) return;
            assetsNeverGo();
            const after = exact(ws.head);
            states.push(after);
            if (checks[i]) {
              // Undo then redo is the identity on the state.
              expect(ws.undo()?.ok).toBe(true);
              expect(exact(ws.head)).toStrictEqual(states.at(-2));
              expect(ws.redo()?.ok).toBe(true);
              expect(exact(ws.head)).toStrictEqual(after);
            }
          });
          // Unwind everything, one gesture per step, then wind it back.
          for (let i = states.length - 2; i >= 0; i--) {
            expect(ws.undo()?.ok).toBe(true);
            expect(exact(ws.head)).toStrictEqual(states[i]);
            assetsNeverGo();
          }
          expect(ws.canUndo()).toBe(false);
          for (let i = 1; i < states.length; i++) {
            expect(ws.redo()?.ok).toBe(true);
            expect(exact(ws.head)).toStrictEqual(states[i]);
          }
          expect(ws.canRedo()).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  }, 20_000);

  it('history stacks rebuilt from the log equal the live ones, with undo/redo anywhere', () => {
    fc.assert(
      fc.property(opsArb(80), (ops) => {
        const ws = newWorkspace(7);
        for (const op of ops) {
          const before = ws.current.log.length;
          applyOp(ws, op);
          // Undo and redo only ever append.
          expect(ws.current.log.length).toBeGreaterThanOrEqual(before);
        }
        const live = ws.current.history;
        const rebuilt = historyOf(ws.current.log.all());
        expect(rebuilt.undo).toEqual(live.undo);
        expect(rebuilt.redo).toEqual(live.redo);
        expect(rebuilt.gestures).toEqual(live.gestures);
      }),
      { numRuns: 80 },
    );
  }, 20_000);
});
