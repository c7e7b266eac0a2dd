// A room resize is never refused for a door or window it leaves past a
// wall's end (the Layout checks flag it); an opening's own edit still must
// fit, except when undo or redo puts it back where it was.
import { describe, expect, it } from 'vitest';
import type { Opening } from '../../../src/core/office-state';
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

  it('an edit of the door must still fit the smaller wall', () => {
    const ws = office();
    ws.append([ev('RoomResized', { ...room, width: 2 }, { meta: { gesture: 'shrink' } })]);
    const r = ws.append([ev('OpeningChanged', { opening: { ...door, hinge: 'right' } })]);
    expect(r).toMatchObject({
      ok: false,
      error: { path: 'payload.opening.offset', reason: { code: 'openingOffWall' } },
    });
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
