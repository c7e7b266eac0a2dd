// A room resize is never refused for a door or window it leaves past a
// wall's end (the Layout checks flag it). An opening's own edit may not make
// it misfit, nor misfit further (reach further past the wall's end or above
// the ceiling); an edit of one already flagged that does not make it worse
// is taken. Undo and redo put it back where it was, whatever the room.
import { describe, expect, it } from 'vitest';
import type { Opening } from '../../../src/core/office-state';
import {
  misfitWorsened,
  offsetLimit,
  openingMisfit,
  openingOverrun,
} from '../../../src/core/opening-fit';
import { ev, newWorkspace } from './helpers';

const door: Opening = {
  id: 'door-1',
  kind: 'door',
  wall: 'south',
  offset: 1.2,
  width: 0.9,
  height: 2.05,
  sill: 0,
  hinge: 'left',
};
const room = { width: 4.2, depth: 3.6, height: 2.7, wallThickness: 0.12 };

function office() {
  const ws = newWorkspace();
  const r = ws.append([
    ev('RoomResized', room),
    ev('OpeningPlaced', { opening: door }, { meta: { gesture: 'place' } }),
  ]);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return ws;
}

describe('openings and room resizes', () => {
  it('a resize that leaves the door past the wall’s end is taken, the door kept as it was', () => {
    const ws = office();
    const r = ws.append([
      ev('RoomResized', { ...room, width: 2, depth: 2 }, { meta: { gesture: 'shrink' } }),
    ]);
    expect(r.ok).toBe(true);
    expect(ws.head.openings['door-1']).toEqual(door);
  });

  it('an edit of a flagged door that does not make it worse is taken; it stays flagged', () => {
    const ws = office();
    ws.append([ev('RoomResized', { ...room, width: 2 }, { meta: { gesture: 'shrink' } })]);
    // 1.2 + 0.45 on a 2 m wall: 0.65 m past its end.
    const change = (o: Opening) => ws.append([ev('OpeningChanged', { opening: o })]);
    expect(change({ ...door, hinge: 'right' }).ok).toBe(true);
    expect(openingMisfit(ws.head.room, ws.head.openings['door-1']!)).toBe('openingOffWall');
    // Moved partly back (0.35 m past), then to the other end as far out: no further.
    expect(change({ ...door, offset: 0.9 }).ok).toBe(true);
    expect(change({ ...door, offset: -0.9 }).ok).toBe(true);
    expect(ws.head.openings['door-1']?.offset).toBe(-0.9);
    // Moved all the way back: it fits.
    expect(change({ ...door, offset: 0.5 }).ok).toBe(true);
    expect(openingMisfit(ws.head.room, ws.head.openings['door-1']!)).toBeNull();
  });

  it('an edit that pushes a flagged door further past the wall’s end is refused', () => {
    const ws = office();
    ws.append([ev('RoomResized', { ...room, width: 2 }, { meta: { gesture: 'shrink' } })]);
    const change = (o: Opening) => ws.append([ev('OpeningChanged', { opening: o })]);
    const moved = { ...door, offset: 0.9 };
    expect(change(moved).ok).toBe(true);
    const refused = (code: string, field: string) => ({
      ok: false,
      error: { path: `payload.opening.${field}`, reason: { code } },
    });
    // Out again (0.45 m past, was 0.35), or wider: further past the end.
    expect(change({ ...moved, offset: 1 })).toMatchObject(refused('openingOffWall', 'offset'));
    expect(change({ ...moved, width: 1.1 })).toMatchObject(refused('openingOffWall', 'offset'));
    // A new misfit on the other count: taller than the room.
    expect(change({ ...moved, height: 2.8 })).toMatchObject(refused('openingTooTall', 'height'));
    expect(ws.head.openings['door-1']).toEqual(moved);
  });

  it('a window a lowered ceiling cuts may come down part way, not go up', () => {
    const window: Opening = {
      id: 'w',
      kind: 'window',
      wall: 'north',
      offset: 0,
      width: 1.2,
      height: 1.3,
      sill: 1.3,
    };
    const ws = office();
    ws.append([ev('OpeningPlaced', { opening: window })]);
    // 2.6 m to its top under a 2.4 m ceiling: 0.2 m above it.
    ws.append([ev('RoomResized', { ...room, height: 2.4 })]);
    const change = (o: Opening) => ws.append([ev('OpeningChanged', { opening: o })]);
    expect(change({ ...window, offset: 0.5 }).ok).toBe(true);
    expect(change({ ...window, height: 1.2 }).ok).toBe(true);
    expect(change({ ...window, height: 1.2, sill: 1.35 })).toMatchObject({
      ok: false,
      error: { path: 'payload.opening.height', reason: { code: 'openingTooTall' } },
    });
    // Along the wall past its end: a new misfit.
    expect(change({ ...window, height: 1.2, offset: 1.6 })).toMatchObject({
      ok: false,
      error: { path: 'payload.opening.offset', reason: { code: 'openingOffWall' } },
    });
  });

  it('a new door or window must fit: a placement has nothing to compare with', () => {
    const ws = office();
    ws.append([ev('RoomResized', { ...room, width: 2 })]);
    const placed = ws.append([ev('OpeningPlaced', { opening: { ...door, id: 'door-2' } })]);
    expect(placed).toMatchObject({ ok: false, error: { reason: { code: 'openingOffWall' } } });
  });

  it('undo and redo put the door back where it was, on a wall it no longer fits', () => {
    const ws = office();
    ws.append([ev('RoomResized', { ...room, width: 2 }, { meta: { gesture: 'shrink' } })]);
    const moved = { ...door, offset: 0.3 };
    expect(
      ws.append([ev('OpeningChanged', { opening: moved }, { meta: { gesture: 'move' } })]).ok,
    ).toBe(true);
    expect(ws.undo()?.ok).toBe(true);
    expect(ws.head.openings['door-1']).toEqual(door);
    expect(ws.redo()?.ok).toBe(true);
    expect(ws.head.openings['door-1']).toEqual(moved);
    expect(ws.undo()?.ok).toBe(true);
    // Undo of the resize gives the door its wall back.
    expect(ws.undo()?.ok).toBe(true);
    expect(ws.head.room.width).toBe(4.2);
    expect(ws.head.openings['door-1']).toEqual(door);
  });
});

