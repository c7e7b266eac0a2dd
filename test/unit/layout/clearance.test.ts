import { describe, expect, it } from 'vitest';
import {
  type ClearanceIssue,
  doorSwingPolygon,
  findClearanceIssues,
  polygonContains,
  type Room,
  signedArea,
  WALL_SIDES,
} from '../../../src/layout';
import { door, item, room } from './helpers/items';

const big: Room = { width: 10, depth: 10, height: 2.7, wallThickness: 0.12 };
const ofKind = (issues: ClearanceIssue[], kind: ClearanceIssue['kind']) =>
  issues.filter((i) => i.kind === kind);

describe('door swing', () => {
  it.each(WALL_SIDES.flatMap((w) => [[w, 'left'] as const, [w, 'right'] as const]))(
    'on the %s wall, %s hinge: a quarter disc of the door width inside the room',
    (wall, hinge) => {
      const swing = doorSwingPolygon(room, door({ wall, hinge, offset: 0.3 }), 32);
      expect(Math.abs(signedArea(swing))).toBeCloseTo((Math.PI * 0.9 * 0.9) / 4, 2);
      for (const p of swing) {
        expect(Math.abs(p.x)).toBeLessThanOrEqual(2.5 + 1e-9);
        expect(Math.abs(p.z)).toBeLessThanOrEqual(2 + 1e-9);
      }
    },
  );

  it('is blocked by a shelf standing in it, and names the door', () => {
    const shelf = item('shelfTall', { id: 'shelf', x: 0, z: 2 - 0.175, rotation: Math.PI });
    const issues = ofKind(findClearanceIssues(room, [door()], [shelf]), 'doorSwing');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      itemIds: ['shelf'],
      openingId: 'door-1',
      messageKey: 'clearance.doorSwing',
    });
    expect(issues[0]!.where.z).toBeGreaterThan(1.1);
  });

  it('a shelf beside the door is fine', () => {
    const shelf = item('shelfTall', { x: 1.5, z: 2 - 0.175, rotation: Math.PI });
    expect(ofKind(findClearanceIssues(room, [door()], [shelf]), 'doorSwing')).toEqual([]);
  });

  it('the hinge side matters: the corner away from the hinge is outside the arc', () => {
    // South wall door: hinge 'left' (seen from inside) is at x = +0.45.
    const box = item('customModel', {
      id: 'box',
      x: 0.4,
      z: 1.15,
      size: { width: 0.2, depth: 0.2, height: 1 },
    });
    expect(
      ofKind(findClearanceIssues(room, [door({ hinge: 'left' })], [box]), 'doorSwing'),
    ).toHaveLength(1);
    expect(
      ofKind(findClearanceIssues(room, [door({ hinge: 'right' })], [box]), 'doorSwing'),
    ).toEqual([]);
  });

  it('rugs and windows do not count', () => {
    const rug = item('rugRect', { x: 0, z: 1.3 });
    const window = door({ id: 'w', kind: 'window', sill: 0.9 });
    expect(ofKind(findClearanceIssues(room, [door(), window], [rug]), 'doorSwing')).toEqual([]);
  });
});

describe('chair pull-out', () => {
  const desk = item('deskRect', { id: 'desk', x: 0, z: -1.65 }); // front edge at z = -1.3

  it('is blocked by a sideboard 0.2 m in front of the desk', () => {
    const board = item('shelfLow', { id: 'board', z: -0.9 });
    const issues = ofKind(findClearanceIssues(room, [], [desk, board]), 'chairPullOut');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      itemIds: ['desk', 'board'],
      messageKey: 'clearance.chairPullOut',
    });
  });

  it('is free 0.7 m in front, and the chair itself belongs there', () => {
    const board = item('shelfLow', { z: -1.3 + 0.7 + 0.2 });
    const chair = item('chairTask', { z: -1.2 });
    expect(ofKind(findClearanceIssues(room, [], [desk, board, chair]), 'chairPullOut')).toEqual([]);
  });

  it('a desk facing the wall has no room for its chair', () => {
    const backwards = { ...desk, rotation: Math.PI };
    const issues = ofKind(findClearanceIssues(room, [], [backwards]), 'chairPullOut');
    expect(issues).toEqual([expect.objectContaining({ itemIds: ['desk'] })]);
  });

  it("sits in the U desk's notch", () => {
    const u = item('deskU', { id: 'u', z: -2 + 0.8 });
    // Notch starts 0.6 m from the back: z ∈ [-1.4, -0.8] is the chair zone.
    const plant = item('plantFloor', { id: 'plant', z: -1.1 });
    expect(ofKind(findClearanceIssues(room, [], [u, plant]), 'chairPullOut')).toEqual([
      expect.objectContaining({ itemIds: ['u', 'plant'] }),
    ]);
    expect(ofKind(findClearanceIssues(room, [], [u]), 'chairPullOut')).toEqual([]);
  });

  it('things on the desk do not block, things above the seat do not either', () => {
    const pc = item('computer', { parentId: 'desk', z: -1.4, elevation: 0.74 });
    const lamp = item('lampCeiling', { z: -1.0, elevation: 2.4 });
    expect(ofKind(findClearanceIssues(room, [], [desk, pc, lamp]), 'chairPullOut')).toEqual([]);
  });
});

