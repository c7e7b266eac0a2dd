import { describe, expect, it } from 'vitest';
import { ev, item, mustAppend, newLog } from './helpers';

const asset = (id: string) => ({
  id,
  name: 'model.glb',
  mime: 'model/gltf-binary' as const,
  bytes: 12,
  dataBase64: 'Z2xURgIAAAAMAAAA',
  scale: 1,
  size: { width: 0.5, depth: 0.4, height: 1 },
  offset: [0, 0.5, 0] as [number, number, number],
});

const door = {
  id: 'door',
  kind: 'door' as const,
  wall: 'south' as const,
  offset: 1,
  width: 0.9,
  height: 2.1,
  sill: 0,
  hinge: 'left' as const,
};

describe('core reducers through BranchLog.append', () => {
  it('SceneNamed sets the name', () => {
    const log = newLog();
    mustAppend(log, [ev('SceneNamed', { name: 'Studio' })]);
    expect(log.head.name).toBe('Studio');
    expect(log.head.seq).toBe(1);
  });

  it('RoomResized replaces the room', () => {
    const log = newLog();
    const room = { width: 6, depth: 5, height: 3, wallThickness: 0.2 };
    const r = mustAppend(log, [ev('RoomResized', room)]);
    expect(log.head.room).toEqual(room);
    expect(r.patches.some((p) => p.path[0] === 'room')).toBe(true);
  });

  it('OpeningPlaced, OpeningChanged and OpeningRemoved', () => {
    const log = newLog();
    mustAppend(log, [ev('OpeningPlaced', { opening: door })]);
    expect(log.head.openings.door).toEqual(door);
    const moved = { ...door, offset: -1, hinge: 'right' as const };
    mustAppend(log, [ev('OpeningChanged', { opening: moved })]);
    expect(log.head.openings.door).toEqual(moved);
    mustAppend(log, [ev('OpeningRemoved', { id: 'door' })]);
    expect(log.head.openings).toEqual({});
  });

  it('ItemPlaced copies the item (no sharing with the event payload)', () => {
    const log = newLog();
    const desk = item('desk', {
      x: 1,
      z: -1,
      size: { width: 1.4, depth: 0.7, height: 0.74 },
      points: [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
      label: 'Desk',
      color: '#aabbcc',
      material: 'oak',
      assetId: 'asset-1',
    });
    const r = mustAppend(log, [
      ev('AssetImported', { asset: asset('asset-1') }),
      ev('ItemPlaced', { item: desk }),
    ]);
    expect(log.head.items.desk).toEqual(desk);
    const payload = r.events[1]!.payload as { item: typeof desk };
    expect(log.head.items.desk).not.toBe(payload.item);
    expect(log.head.items.desk!.size).not.toBe(payload.item.size);
    expect(log.head.items.desk!.points).not.toBe(payload.item.points);
  });

  it('ItemPlaced on a parent keeps parentId', () => {
    const log = newLog();
    mustAppend(log, [
      ev('ItemPlaced', { item: item('desk') }),
      ev('ItemPlaced', {
        item: item('pc', { kind: 'computer', parentId: 'desk', elevation: 0.74 }),
      }),
    ]);
    expect(log.head.items.pc!.parentId).toBe('desk');
  });

  it('ItemsMoved moves every item of the gesture', () => {
    const log = newLog();
    mustAppend(log, [
      ev('ItemPlaced', { item: item('desk') }),
      ev('ItemPlaced', { item: item('chair', { kind: 'chair' }) }),
      ev('ItemPlaced', { item: item('lamp', { kind: 'lamp' }) }),
    ]);
    mustAppend(log, [
      ev('ItemsMoved', {
        moves: [
          { id: 'desk', x: 1, z: 1, rotation: 1.5, elevation: 0, parentId: null },
          { id: 'lamp', x: 1.1, z: 0.9, rotation: 0, elevation: 0.74, parentId: 'desk' },
        ],
      }),
    ]);
    expect(log.head.items.desk).toMatchObject({ x: 1, z: 1, rotation: 1.5 });
    expect(log.head.items.lamp).toMatchObject({
      x: 1.1,
      z: 0.9,
      elevation: 0.74,
      parentId: 'desk',
    });
    expect(log.head.items.chair).toMatchObject({ x: 0, z: 0 });
  });

  it('ItemStyled sets, keeps and clears colour and material (null clears)', () => {
    const log = newLog();
    mustAppend(log, [ev('ItemPlaced', { item: item('desk') })]);
    mustAppend(log, [ev('ItemStyled', { id: 'desk', color: '#112233', material: 'oak' })]);
    expect(log.head.items.desk).toMatchObject({ color: '#112233', material: 'oak' });
    // Omitted fields are kept.
    mustAppend(log, [ev('ItemStyled', { id: 'desk', color: '#445566' })]);
    expect(log.head.items.desk).toMatchObject({ color: '#445566', material: 'oak' });
    // null removes the key altogether.
    mustAppend(log, [ev('ItemStyled', { id: 'desk', color: null })]);
    expect('color' in log.head.items.desk!).toBe(false);
    expect(log.head.items.desk!.material).toBe('oak');
    mustAppend(log, [ev('ItemStyled', { id: 'desk', material: null })]);
    expect(log.head.items.desk).toEqual(item('desk'));
  });

  it('ItemResized sets a size and null removes it', () => {
    const log = newLog();
    mustAppend(log, [ev('ItemPlaced', { item: item('desk') })]);
    const size = { width: 1.6, depth: 0.8, height: 0.75 };
    mustAppend(log, [ev('ItemResized', { id: 'desk', size })]);
    expect(log.head.items.desk!.size).toEqual(size);
    mustAppend(log, [ev('ItemResized', { id: 'desk', size: null })]);
    expect('size' in log.head.items.desk!).toBe(false);
  });

  it('ItemLabelled sets a label and null removes it', () => {
    const log = newLog();
    mustAppend(log, [ev('ItemPlaced', { item: item('desk') })]);
    mustAppend(log, [ev('ItemLabelled', { id: 'desk', label: 'My desk' })]);
    expect(log.head.items.desk!.label).toBe('My desk');
    mustAppend(log, [ev('ItemLabelled', { id: 'desk', label: '' })]);
    expect(log.head.items.desk!.label).toBe('');
    mustAppend(log, [ev('ItemLabelled', { id: 'desk', label: null })]);
    expect('label' in log.head.items.desk!).toBe(false);
  });

  it('AssetImported records the asset without its bytes', () => {
    const log = newLog();
    const a = asset('glb-1');
    mustAppend(log, [ev('AssetImported', { asset: a })]);
    const { mime: _mime, dataBase64: _data, ...kept } = a;
    expect(log.head.assets['glb-1']).toStrictEqual(kept);
    expect(JSON.stringify(log.head)).not.toContain(a.dataBase64);
  });

  it('ItemsRemoved removes every listed item', () => {
    const log = newLog();
    mustAppend(log, [
      ev('ItemPlaced', { item: item('a') }),
      ev('ItemPlaced', { item: item('b') }),
      ev('ItemPlaced', { item: item('c') }),
    ]);
    mustAppend(log, [ev('ItemsRemoved', { ids: ['a', 'c'] })]);
    expect(Object.keys(log.head.items)).toEqual(['b']);
  });

  it('assigns seq, ids, version, source, time and meta; head is frozen', () => {
    const log = newLog();
    const r = mustAppend(log, [
      ev('SceneNamed', { name: 'a' }, { at: 10, meta: { gesture: 'g1' } }),
      ev('SceneNamed', { name: 'b' }, { source: 'system' }),
    ]);
    expect(r.events.map((e) => [e.seq, e.id, e.v, e.at, e.source])).toEqual([
      [1, 'e1', 1, 10, 'user'],
      [2, 'e2', 1, 10, 'system'],
    ]);
    expect(r.events[0]!.meta).toEqual({ gesture: 'g1' });
    expect('meta' in r.events[1]!).toBe(false);
    expect(log.head).toMatchObject({ seq: 2, at: 10, name: 'b' });
    expect(Object.isFrozen(log.head)).toBe(true);
    expect(Object.isFrozen(r.events[0])).toBe(true);
  });

  it('leaves the previous head untouched (structural sharing, no mutation)', () => {
    const log = newLog();
    mustAppend(log, [ev('ItemPlaced', { item: item('a') }), ev('ItemPlaced', { item: item('b') })]);
    const before = log.head;
    const copy = structuredClone(before);
    mustAppend(log, [
      ev('ItemsMoved', {
        moves: [{ id: 'a', x: 1, z: 1, rotation: 0, elevation: 0, parentId: null }],
      }),
    ]);
    expect(before).toEqual(copy);
    expect(log.head.items.b).toBe(before.items.b);
    expect(log.head.items.a).not.toBe(before.items.a);
  });
});

describe('checks refuse, and a refused batch appends nothing', () => {
  /** A desk with a computer on it and a lamp on the computer. */
  const seeded = () => {
    const log = newLog();
    mustAppend(log, [
      ev('ItemPlaced', { item: item('desk') }),
      ev('ItemPlaced', { item: item('pc', { parentId: 'desk' }) }),
      ev('ItemPlaced', { item: item('lamp', { parentId: 'pc' }) }),
    ]);
    return log;
  };

  it.each([
    [
      'a move of an unknown item',
      ev('ItemsMoved', {
        moves: [{ id: 'ghost', x: 0, z: 0, rotation: 0, elevation: 0, parentId: null }],
      }),
      'payload.moves[0].id',
    ],
    ['styling an unknown item', ev('ItemStyled', { id: 'ghost', color: '#000000' }), 'payload.id'],
    ['resizing an unknown item', ev('ItemResized', { id: 'ghost', size: null }), 'payload.id'],
    ['labelling an unknown item', ev('ItemLabelled', { id: 'ghost', label: 'x' }), 'payload.id'],
    ['removing an unknown item', ev('ItemsRemoved', { ids: ['ghost'] }), 'payload.ids[0]'],
    ['removing an item twice', ev('ItemsRemoved', { ids: ['desk', 'desk'] }), 'payload.ids[1]'],
    ['a duplicate item id', ev('ItemPlaced', { item: item('desk') }), 'payload.item.id'],
    [
      'a parent that does not exist',
      ev('ItemPlaced', { item: item('pc2', { parentId: 'ghost' }) }),
      'payload.item.parentId',
    ],
    [
      'an item outside the room (x)',
      ev('ItemPlaced', { item: item('far', { x: 3.01 }) }),
      'payload.item.x',
    ],
    [
      'an item outside the room (z)',
      ev('ItemPlaced', { item: item('far', { z: -2.76 }) }),
      'payload.item.z',
    ],
    [
      'a move outside the room',
      ev('ItemsMoved', {
        moves: [{ id: 'desk', x: 0, z: 2.8, rotation: 0, elevation: 0, parentId: null }],
      }),
      'payload.moves[0].z',
    ],
    [
      'an item moved twice in one event',
      ev('ItemsMoved', {
        moves: [
          { id: 'desk', x: 0, z: 0, rotation: 0, elevation: 0, parentId: null },
          { id: 'desk', x: 1, z: 0, rotation: 0, elevation: 0, parentId: null },
        ],
      }),
      'payload.moves[1].id',
    ],
    [
      'an item standing on itself',
      ev('ItemsMoved', {
        moves: [{ id: 'desk', x: 0, z: 0, rotation: 0, elevation: 0, parentId: 'desk' }],
      }),
      'payload.moves[0].parentId',
    ],
    [
      'items standing on each other in a loop',
      ev('ItemsMoved', {
        moves: [
          { id: 'desk', x: 0, z: 0, rotation: 0, elevation: 0.7, parentId: 'pc' },
          { id: 'pc', x: 0, z: 0, rotation: 0, elevation: 0.7, parentId: 'desk' },
        ],
      }),
      'payload.moves[0].parentId',
    ],
    [
      'a loop through an item that is not moving',
      ev('ItemsMoved', {
        moves: [{ id: 'desk', x: 0, z: 0, rotation: 0, elevation: 0.7, parentId: 'lamp' }],
      }),
      'payload.moves[0].parentId',
    ],
    [
      'an opening wider than its wall allows',
      ev('OpeningPlaced', {
        opening: {
          id: 'w',
          kind: 'window',
          wall: 'east',
          offset: 1.5,
          width: 0.6,
          height: 1,
          sill: 1,
        },
      }),
      'payload.opening.offset',
    ],
    [
      'an opening taller than the room',
      ev('OpeningPlaced', {
        opening: {
          id: 'w',
          kind: 'window',
          wall: 'north',
          offset: 0,
          width: 1,
          height: 2,
          sill: 1,
        },
      }),
      'payload.opening.height',
    ],
    [
      'changing an unknown opening',
      ev('OpeningChanged', {
        opening: {
          id: 'w',
          kind: 'window',
          wall: 'north',
          offset: 0,
          width: 1,
          height: 1,
          sill: 1,
        },
      }),
      'payload.opening.id',
    ],
    ['removing an unknown opening', ev('OpeningRemoved', { id: 'w' }), 'payload.id'],
    [
      'an item of an asset that was never imported',
      ev('ItemPlaced', { item: item('m', { kind: 'custom', assetId: 'nope' }) }),
      'payload.item.assetId',
    ],
    ['an empty material', ev('ItemStyled', { id: 'desk', material: '' }), 'payload.material'],
    ['an unknown event type', { type: 'NoSuchThing', payload: {} }, 'type'],
    [
      'a payload that fails its schema',
      { type: 'ItemStyled', payload: { id: 'desk', color: 'red' } },
      'payload.color',
    ],
    [
      'a room too small',
      { type: 'RoomResized', payload: { width: 1, depth: 3, height: 3, wallThickness: 0.1 } },
      'payload.width',
    ],
  ])('refuses %s', (_name, proposal, path) => {
    const log = seeded();
    const head = log.head;
    // The refused event comes second: the first, valid one must not be kept either.
    const r = log.append([ev('SceneNamed', { name: 'kept?' }), proposal]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.index).toBe(1);
    expect(r.error.type).toBe(proposal.type);
    expect(r.error.path).toBe(path);
    expect(r.error.reason.code.length).toBeGreaterThan(0);
    expect(log.length).toBe(3);
    expect(log.head).toBe(head);
  });

  it('accepts an item exactly at the margin of the room', () => {
    const log = seeded();
    // Room 4 × 3.5 with a 1 m margin: |x| ≤ 3, |z| ≤ 2.75.
    mustAppend(log, [ev('ItemPlaced', { item: item('edge', { x: 3, z: -2.75 }) })]);
    expect(log.head.items.edge).toBeDefined();
  });

  it('checks each event against the state the previous ones produced', () => {
    const log = newLog();
    const r = log.append([
      ev('ItemPlaced', { item: item('a') }),
      ev('ItemsRemoved', { ids: ['a'] }),
      ev('ItemStyled', { id: 'a', color: '#000000' }),
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ index: 2, path: 'payload.id' });
    // A room resize in the same batch lets a later placement use the new room.
    mustAppend(log, [
      ev('RoomResized', { width: 10, depth: 10, height: 3, wallThickness: 0.1 }),
      ev('ItemPlaced', { item: item('far', { x: 5.5 }) }),
    ]);
    expect(log.head.items.far!.x).toBe(5.5);
  });

  it('refuses time going backwards', () => {
    const log = newLog();
    mustAppend(log, [ev('SceneNamed', { name: 'a' }, { at: 100 })]);
    const r = log.append([ev('SceneNamed', { name: 'b' }, { at: 50 })]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.path).toBe('at');
    expect(log.head.at).toBe(100);
  });

  it('with dropRefused keeps the valid events and drops the rest', () => {
    const log = seeded();
    const r = log.append(
      [
        ev('ItemStyled', { id: 'ghost', color: '#000000' }),
        ev('ItemLabelled', { id: 'desk', label: 'kept' }),
      ],
      { dropRefused: true },
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.events.map((e) => e.seq)).toEqual([4]);
    expect(log.head.items.desk!.label).toBe('kept');
  });

  it('an empty or fully dropped batch keeps the same head', () => {
    const log = seeded();
    const head = log.head;
    const r = log.append([ev('ItemsRemoved', { ids: ['ghost'] })], { dropRefused: true });
    expect(r.ok && r.value.events.length).toBe(0);
    expect(log.head).toBe(head);
    expect(log.length).toBe(3);
  });
});

describe('AssetImported', () => {
  it('refuses an asset id imported twice, and bytes that are not base64', () => {
    const log = newLog();
    mustAppend(log, [ev('AssetImported', { asset: asset('a1') })]);
    const twice = log.append([ev('AssetImported', { asset: asset('a1') })]);
    expect(twice.ok || twice.error.path).toBe('payload.asset.id');
    const bad = log.append([
      ev('AssetImported', { asset: { ...asset('a2'), dataBase64: '<html>' } }),
    ]);
    expect(bad.ok || bad.error.path).toBe('payload.asset.dataBase64');
    expect(log.length).toBe(1);
  });
});
