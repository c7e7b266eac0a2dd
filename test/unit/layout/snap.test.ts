import { describe, expect, it } from 'vitest';
import {
  footprintOf,
  frontDirection,
  rotateStep,
  type SnapOptions,
  snapPose,
  snapRotation,
  type WallSide,
  wallFrame,
} from '../../../src/layout';
import { item, room } from './helpers/items';

const deg = (d: number) => (d * Math.PI) / 180;
const onGrid = (v: number, step: number) => Math.abs(v / step - Math.round(v / step)) < 1e-9;
const noPull: Partial<SnapOptions> = { wallPull: 0, edgePull: 0 };

describe('grid snapping snaps edges, not centres', () => {
  it.each([0.05, 0.1, 0.25])(
    'puts an edge of the desk on a %f m grid line on both axes',
    (step) => {
      for (const [x, z, w] of [
        [0.33, 0.12, 1.4],
        [-0.71, 0.49, 1.25],
        [0.02, -0.63, 1.33],
      ] as const) {
        const desk = item('deskRect', { x, z, size: { width: w, depth: 0.7, height: 0.74 } });
        const r = snapPose({
          item: desk,
          items: [desk],
          room,
          options: { ...noPull, gridStep: step },
        });
        const box = footprintOf({ ...desk, ...r.pose }).aabb;
        expect(onGrid(box.minX, step) || onGrid(box.maxX, step)).toBe(true);
        expect(onGrid(box.minZ, step) || onGrid(box.maxZ, step)).toBe(true);
        // Never more than half a step away.
        expect(Math.abs(r.pose.x - x)).toBeLessThanOrEqual(step / 2 + 1e-9);
        expect(r.snappedTo.filter((t) => t.type === 'grid')).toHaveLength(2);
      }
    },
  );

  it('a 1.25 m desk on a 0.1 m grid lands with its edge, not its centre, on the grid', () => {
    const desk = item('deskRect', {
      x: 0.02,
      z: 0,
      size: { width: 1.25, depth: 0.7, height: 0.74 },
    });
    const r = snapPose({ item: desk, items: [], room, options: { ...noPull, gridStep: 0.1 } });
    expect(r.pose.x).toBeCloseTo(0.025);
    expect(onGrid(r.pose.x, 0.1)).toBe(false);
  });

  it('measures the rotated extent: a desk turned 90° snaps its depth edges on x', () => {
    const desk = item('deskRect', { x: 0.13, rotation: deg(88) });
    const r = snapPose({ item: desk, items: [], room, options: { ...noPull, gridStep: 0.25 } });
    expect(r.pose.rotation).toBeCloseTo(deg(90));
    // Depth 0.7 along x: edges at x ± 0.35.
    expect(onGrid(r.pose.x - 0.35, 0.25) || onGrid(r.pose.x + 0.35, 0.25)).toBe(true);
  });

  it('free mode (Alt) leaves the pose untouched', () => {
    const desk = item('deskRect', { x: 0.333, z: -1.61, rotation: 0.3 });
    const r = snapPose({ item: desk, items: [], room, options: { enabled: false } });
    expect(r.pose).toEqual({ x: 0.333, z: -1.61, rotation: 0.3 });
    expect(r.snappedTo).toEqual([]);
  });

  it('grid off and free rotation (Shift) keep x, z and angle', () => {
    const desk = item('deskRect', { x: 0.333, z: 0.1, rotation: 0.3 });
    const r = snapPose({
      item: desk,
      items: [],
      room,
      options: { ...noPull, gridStep: null, rotationStep: null },
    });
    expect(r.pose).toEqual({ x: 0.333, z: 0.1, rotation: 0.3 });
  });
});