describe('front access', () => {
  it('a plant right in front of the copier blocks it', () => {
    const copier = item('copier', { id: 'copier', z: -2 + 0.325 });
    const plant = item('plantFloor', { id: 'plant', z: -2 + 0.65 + 0.3 });
    expect(ofKind(findClearanceIssues(room, [], [copier, plant]), 'frontAccess')).toEqual([
      expect.objectContaining({
        itemIds: ['copier', 'plant'],
        messageKey: 'clearance.frontAccess',
      }),
    ]);
  });

  it('a printer on a desk is not blocked by its own desk', () => {
    const desk = item('deskRect', { id: 'desk' });
    const printer = item('printer', { parentId: 'desk', z: 0.1, elevation: 0.74 });
    expect(ofKind(findClearanceIssues(big, [], [desk, printer]), 'frontAccess')).toEqual([]);
  });
});

describe('walkways', () => {
  const sofaA = item('sofa', { id: 'a', x: 0, z: 0 }); // z ∈ [-0.45, 0.45]

  it('a 0.5 m gap between two items is flagged, with its width and middle', () => {
    const sofaB = item('sofa', { id: 'b', x: 0, z: 0.9 + 0.5 });
    const issues = ofKind(findClearanceIssues(big, [], [sofaA, sofaB]), 'walkway');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.itemIds).toEqual(['a', 'b']);
    expect(issues[0]!.gap).toBeCloseTo(0.5);
    // In the middle of the passage, not at one of its ends.
    expect(issues[0]!.where).toEqual({ x: expect.closeTo(0), z: expect.closeTo(0.7) });
  });

  it('a 0.7 m gap is not', () => {
    const sofaB = item('sofa', { id: 'b', x: 0, z: 0.9 + 0.7 });
    expect(ofKind(findClearanceIssues(big, [], [sofaA, sofaB]), 'walkway')).toEqual([]);
  });

  it('between an item and a wall: 0.5 m flagged, 0.7 m not, a 5 cm cable gap ignored', () => {
    const at = (gap: number) => item('sofa', { id: 's', z: 5 - 0.45 - gap });
    expect(ofKind(findClearanceIssues(big, [], [at(0.5)]), 'walkway')).toEqual([
      expect.objectContaining({ itemIds: ['s'] }),
    ]);
    expect(ofKind(findClearanceIssues(big, [], [at(0.7)]), 'walkway')).toEqual([]);
    expect(ofKind(findClearanceIssues(big, [], [at(0.05)]), 'walkway')).toEqual([]);
  });

  it('rugs and chairs are not obstacles', () => {
    const rug = item('rugRect', { z: 0.45 + 0.3 + 0.7 });
    const chair = item('chairTask', { z: 0.45 + 0.3 + 0.31 });
    expect(ofKind(findClearanceIssues(big, [], [sofaA, rug, chair]), 'walkway')).toEqual([]);
  });

  it('the minimum width is a setting', () => {
    const sofaB = item('sofa', { id: 'b', x: 0, z: 0.9 + 0.7 });
    expect(
      ofKind(findClearanceIssues(big, [], [sofaA, sofaB], { minWalkway: 0.8 }), 'walkway'),
    ).toHaveLength(1);
  });
});

describe('outside the room', () => {
  it('flags an item through a wall and one through the ceiling', () => {
    const desk = item('deskRect', { id: 'desk', x: 2.4 });
    const lamp = item('lampFloor', { id: 'lamp', elevation: 1.5 });
    const issues = ofKind(findClearanceIssues(room, [], [desk, lamp]), 'outsideRoom');
    expect(issues.map((i) => i.itemIds[0])).toEqual(['desk', 'lamp']);
    expect(
      polygonContains(
        [
          { x: 1.7, z: -0.35 },
          { x: 3.1, z: -0.35 },
          { x: 3.1, z: 0.35 },
          { x: 1.7, z: 0.35 },
        ],
        issues[0]!.where,
      ),
    ).toBe(true);
  });

  it('an item flush with the walls is inside', () => {
    const shelf = item('shelfTall', { x: -2.05, z: -1.825 });
    expect(ofKind(findClearanceIssues(room, [], [shelf]), 'outsideRoom')).toEqual([]);
  });
});

it('returns issues in a stable order regardless of item order', () => {
  const items = [
    item('deskRect', { id: 'desk', z: -1.65 }),
    item('shelfLow', { id: 'board', z: -0.9 }),
    item('shelfTall', { id: 'shelf', z: 2 - 0.175, rotation: Math.PI }),
  ];
  const a = findClearanceIssues(room, [door()], items);
  const b = findClearanceIssues(room, [door()], [...items].reverse());
  expect(a).toEqual(b);
  expect(a.length).toBeGreaterThan(1);
});
