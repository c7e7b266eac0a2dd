// QA: two doors could stand on each other (the Room panel's wall select put a
// door back at offset 0, over the door added there; a typed offset could do
// the same), and nothing said so. The rule: two openings overlap when they are
// on one wall, their spans along it overlap and their heights [sill, sill +
// height] overlap too; touching is not overlapping. An edit may not make a new
// overlap, nor a larger one; undo and redo put openings back as they were; a
// file holding overlaps (written before the rule) is imported, not refused,
// and the Layout checks flag it.
import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../src/core/envelope';
import { exportBranch, parseOfficeFile } from '../../../src/core/file-format';
import type { Opening } from '../../../src/core/office-state';
import {
  openingsOverlap,
  overlapArea,
  overlappingPairs,
  overlapWorsened,
} from '../../../src/core/opening-overlap';
import { findClearanceIssues } from '../../../src/layout';
import { branchInfo, ev, makeRegistry, newWorkspace } from './helpers';

const door: Opening = {
  id: 'door-1',
  kind: 'door',
  wall: 'south',
  offset: 0,
  width: 0.9,
  height: 2.05,
  sill: 0,
  hinge: 'left',
};
const window: Opening = {
  id: 'window-1',
  kind: 'window',
  wall: 'south',
  offset: 1,
  width: 1.2,
  height: 1.2,
  sill: 0.9,
};
const door2: Opening = { ...door, id: 'door-2' };
const room = { width: 4.2, depth: 3.6, height: 2.7, wallThickness: 0.12 };

describe('the overlap rule', () => {
  it('two openings on one wall overlap when they share length along it and height', () => {
    // The door runs −0.45..0.45, the window 0.4..1.6 and 0.9..2.1 m up: 0.05 × 1.15 m shared.
    expect(overlapArea(door, window)).toBeCloseTo(0.05 * 1.15, 9);
    expect(openingsOverlap(door, window)).toBe(true);
    expect(openingsOverlap(window, door)).toBe(true);
    // Two doors at one offset: the whole door.
    expect(overlapArea(door, door2)).toBeCloseTo(0.9 * 2.05, 9);
  });

  it('side by side, or a window above a door, they do not; touching is not overlapping', () => {
    expect(openingsOverlap(door, { ...window, offset: 1.05 })).toBe(false);
    // Frame to frame, in decimal metres (0.45 + 0.6 is not exactly 1.05 in floating point).
    expect(openingsOverlap(door, { ...window, offset: 0.45 + 0.6 })).toBe(false);
    expect(openingsOverlap(door, { ...door2, offset: -0.9 })).toBe(false);
    // A window over the door: its sill at the door's head, or higher.
    expect(openingsOverlap(door, { ...window, offset: 0, sill: 2.05, height: 0.5 })).toBe(false);
    expect(openingsOverlap(door, { ...window, offset: 0, sill: 2.2, height: 0.4 })).toBe(false);
    expect(openingsOverlap(door, { ...window, offset: 0, sill: 2, height: 0.5 })).toBe(true);
  });

  it('openings on different walls never overlap, even at the same offset', () => {
    expect(openingsOverlap(door, { ...door2, wall: 'north' })).toBe(false);
    expect(overlapArea(door, { ...door2, wall: 'east' })).toBe(0);
  });

  it('lists each overlapping pair once, in the order given', () => {
    const d2 = { ...door, id: 'door-2' };
    const far = { ...door, id: 'door-3', offset: -1.5 };
    expect(overlappingPairs([window, far, door, d2]).map(([a, b]) => [a.id, b.id])).toEqual([
      ['window-1', 'door-1'],
      ['window-1', 'door-2'],
      ['door-1', 'door-2'],
    ]);
    expect(overlappingPairs([door, far])).toEqual([]);
  });

  it('an edit is worse when it overlaps another by more area than before; a new one when any', () => {
    const others = [door, window];
    const d2 = { ...door, id: 'door-2', offset: -1.5 };
    expect(overlapWorsened(others, null, d2)).toBeNull();
    expect(overlapWorsened(others, null, { ...d2, offset: -0.5 })).toBe(door);
    // The window overlapping the door already: moved part of the way off, or left, it is no worse.
    expect(overlapWorsened(others, window, { ...window, offset: 1.02 })).toBeNull();
    expect(overlapWorsened(others, window, window)).toBeNull();
    expect(overlapWorsened(others, window, { ...window, sill: 1 })).toBeNull();
    // Further onto it, or taller over it: worse.
    expect(overlapWorsened(others, window, { ...window, offset: 0.9 })).toBe(door);
    expect(overlapWorsened(others, window, { ...window, sill: 0.5 })).toBe(door);
    // Itself is never the other.
    expect(overlapWorsened([door], door, { ...door, width: 1.2 })).toBeNull();
  });
});