describe('rotation snapping', () => {
  it('rounds to 15° steps and wraps into (-π, π]', () => {
    expect(snapRotation(deg(22))).toBeCloseTo(deg(15));
    expect(snapRotation(deg(23))).toBeCloseTo(deg(30));
    expect(snapRotation(deg(359))).toBeCloseTo(0);
    expect(snapRotation(deg(181))).toBeCloseTo(deg(180));
    expect(snapRotation(0.3, null)).toBe(0.3);
  });

  it('R steps to the next 15° angle; an off-grid angle lands on the grid first', () => {
    expect(rotateStep(0, 1)).toBeCloseTo(deg(15));
    expect(rotateStep(deg(15), -1)).toBeCloseTo(0);
    expect(rotateStep(deg(20), 1)).toBeCloseTo(deg(30));
    expect(rotateStep(deg(20), -1)).toBeCloseTo(deg(15));
    expect(rotateStep(deg(180), 1)).toBeCloseTo(deg(-165));
  });
});

describe('wall snapping', () => {
  const walls: WallSide[] = ['north', 'east', 'south', 'west'];

  it.each(walls)('near the %s wall: back flush to the wall, front facing the room', (wall) => {
    const f = wallFrame(room, wall);
    // 8 cm off the wall, slightly turned away from facing the room.
    const along = 0.4;
    const dist = 0.35 + 0.08;
    const x = f.center.x + f.inward.x * dist + f.along.x * along;
    const z = f.center.z + f.inward.z * dist + f.along.z * along;
    const facing = Math.atan2(f.inward.x, f.inward.z);
    const desk = item('deskRect', { x, z, rotation: facing + deg(4) });
    const r = snapPose({ item: desk, items: [desk], room, options: { gridStep: null } });
    const front = frontDirection(r.pose.rotation);
    expect(front.x).toBeCloseTo(f.inward.x);
    expect(front.z).toBeCloseTo(f.inward.z);
    // Back flush: half the depth from the wall's inner face.
    const fromWall = (r.pose.x - f.center.x) * f.inward.x + (r.pose.z - f.center.z) * f.inward.z;
    expect(fromWall).toBeCloseTo(0.35);
    // Sliding along the wall is untouched with the grid off.
    const alongNow = (r.pose.x - f.center.x) * f.along.x + (r.pose.z - f.center.z) * f.along.z;
    expect(alongNow).toBeCloseTo(along);
    expect(r.snappedTo).toContainEqual(expect.objectContaining({ type: 'wall', wall }));
  });

  it('turns an item that was backwards to face the room', () => {
    const desk = item('deskRect', { x: 0, z: -1.6, rotation: Math.PI });
    const r = snapPose({ item: desk, items: [], room });
    expect(r.pose.rotation).toBe(0);
    expect(r.pose.z).toBeCloseTo(-1.65);
  });

  it('is gentle: 20 cm from the wall nothing pulls (default 12 cm)', () => {
    const desk = item('deskRect', { x: 0, z: -2 + 0.35 + 0.2, rotation: deg(1) });
    const r = snapPose({ item: desk, items: [], room, options: { gridStep: null } });
    expect(r.pose.z).toBeCloseTo(desk.z);
    expect(r.pose.rotation).toBe(0);
    expect(r.snappedTo.some((t) => t.type === 'wall')).toBe(false);
  });

  it('the pull distance is a setting', () => {
    const desk = item('deskRect', { x: 0, z: -2 + 0.35 + 0.2 });
    const r = snapPose({ item: desk, items: [], room, options: { gridStep: null, wallPull: 0.3 } });
    expect(r.pose.z).toBeCloseTo(-1.65);
  });

  it('pulls an item pushed into the wall back flush', () => {
    const desk = item('deskRect', { x: 0, z: -1.9 });
    expect(
      snapPose({ item: desk, items: [], room, options: { gridStep: null } }).pose.z,
    ).toBeCloseTo(-1.65);
  });

  it('measures a turned item by its corners: at 15° its corner is what nears the wall', () => {
    const desk = item('deskRect', { x: 0, z: -2 + 0.35 + 0.2, rotation: deg(15) });
    // Turned 15°, the desk reaches 0.519 m from its centre towards the wall: 3 cm gap.
    const r = snapPose({ item: desk, items: [], room, options: { gridStep: null } });
    expect(r.pose.rotation).toBe(0);
    expect(r.pose.z).toBeCloseTo(-1.65);
  });

  it('in a corner both sides go flush and the wall its back faces wins', () => {
    const shelf = item('shelfTall', { x: -2.5 + 0.45 + 0.05, z: -2 + 0.175 + 0.06 });
    const r = snapPose({ item: shelf, items: [], room });
    expect(r.pose.rotation).toBe(0);
    expect(r.pose.x).toBeCloseTo(-2.05);
    expect(r.pose.z).toBeCloseTo(-1.825);
    // Turned towards the west wall first, it backs onto the west wall instead.
    const turnedShelf = {
      ...shelf,
      x: -2.5 + 0.175 + 0.05,
      z: -2 + 0.45 + 0.05,
      rotation: deg(80),
    };
    const turned = snapPose({ item: turnedShelf, items: [], room });
    expect(turned.pose.rotation).toBeCloseTo(Math.PI / 2);
    expect(turned.pose.x).toBeCloseTo(-2.5 + 0.175);
    expect(turned.pose.z).toBeCloseTo(-2 + 0.45);
  });

  it('rugs and chairs go flush without turning', () => {
    const rug = item('rugRect', { x: 0, z: -2 + 0.7 + 0.05, rotation: deg(90) });
    const r = snapPose({ item: rug, items: [], room, options: { gridStep: null } });
    expect(r.pose.rotation).toBeCloseTo(deg(90));
    // Turned 90°, the rug's 2 m width runs along z.
    expect(r.pose.z).toBeCloseTo(-1);
  });

  it('a wall shelf always lands on the nearest wall', () => {
    const shelf = item('shelfWall', { x: 1.9, z: 0.3, elevation: 1.5 });
    const r = snapPose({ item: shelf, items: [], room, options: { gridStep: null } });
    expect(r.pose.rotation).toBeCloseTo(-Math.PI / 2);
    expect(r.pose.x).toBeCloseTo(2.5 - 0.125);
  });

  it('desk-top items ignore walls', () => {
    const desk = item('deskRect', { id: 'desk', z: -1.65 });
    const pc = item('computer', { z: -1.9, parentId: 'desk', elevation: 0.74, rotation: 0.4 });
    const r = snapPose({
      item: pc,
      items: [desk, pc],
      room,
      options: { gridStep: null, edgePull: 0 },
    });
    expect(r.pose.z).toBe(-1.9);
    expect(r.pose.rotation).toBeCloseTo(deg(30));
  });
});

