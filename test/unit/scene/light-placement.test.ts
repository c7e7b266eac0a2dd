import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import defaultScene from '../../../scenes/default.json';
import type { PlacedItem } from '../../../src/layout';
import {
  LIGHT_GAP,
  LIGHT_PITCH,
  LIGHT_SIZE,
  type LightSpot,
  placeLights,
} from '../../../src/scene/light-placement';
import { item as placed } from '../layout/helpers/items';

/** The tests' item (helpers/items.ts) under a given id. */
const item = (id: string, kind: string, over: Partial<PlacedItem> = {}): PlacedItem =>
  placed(kind, { id, ...over });

const record = (...items: PlacedItem[]): Record<string, PlacedItem> =>
  Object.fromEntries(items.map((i) => [i.id, i]));

/** Centre height of a light standing on a stack whose top is at `top`. */
const over = (top: number): number => top + LIGHT_GAP + LIGHT_SIZE / 2;

const distance = (a: LightSpot, b: LightSpot): number =>
  Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);

/** Every pair of lights at least a pitch apart (two spheres of LIGHT_SIZE never touch). */
function expectApart(spots: readonly LightSpot[]): void {
  for (let i = 0; i < spots.length; i++) {
    for (let j = i + 1; j < spots.length; j++) {
      expect(
        distance(spots[i]!, spots[j]!),
        `${spots[i]!.id} and ${spots[j]!.id}`,
      ).toBeGreaterThanOrEqual(LIGHT_PITCH - 1e-9);
    }
  }
}

/** The default scene's items, read from the preset itself. */
const defaultItems = (): Record<string, PlacedItem> =>
  record(
    ...defaultScene.events
      .filter((e) => e.type === 'ItemPlaced')
      .map((e) => (e.payload as unknown as { item: PlacedItem }).item),
  );

// The smart binder (1.1 m high) with the router (4 cm) standing on it, as in the default scene.
const binder = item('binder-1', 'smartBinder', { x: -0.95, z: -1.625 });
const router = item('router-1', 'router', { x: -0.95, z: -1.66, elevation: 1.1 });
const ROUTER_TOP = 1.14;

