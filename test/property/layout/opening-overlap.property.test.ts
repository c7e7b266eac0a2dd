// The core refuses a door or window placed over another (opening-overlap.ts),
// and the Layout checks flag exactly such a pair when it comes in anyway
// (an import): one rule, the same answer, naming the same two openings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlappingPairs as coreOverlappingPairs } from '../../../src/core/opening-overlap';
import { findClearanceIssues, type Opening, overlappingPairs } from '../../../src/layout';
import { ev, newWorkspace } from '../../unit/core/helpers';

const cm = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

const room = { width: 4, depth: 3, height: 2.7, wallThickness: 0.12 };
/** Fits every wall of that room, so only the overlap can refuse it. */
const opening = (id: string): fc.Arbitrary<Opening> =>
  fc
    .record({
      kind: fc.constantFrom('door' as const, 'window' as const),
      wall: fc.constantFrom('north' as const, 'east' as const, 'south' as const),
      width: cm(0.3, 1.5),
      height: cm(0.3, 1.3),
      sill: cm(0, 1.3),
      at: cm(-0.75, 0.75),
    })
    .map(({ at, ...o }) => ({ id, offset: at, ...o }));

describe('the core and the layout checks agree on overlapping openings', () => {
  it('the layout uses the core’s rule itself', () => {
    expect(overlappingPairs).toBe(coreOverlappingPairs);
  });

  it('a placement is refused exactly when the layout flags the pair it would make', () => {
    fc.assert(
      fc.property(opening('a'), opening('b'), (a, b) => {
        const ws = newWorkspace();
        expect(ws.append([ev('RoomResized', room), ev('OpeningPlaced', { opening: a })]).ok).toBe(
          true,
        );
        const placed = ws.append([ev('OpeningPlaced', { opening: b })]);
        const flagged = findClearanceIssues(room, [a, b], []).filter(
          (i) => i.kind === 'openingsOverlap',
        );
        if (flagged.length === 0) {
          expect(placed.ok).toBe(true);
          return;
        }
        expect(flagged).toEqual([expect.objectContaining({ openingId: 'a', otherOpeningId: 'b' })]);
        expect(placed).toMatchObject({
          ok: false,
          error: {
            path: 'payload.opening.offset',
            reason: { code: 'openingsOverlap', params: { kind: a.kind, wall: a.wall } },
          },
        });
      }),
      { numRuns: 500 },
    );
  });
});
