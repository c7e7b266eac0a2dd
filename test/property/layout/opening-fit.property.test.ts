// One fit rule for doors and windows (src/core/opening-fit.ts): the core
// refuses a placement exactly when the layout checks flag the same opening
// in the same room, for the same reason, at the field to change. Sizes on a
// centimetre grid, so openings land exactly on a wall's end or the ceiling
// (where decimal sums are not exact) as often as past it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openingMisfit as coreOpeningMisfit } from '../../../src/core/opening-fit';
import { findClearanceIssues, type Opening, openingMisfit, type Room } from '../../../src/layout';
import { ev, newWorkspace } from '../../unit/core/helpers';

const cm = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

const room: fc.Arbitrary<Room> = fc.record({
  width: cm(2, 6),
  depth: cm(2, 6),
  height: cm(2.2, 3),
  wallThickness: fc.constant(0.12),
});
const opening: fc.Arbitrary<Opening> = fc.record({
  id: fc.constant('o-1'),
  kind: fc.constantFrom('door' as const, 'window' as const),
  wall: fc.constantFrom('north' as const, 'east' as const, 'south' as const, 'west' as const),
  offset: cm(-3.5, 3.5),
  width: cm(0.3, 3),
  height: cm(0.3, 2.5),
  sill: cm(0, 1.5),
});

const pathOf = {
  openingOffWall: 'payload.opening.offset',
  openingTooTall: 'payload.opening.height',
};

describe('the core and the layout checks agree on what fits a wall', () => {
  it('the layout uses the core’s rule itself', () => {
    expect(openingMisfit).toBe(coreOpeningMisfit);
  });

  it('a placement is refused exactly when the layout would flag the opening, for the same reason', () => {
    fc.assert(
      fc.property(room, opening, (r, o) => {
        const ws = newWorkspace();
        expect(ws.append([ev('RoomResized', r)]).ok).toBe(true);
        const placed = ws.append([ev('OpeningPlaced', { opening: o })]);
        const flagged = findClearanceIssues(r, [o], []).map((i) => i.kind);
        if (flagged.length === 0) {
          expect(placed.ok).toBe(true);
          return;
        }
        const kind = flagged[0] as keyof typeof pathOf;
        expect(flagged).toEqual([kind]);
        expect(placed).toMatchObject({
          ok: false,
          error: { path: pathOf[kind], reason: { code: kind } },
        });
      }),
      { numRuns: 500 },
    );
  });
});
