/**
 * Writes scenes/stress.json: a 12 × 12 m room with 300 items in rows of
 * desk groups (desk, chair, computer on the desk, a shelf or device nearby),
 * for the render and drag benchmarks. Deterministic: no randomness at all.
 */
import { writeFileSync } from 'node:fs';

type Ev = {
  seq: number;
  id: string;
  type: string;
  v: 1;
  at: 0;
  source: 'system';
  payload: unknown;
};
const events: Ev[] = [];
const ev = (type: string, payload: unknown) =>
  events.push({
    seq: events.length + 1,
    id: `stress-${events.length + 1}`,
    type,
    v: 1,
    at: 0,
    source: 'system',
    payload,
  });

ev('SceneNamed', { name: 'Stress test: 300 items' });
ev('RoomResized', { width: 12, depth: 12, height: 3, wallThickness: 0.15 });
ev('OpeningPlaced', {
  opening: {
    id: 'door-1',
    kind: 'door',
    wall: 'south',
    offset: 0,
    width: 1,
    height: 2.1,
    sill: 0,
    hinge: 'left',
  },
});
const extras = ['shelfLow', 'allInOnePrinter', 'plantFloor', 'smartBinder', 'lampFloor'];
let n = 0;
const place = (item: Record<string, unknown>) => {
  ev('ItemPlaced', { item: { rotation: 0, elevation: 0, parentId: null, ...item } });
  n++;
};
outer: for (let row = 0; row < 8; row++) {
  for (let col = 0; col < 7; col++) {
    if (n >= 300) break outer;
    const x = -5.2 + col * 1.6;
    const z = -5.3 + row * 1.4;
    const desk = `desk-${row}-${col}`;
    place({ id: desk, kind: 'deskRect', x, z, size: { width: 1.2, depth: 0.6, height: 0.74 } });
    place({
      id: `computer-${row}-${col}`,
      kind: 'computer',
      x,
      z: z - 0.1,
      elevation: 0.74,
      parentId: desk,
    });
    place({ id: `chair-${row}-${col}`, kind: 'chairTask', x, z: z + 0.55, rotation: Math.PI });
    if (n < 300)
      place({
        id: `lamp-${row}-${col}`,
        kind: 'lampDesk',
        x: x + 0.45,
        z: z - 0.15,
        elevation: 0.74,
        parentId: desk,
      });
    if (n < 300) {
      const kind = extras[(row * 7 + col) % extras.length]!;
      place({
        id: `extra-${row}-${col}`,
        kind,
        x: x + 0.65,
        z: z + 0.45,
        size: { width: 0.25, depth: 0.25, height: kind === 'lampFloor' ? 1.6 : 0.5 },
      });
    }
    if (n < 300)
      place({
        id: `plant-${row}-${col}`,
        kind: 'plantDesk',
        x: x - 0.45,
        z: z - 0.15,
        elevation: 0.74,
        parentId: desk,
      });
  }
}
const file = {
  format: 'home-office-sim',
  version: 1,
  createdAt: '2026-11-27T00:00:00.000Z',
  branch: { name: 'Stress test' },
  events,
};
writeFileSync(
  new URL('../scenes/stress.json', import.meta.url),
  `${JSON.stringify(file, null, 1)}\n`,
);
process.stdout.write(`scenes/stress.json: ${n} items, ${events.length} events\n`);