function office(...openings: Opening[]) {
  const ws = newWorkspace();
  const r = ws.append([
    ev('RoomResized', room),
    ...openings.map((o) => ev('OpeningPlaced', { opening: o }, { meta: { gesture: o.id } })),
  ]);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return ws;
}

describe('the core refuses an edit that makes openings overlap', () => {
  it('a door placed over another is refused, naming the other and where it is', () => {
    const ws = office(door);
    const r = ws.append([ev('OpeningPlaced', { opening: { ...door, id: 'door-2', offset: 0.3 } })]);
    expect(r).toMatchObject({
      ok: false,
      error: {
        path: 'payload.opening.offset',
        reason: {
          code: 'openingsOverlap',
          params: { kind: 'door', wall: 'south', from: -0.45, to: 0.45 },
        },
      },
    });
    expect(Object.keys(ws.head.openings)).toEqual(['door-1']);
    // Beside it, frame to frame, it is taken; a window above it too.
    const beside = { ...door, id: 'door-2', offset: 0.9 };
    expect(ws.append([ev('OpeningPlaced', { opening: beside })]).ok).toBe(true);
    const above = { ...window, id: 'transom', offset: 0, sill: 2.1, height: 0.4 };
    expect(ws.append([ev('OpeningPlaced', { opening: above })]).ok).toBe(true);
  });

  it('a change is refused at the field it changed: the wall, the offset, the width or the sill', () => {
    const d2 = { ...door, id: 'door-2', wall: 'north' as const, offset: 0 };
    const w = { ...window, offset: -1.2 };
    const ws = office(door, d2, w);
    const change = (o: Opening) => ws.append([ev('OpeningChanged', { opening: o })]);
    const refused = (field: string, kind: string) => ({
      ok: false,
      error: {
        path: `payload.opening.${field}`,
        reason: { code: 'openingsOverlap', params: { kind } },
      },
    });
    // QA's steps: back to the south wall at offset 0, onto door-1.
    expect(change({ ...d2, wall: 'south' })).toMatchObject(refused('wall', 'door'));
    expect(change({ ...d2, wall: 'south', offset: 0.3 })).toMatchObject(refused('wall', 'door'));
    expect(change({ ...door, offset: -0.5 })).toMatchObject(refused('offset', 'window'));
    expect(change({ ...door, width: 1.9 })).toMatchObject(refused('width', 'window'));
    // The window (−1.8..−0.6) moved or widened over the door (−0.45..0.45).
    expect(change({ ...w, offset: -0.9 })).toMatchObject(refused('offset', 'door'));
    expect(change({ ...w, width: 1.8 })).toMatchObject(refused('width', 'door'));
    expect(ws.head.openings).toEqual({ 'door-1': door, 'door-2': d2, 'window-1': w });
    // Raised above the door's head first, it may then be widened over it.
    expect(change({ ...w, sill: 2.1, height: 0.5 }).ok).toBe(true);
    expect(change({ ...w, sill: 2.1, height: 0.5, width: 1.8 }).ok).toBe(true);
    expect(change({ ...w, sill: 2, height: 0.5, width: 1.8 })).toMatchObject(
      refused('sill', 'door'),
    );
  });

  it('a refused edit is no step: undo and redo go on around it', () => {
    const d2 = { ...door, id: 'door-2', offset: -1.2 };
    const ws = office(door, d2);
    const moved = { ...d2, wall: 'north' as const, offset: 0 };
    const change = (o: Opening, gesture: string) =>
      ws.append([ev('OpeningChanged', { opening: o }, { meta: { gesture } })]);
    expect(change(moved, 'north').ok).toBe(true);
    expect(change({ ...moved, wall: 'south' }, 'back').ok).toBe(false);
    expect(ws.undo()?.ok).toBe(true);
    expect(ws.head.openings['door-2']).toEqual(d2);
    expect(ws.redo()?.ok).toBe(true);
    expect(ws.head.openings['door-2']).toEqual(moved);
    expect(ws.undo()?.ok).toBe(true);
    expect(ws.undo()?.ok).toBe(true);
    expect(ws.head.openings['door-2']).toBeUndefined();
    expect(ws.redo()?.ok).toBe(true);
    expect(ws.head.openings).toEqual({ 'door-1': door, 'door-2': d2 });
  });
});