describe('misfitWorsened', () => {
  const small = { width: 2, depth: 3, height: 2.5 };
  it('measures how far past the wall’s end and above the ceiling, 0 when it fits', () => {
    expect(openingOverrun(small, door)).toEqual({
      pastEnd: expect.closeTo(0.65, 9),
      aboveCeiling: 0,
    });
    expect(openingOverrun(small, { ...door, wall: 'east' })).toEqual({
      pastEnd: expect.closeTo(0.15, 9),
      aboveCeiling: 0,
    });
    expect(openingOverrun(small, { ...door, offset: 0, sill: 0.6 })).toEqual({
      pastEnd: 0,
      aboveCeiling: expect.closeTo(0.15, 9),
    });
  });

  it('names the count that grows; equal, or less, is not worse', () => {
    expect(misfitWorsened(small, door, door)).toBeNull();
    expect(misfitWorsened(small, door, { ...door, offset: -1.2 })).toBeNull();
    expect(misfitWorsened(small, door, { ...door, offset: 1.21 })).toBe('openingOffWall');
    expect(misfitWorsened(small, door, { ...door, height: 2.6 })).toBe('openingTooTall');
    // On another wall, measured on that wall: 0.15 m past the east wall's end is less.
    expect(misfitWorsened(small, door, { ...door, wall: 'east' })).toBeNull();
  });

  it('without a before, any misfit is new: the same as openingMisfit', () => {
    for (const o of [door, { ...door, offset: 0 }, { ...door, offset: 0, height: 2.6 }]) {
      expect(misfitWorsened(small, null, o)).toBe(openingMisfit(small, o));
    }
    expect(openingMisfit(small, door)).toBe('openingOffWall');
  });
});

describe('offsetLimit', () => {
  it('is where the opening still fits its wall, to the centimetre inward', () => {
    // (4.2 − 0.9) / 2 on the south wall; (3.6 − 0.9) / 2 on the east one.
    expect(offsetLimit(room, door)).toBe(1.65);
    expect(offsetLimit(room, { ...door, wall: 'east', offset: 0 })).toBe(1.35);
    expect(offsetLimit(room, { ...door, width: 0.95 })).toBe(1.62);
    for (const side of [-1, 1]) {
      const at = side * offsetLimit(room, door)!;
      expect(openingMisfit(room, { ...door, offset: at })).toBeNull();
      expect(openingMisfit(room, { ...door, offset: at + side * 0.01 })).toBe('openingOffWall');
    }
  });

  it('reaches as far as an opening a resize left past the end: moving it back is no worse', () => {
    const small = { ...room, width: 2.5 };
    const limit = offsetLimit(small, door)!;
    expect(limit).toBe(1.2);
    expect(misfitWorsened(small, door, { ...door, offset: -limit })).toBeNull();
    expect(misfitWorsened(small, door, { ...door, offset: limit + 0.01 })).toBe('openingOffWall');
    // Wider than its wall: no offset fits; the field leaves it to the refusal, which says why.
    expect(offsetLimit({ ...room, width: 0.6 }, { ...door, offset: 0 })).toBeNull();
    expect(offsetLimit({ ...room, width: 0.9 }, { ...door, offset: 0 })).toBe(0);
  });
});
