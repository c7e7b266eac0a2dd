// QA: two doors on the south wall were both "Door on the south wall", in the
// Room panel, the Layout checks and the notices alike. A wall with more than
// one door (or window) numbers them in the room's order, as copies of an item
// are numbered; a lone one keeps its plain name.
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../src/app/i18n/index';
import type { Opening, WallSide } from '../../../src/core/office-state';
import { labelText } from '../../../src/ui/label-text';
import { openingLabel, openingLabels, openingName } from '../../../src/ui/opening-names';

const en = initI18n('en').t;
const zh = initI18n('zh').t;

const opening = (id: string, kind: Opening['kind'], wall: WallSide): Opening => ({
  id,
  kind,
  wall,
  offset: 0,
  width: 0.9,
  height: 2,
  sill: kind === 'door' ? 0 : 0.9,
});
const room = (...list: Opening[]) => Object.fromEntries(list.map((o) => [o.id, o]));
const names = (openings: ReturnType<typeof room>, t: typeof en) =>
  Object.keys(openings).map((id) => openingName(openings, id, t));

describe('opening names', () => {
  it('a lone door or window on its wall keeps its plain name', () => {
    const openings = room(opening('d', 'door', 'south'), opening('w', 'window', 'south'));
    expect(names(openings, en)).toEqual(['Door on the south wall', 'Window on the south wall']);
    expect(names(openings, zh)).toEqual(['南墙上的门', '南墙上的窗']);
  });

  it('several of a kind on one wall are numbered in the room’s order; other walls and kinds are not', () => {
    const openings = room(
      opening('d1', 'door', 'south'),
      opening('w1', 'window', 'north'),
      opening('d2', 'door', 'north'),
      opening('d3', 'door', 'south'),
      opening('w2', 'window', 'north'),
      opening('w3', 'window', 'south'),
    );
    expect(names(openings, en)).toEqual([
      'Door 1 on the south wall',
      'Window 1 on the north wall',
      'Door on the north wall',
      'Door 2 on the south wall',
      'Window 2 on the north wall',
      'Window on the south wall',
    ]);
    expect(names(openings, zh)).toEqual([
      '南墙上的门 1',
      '北墙上的窗 1',
      '北墙上的门',
      '南墙上的门 2',
      '北墙上的窗 2',
      '南墙上的窗',
    ]);
  });

  it('one left on its wall loses its number', () => {
    const { d1: _gone, ...left } = room(
      opening('d1', 'door', 'east'),
      opening('d2', 'door', 'east'),
    );
    expect(names(left, en)).toEqual(['Door on the east wall']);
  });

  it('is a label kept as keys and a number, worded in the language shown when drawn', () => {
    const openings = room(opening('a', 'window', 'west'), opening('b', 'window', 'west'));
    const label = openingLabel(openings, 'b')!;
    expect(label).toEqual({
      key: 'room.windowNumberedOn',
      params: { wall: 'room.wall.west' },
      values: { n: 2 },
    });
    expect(labelText(label, en)).toBe('Window 2 on the west wall');
    expect(labelText(label, zh)).toBe('西墙上的窗 2');
  });

  it('an id no longer in the room has no name; the labels are one memo per openings map', () => {
    const openings = room(opening('d', 'door', 'south'));
    expect(openingLabel(openings, 'gone')).toBeNull();
    expect(openingLabel(openings, undefined)).toBeNull();
    expect(openingName(openings, 'gone', en)).toBe('');
    expect(openingLabels(openings)).toBe(openingLabels(openings));
    expect(openingLabels({ ...openings })).not.toBe(openingLabels(openings));
  });
});
