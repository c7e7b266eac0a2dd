import type { Opening, PlacedItem, Room } from '../../../../src/layout';

/** A 5 × 4 m room, 2.7 m high: the default home office of the tests. */
export const room: Room = { width: 5, depth: 4, height: 2.7, wallThickness: 0.12 };

let counter = 0;

/** An item with sensible defaults; tests override only what they are about. */
export function item(kind: string, over: Partial<PlacedItem> = {}): PlacedItem {
  counter += 1;
  return {
    id: over.id ?? `${kind}-${counter}`,
    kind,
    x: 0,
    z: 0,
    rotation: 0,
    elevation: 0,
    parentId: null,
    ...over,
  };
}

export function door(over: Partial<Opening> = {}): Opening {
  return {
    id: 'door-1',
    kind: 'door',
    wall: 'south',
    offset: 0,
    width: 0.9,
    height: 2.1,
    sill: 0,
    hinge: 'left',
    ...over,
  };
}