describe('snapping to other items', () => {
  const shelf = item('shelfTall', { id: 'A', x: 1, z: 0 }); // x ∈ [0.55, 1.45]

  it('abuts a nearby edge within the pull distance, and names the item', () => {
    const moving = item('shelfTall', { id: 'B', x: 0.05, z: 0.03 }); // right edge 0.5
    const r = snapPose({ item: moving, items: [shelf, moving], room, options: { gridStep: null } });
    expect(r.pose.x).toBeCloseTo(0.1);
    expect(r.snappedTo).toContainEqual({ type: 'edge', axis: 'x', line: 0.55, itemId: 'A' });
    // The fronts line up too (z edges aligned).
    expect(r.pose.z).toBeCloseTo(0);
  });

  it('an item edge beats the grid', () => {
    const moving = item('shelfTall', { id: 'B', x: 0.06, z: 0 });
    const r = snapPose({ item: moving, items: [shelf, moving], room, options: { gridStep: 0.25 } });
    expect(r.pose.x).toBeCloseTo(0.1);
  });

  it('far items offer nothing', () => {
    const moving = item('shelfTall', { id: 'B', x: -1, z: 0.03 });
    const r = snapPose({ item: moving, items: [shelf, moving], room, options: { gridStep: null } });
    expect(r.pose.x).toBe(-1);
    expect(r.snappedTo.find((t) => t.type === 'edge' && t.axis === 'x')).toBeUndefined();
  });

  it('ignores the dragged item itself and the excluded ids', () => {
    const moving = item('shelfTall', { id: 'B', x: 0.05, z: 0.03 });
    const r = snapPose({
      item: moving,
      items: [shelf, moving],
      room,
      options: { gridStep: null },
      exclude: new Set(['A']),
    });
    expect(r.pose.x).toBe(0.05);
  });
});
