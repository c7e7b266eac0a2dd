import { describe, expect, it } from 'vitest';
import type { ProposedEvent } from '../../../src/core/envelope';
import type { Workspace } from '../../../src/core/workspace';
import { content, ev, item, newWorkspace } from './helpers';

const window1 = {
  id: 'win',
  kind: 'window' as const,
  wall: 'north' as const,
  offset: 0,
  width: 1.2,
  height: 1.2,
  sill: 0.9,
};

/** A room with a window, a desk with a computer on it and a styled, labelled chair. */
function furnished(): Workspace {
  const ws = newWorkspace();
  const r = ws.append([
    ev('SceneNamed', { name: 'Office' }),
    ev('OpeningPlaced', { opening: window1 }),
    ev('ItemPlaced', {
      item: item('desk', { x: -1, size: { width: 1.4, depth: 0.7, height: 0.74 } }),
    }),
    ev('ItemPlaced', {
      item: item('pc', { kind: 'computer', parentId: 'desk', elevation: 0.74, x: -1 }),
    }),
    ev('ItemPlaced', {
      item: item('chair', { kind: 'chair', color: '#223344', material: 'mesh', label: 'Chair' }),
    }),
    ev('ItemPlaced', { item: item('plain', { kind: 'plant', x: 1.5, z: 1 }) }),
  ]);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  // The set-up is not an undo step: no gesture.
  expect(ws.canUndo()).toBe(false);
  return ws;
}

const cases: Array<[string, ProposedEvent[]]> = [
  ['SceneNamed', [ev('SceneNamed', { name: 'Renamed' })]],
  ['RoomResized', [ev('RoomResized', { width: 8, depth: 7, height: 3.2, wallThickness: 0.3 })]],
  [
    'OpeningPlaced',
    [
      ev('OpeningPlaced', {
        opening: { ...window1, id: 'door', kind: 'door', wall: 'south', sill: 0, height: 2 },
      }),
    ],
  ],
  ['OpeningChanged', [ev('OpeningChanged', { opening: { ...window1, offset: 1, width: 0.8 } })]],
  ['OpeningRemoved', [ev('OpeningRemoved', { id: 'win' })]],
  ['ItemPlaced', [ev('ItemPlaced', { item: item('lamp', { kind: 'lamp', color: '#ffffff' }) })]],
  [
    'ItemsMoved',
    [
      ev('ItemsMoved', {
        moves: [
          { id: 'desk', x: 1, z: 1, rotation: 3, elevation: 0, parentId: null },
          { id: 'pc', x: 1, z: 1, rotation: 3, elevation: 0.74, parentId: 'desk' },
          { id: 'plain', x: 0, z: 0, rotation: 0, elevation: 0.74, parentId: 'desk' },
        ],
      }),
    ],
  ],
  [
    'ItemStyled (set on an unstyled item)',
    [ev('ItemStyled', { id: 'plain', color: '#010203', material: 'clay' })],
  ],
  ['ItemStyled (change)', [ev('ItemStyled', { id: 'chair', color: '#999999' })]],
  ['ItemStyled (clear)', [ev('ItemStyled', { id: 'chair', color: null, material: null })]],
  [
    'ItemResized (set)',
    [ev('ItemResized', { id: 'plain', size: { width: 0.3, depth: 0.3, height: 1 } })],
  ],
  [
    'ItemResized (change)',
    [ev('ItemResized', { id: 'desk', size: { width: 2, depth: 1, height: 0.7 } })],
  ],
  ['ItemResized (null)', [ev('ItemResized', { id: 'desk', size: null })]],
  ['ItemLabelled (first label)', [ev('ItemLabelled', { id: 'plain', label: 'Fern' })]],
  ['ItemLabelled (change)', [ev('ItemLabelled', { id: 'chair', label: 'Seat' })]],
  ['ItemLabelled (clear)', [ev('ItemLabelled', { id: 'chair', label: null })]],
  ['ItemsRemoved (one)', [ev('ItemsRemoved', { ids: ['chair'] })]],
  // Child listed before its parent: undo must put the desk back first.
  ['ItemsRemoved (child and parent)', [ev('ItemsRemoved', { ids: ['pc', 'desk'] })]],
];

describe('undo of each core event type restores the state', () => {
  it.each(cases)('%s', (_name, events) => {
    const ws = furnished();
    const before = content(ws.head);
    const r = ws.append(events.map((e) => ({ ...e, meta: { gesture: 'g-edit' } })));
    expect(r.ok).toBe(true);
    const after = content(ws.head);
    expect(after).not.toEqual(before);

    const undone = ws.undo();
    expect(undone?.ok).toBe(true);
    // Undo appended compensations: the log only grows.
    expect(undone?.ok && undone.value.events.length).toBeGreaterThan(0);
    expect(content(ws.head)).toStrictEqual(before);

    const redone = ws.redo();
    expect(redone?.ok).toBe(true);
    expect(content(ws.head)).toStrictEqual(after);
  });

  it('every inverse passes its own schema and checks (none is silently dropped)', () => {
    for (const [name, events] of cases) {
      const ws = furnished();
      const log = ws.current.log;
      const before = log.head;
      const r = ws.append(events);
      expect(r.ok, name).toBe(true);
      const e = log.event(log.length)!;
      const inverse = log.registry.get(e.type)!.invert!(before, e);
      expect(inverse.length, name).toBeGreaterThan(0);
      // Without dropRefused: a refusal would show here.
      const back = log.append(inverse);
      expect(back.ok ? 'ok' : JSON.stringify(back.error), name).toBe('ok');
      expect(content(log.head), name).toStrictEqual(content(before));
    }
  });
});