describe('openings that overlap already (a file or a log from before the rule)', () => {
  /** QA's log: a door added at the south wall's centre, door 1 moved north and back to offset 0. */
  function olderFile() {
    const events = [
      ev('RoomResized', room),
      ev('OpeningPlaced', { opening: { ...door, offset: 1.2 } }),
      ev('OpeningPlaced', { opening: { ...door, id: 'door-2' } }),
      ev('OpeningChanged', { opening: { ...door, wall: 'north' } }),
      ev('OpeningChanged', { opening: door }),
    ].map((e, i) => ({ seq: i + 1, id: `e${i + 1}`, v: 1, at: i, source: 'user', ...e }));
    return {
      format: 'home-office-sim',
      version: 1,
      createdAt: 'x',
      branch: { name: 'QA' },
      events,
    };
  }

  /** The file's events opened as a branch of their own, as the app's import does. */
  function imported(events: EventEnvelope[]) {
    const ws = newWorkspace();
    ws.addBranch(branchInfo('qa'), events);
    ws.switchTo('qa');
    return ws;
  }

  it('are imported, not refused, and flagged in the Layout checks naming both', () => {
    const r = parseOfficeFile(JSON.stringify(olderFile()), makeRegistry());
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const ws = imported(r.value.events);
    const openings = Object.values(ws.head.openings);
    expect(openings.map((o) => [o.id, o.wall, o.offset])).toEqual([
      ['door-1', 'south', 0],
      ['door-2', 'south', 0],
    ]);
    const flagged = findClearanceIssues(ws.head.room, openings, []);
    expect(flagged).toEqual([
      expect.objectContaining({
        kind: 'openingsOverlap',
        openingId: 'door-1',
        otherOpeningId: 'door-2',
        where: { x: 0, z: 1.8 },
      }),
    ]);
  });

  it('may be edited if not made worse, and moved off; the flag goes, and an export reimports', () => {
    const r = parseOfficeFile(JSON.stringify(olderFile()), makeRegistry());
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const ws = imported(r.value.events);
    const change = (o: Opening) =>
      ws.append([
        ev('OpeningChanged', { opening: o }, { meta: { gesture: `g${ws.current.log.length}` } }),
      ]);
    expect(change({ ...door, hinge: 'right' }).ok).toBe(true);
    expect(change({ ...door, offset: 0.5 }).ok).toBe(true);
    expect(change({ ...door, offset: 0.3 })).toMatchObject({
      ok: false,
      error: { reason: { code: 'openingsOverlap' } },
    });
    expect(change({ ...door, offset: 0.9 }).ok).toBe(true);
    expect(findClearanceIssues(ws.head.room, Object.values(ws.head.openings), [])).toEqual([]);
    // Undo puts it back over door 2, where it was; the whole log, that undo included, reads again.
    expect(ws.undo()?.ok).toBe(true);
    expect(ws.head.openings['door-1']!.offset).toBe(0.5);
    expect(ws.undo()?.ok).toBe(true);
    expect(ws.head.openings['door-1']!.offset).toBe(0);
    const again = parseOfficeFile(
      JSON.stringify(exportBranch('QA', ws.current.log, 'x')),
      makeRegistry(),
    );
    expect(again.ok).toBe(true);
  });
});