describe('placeLights', () => {
  it('lights a lone device 5 cm above its top, at its centre', () => {
    const desk = item('desk-1', 'deskRect', { x: 0.2, z: -1.45 });
    const computer = item('computer-1', 'computer', { x: 0.2, z: -1.55, elevation: 0.74 });
    // The desk under the computer is not on it: the light stays over the computer.
    expect(placeLights(record(desk, computer), ['computer-1'])).toEqual([
      { id: 'computer-1', x: 0.2, y: over(0.74 + 0.5), z: -1.55 },
    ]);
  });

  it('puts the light of a device with another standing on it above the one on top', () => {
    const [spot] = placeLights(record(binder, router), ['binder-1']);
    // Not inside the router, nor just under it: its underside clears the router's top by the gap.
    expect(spot!.y - LIGHT_SIZE / 2).toBeCloseTo(ROUTER_TOP + LIGHT_GAP, 9);
    expect(spot).toMatchObject({ x: -0.95, z: -1.625 });
  });

  it('sets the binder and router lights side by side, in id order, both above the router', () => {
    const spots = placeLights(record(binder, router), ['router-1', 'binder-1']);
    expect(spots.map((s) => s.id)).toEqual(['binder-1', 'router-1']);
    const [b, r] = spots as [LightSpot, LightSpot];
    expect(b.y).toBeCloseTo(over(ROUTER_TOP), 9);
    expect(r.y).toBeCloseTo(over(ROUTER_TOP), 9);
    // Along x, a pitch apart, centred where the two devices are.
    expect(r.x - b.x).toBeCloseTo(LIGHT_PITCH, 9);
    expect((b.x + r.x) / 2).toBeCloseTo(-0.95, 9);
    expect(b.z).toBeCloseTo(r.z, 9);
    expectApart(spots);
    // Still over the binder (0.8 m wide), not out in the room.
    for (const s of spots) expect(Math.abs(s.x - binder.x)).toBeLessThan(0.4);
  });

  it('follows the footprint as the item on top is turned', () => {
    // A wall shelf (0.9 × 0.25 m) laid on the binder, its centre 0.3 m to the side.
    const shelf = item('shelf-1', 'shelfWall', { x: -0.65, z: -1.625, elevation: 1.1 });
    const [straight] = placeLights(record(binder, shelf), ['binder-1']);
    expect(straight!.y).toBeCloseTo(over(1.1 + 0.3), 9);
    // Turned a quarter, it covers x -0.775..-0.525 only: the binder's centre is clear.
    const turned = { ...shelf, rotation: Math.PI / 2 };
    const [clear] = placeLights(record(binder, turned), ['binder-1']);
    expect(clear!.y).toBeCloseTo(over(1.1), 9);
  });

  it('is not lifted by something hanging well above the device', () => {
    const desk = item('desk-1', 'deskRect');
    const recorder = item('recorder-1', 'audioRecorder', { elevation: 0.74 });
    const wallShelf = item('shelf-9', 'shelfWall', { elevation: 1.5 });
    const [spot] = placeLights(record(desk, recorder, wallShelf), ['recorder-1']);
    expect(spot!.y).toBeCloseTo(over(0.76), 9);
  });

  it('leaves lights that are already apart where they are', () => {
    const items = defaultItems();
    const spots = placeLights(items, ['scanner-1', 'recorder-1']);
    expect(spots.map((s) => s.id)).toEqual(['recorder-1', 'scanner-1']);
    const [recorder, scanner] = spots as [LightSpot, LightSpot];
    expect([recorder.x, recorder.z, scanner.x, scanner.z]).toEqual([0.72, -1.3, 0.73, -1.7]);
    // The recorder (2 cm) lies on the desk (74 cm), the scanner (5 cm) on its dock (4 cm).
    expect(recorder.y).toBeCloseTo(over(0.74 + 0.02), 9);
    expect(scanner.y).toBeCloseTo(over(0.74 + 0.04 + 0.05), 9);
  });

  it('keeps every light of the default scene apart when all its devices are lit', () => {
    const items = defaultItems();
    const devices = [
      'binder-1',
      'router-1',
      'scanner-1',
      'recorder-1',
      'eboard-1',
      'computer-1',
      'aio-1',
    ];
    const spots = placeLights(items, devices);
    expect(spots.map((s) => s.id)).toEqual([...devices].sort());
    expectApart(spots);
  });

  it('gathers a row that has come close to a third light into one row', () => {
    // Two routers on one binder, and a third device whose light sits just beside where theirs go.
    const a = item('a', 'router', { x: -0.05, elevation: 1.1 });
    const b = item('b', 'router', { x: 0.05, elevation: 1.1 });
    const base = item('base', 'smartBinder');
    const c = item('c', 'router', { x: 0.3, elevation: 1.1 });
    // On its own, c's light is clear of b's: nothing moves.
    expect(placeLights(record(base, b, c), ['b', 'c']).map((s) => s.x)).toEqual([0.05, 0.3]);
    const spots = placeLights(record(base, a, b, c), ['a', 'b', 'c']);
    expectApart(spots);
    expect(spots.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    // One row, in id order along x.
    expect(spots[1]!.x - spots[0]!.x).toBeCloseTo(LIGHT_PITCH, 9);
    expect(spots[2]!.x - spots[1]!.x).toBeCloseTo(LIGHT_PITCH, 9);
  });

  it('skips ids not in the room and lights nothing for no ids', () => {
    expect(placeLights(record(binder), ['gone-1'])).toEqual([]);
    expect(placeLights(record(binder), [])).toEqual([]);
  });

  it('never lets two lights touch, whatever the order of the items and ids', () => {
    const device = fc.record({
      x: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      z: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      elevation: fc.constantFrom(0, 0.74, 1.1),
      kind: fc.constantFrom('router', 'audioRecorder', 'handheldScanner', 'eBoard'),
    });
    fc.assert(
      fc.property(fc.array(device, { minLength: 1, maxLength: 12 }), (ds) => {
        const items = ds.map((d, k) => item(`d-${k}`, d.kind, d));
        const ids = items.map((i) => i.id);
        const spots = placeLights(record(...items), ids);
        expect(spots).toHaveLength(items.length);
        expectApart(spots);
        // Another order of the same room and ids gives the same spots.
        const reversed = [...items].reverse();
        expect(placeLights(record(...reversed), [...ids].reverse())).toEqual(spots);
      }),
      { numRuns: 200 },
    );
  });
});
