// Adding a door or window, and moving one to another wall with the Room
// panel's wall select, put it at a free spot (freeOpeningOffset); a wall with
// none refuses, saying which wall. QA: Door 1 moved north and back south landed
// on the door added at the south wall's centre.
import { describe, expect, it } from 'vitest';
import { addOpening, moveOpeningToWall } from '../../../src/app/commands/room-commands';
import { inEnglish } from '../../../src/app/i18n/english';
import type { OfficeStore } from '../../../src/app/office-store';
import { newStore } from './helpers';

const openings = (store: OfficeStore) =>
  Object.values(store.getSnapshot().head.openings).map((o) => [o.kind, o.wall, o.offset]);

describe('moving a door or window to another wall', () => {
  it('QA’s steps: to the north wall and back, door 1 lands beside door 2, not on it', () => {
    const store = newStore();
    // The default office: a door on the south wall at 1.2, a window on the west wall.
    expect(addOpening(store, 'door', 'south')).toBeNull();
    const door1 = 'door-1';
    expect(openings(store)).toEqual([
      ['door', 'south', 1.2],
      ['window', 'west', -0.3],
      ['door', 'south', 0],
    ]);
    expect(moveOpeningToWall(store, door1, 'north')).toBeNull();
    expect(store.getSnapshot().head.openings[door1]).toMatchObject({ wall: 'north', offset: 0 });
    expect(moveOpeningToWall(store, door1, 'south')).toBeNull();
    // Door 2 holds the centre: door 1 takes the first free step out, 1.0.
    expect(store.getSnapshot().head.openings[door1]).toMatchObject({ wall: 'south', offset: 1 });
  });

  it('is one step to undo, and the same wall is no edit', () => {
    const store = newStore();
    const length = store.getSnapshot().length;
    expect(moveOpeningToWall(store, 'door-1', 'south')).toBeNull();
    expect(store.getSnapshot().length).toBe(length);
    expect(moveOpeningToWall(store, 'door-1', 'west')).toBeNull();
    // The window holds the west wall's middle (−0.9..0.3): the door goes to +0.8.
    expect(store.getSnapshot().head.openings['door-1']).toMatchObject({
      wall: 'west',
      offset: 0.8,
    });
    store.undo();
    expect(store.getSnapshot().head.openings['door-1']).toMatchObject({
      wall: 'south',
      offset: 1.2,
    });
  });

  it('a wall with no free spot refuses, naming the wall; nothing is logged', () => {
    const store = newStore();
    for (let i = 0; i < 3; i++) expect(addOpening(store, 'door', 'east')).toBeNull();
    // Three doors and their gaps fill most of the 3.6 m east wall; a fourth finds no spot.
    const p = addOpening(store, 'door', 'east');
    expect(p).toEqual({ kind: 'app', reason: { code: 'wallFull', params: { wall: 'east' } } });
    expect(inEnglish(p!)).toBe(
      'the east wall has no free spot for it: other doors and windows are in the way',
    );
    const length = store.getSnapshot().length;
    expect(moveOpeningToWall(store, 'door-1', 'east')).toEqual(p);
    expect(store.getSnapshot().length).toBe(length);
    expect(store.getSnapshot().head.openings['door-1']).toMatchObject({ wall: 'south' });
  });
});
