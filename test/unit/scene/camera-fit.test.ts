import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { Room } from '../../../src/core/office-state';
import {
  farPlaneFor,
  fitDistance,
  VIEW_DIRECTION,
  VIEW_TARGET_Y,
} from '../../../src/scene/camera-fit';

/** The room's corners (walls included) in normalised device coordinates, as the rig places the camera. */
function cornersOnScreen(room: Room, aspect: number): THREE.Vector3[] {
  const d = fitDistance(room, 45, aspect);
  const camera = new THREE.PerspectiveCamera(45, aspect, 0.05, farPlaneFor(d));
  const [x, y, z] = VIEW_DIRECTION;
  camera.position.set(x * d, VIEW_TARGET_Y + y * d, z * d);
  camera.lookAt(0, VIEW_TARGET_Y, 0);
  camera.updateMatrixWorld();
  const hx = room.width / 2 + room.wallThickness;
  const hz = room.depth / 2 + room.wallThickness;
  const out: THREE.Vector3[] = [];
  for (const cx of [-hx, hx])
    for (const cy of [0, room.height])
      for (const cz of [-hz, hz]) out.push(new THREE.Vector3(cx, cy, cz).project(camera));
  return out;
}

const office: Room = { width: 4.2, depth: 3.6, height: 2.7, wallThickness: 0.12 };

describe('fitDistance', () => {
  for (const [what, room, aspect] of [
    ['the default room in a wide view', office, 1.8],
    ['the default room in a narrow view (side panels open)', office, 0.8],
    ['a long, low room in a tall view', { ...office, width: 9, depth: 2.5, height: 2.2 }, 0.6],
    ['a tall square room in a very wide view', { ...office, width: 3, depth: 3, height: 4 }, 2.6],
    [
      'the largest room allowed in a tall, narrow view',
      { width: 12, depth: 12, height: 5, wallThickness: 0.5 },
      0.2,
    ],
  ] as const) {
    it(`frames every corner of ${what}, filling the tighter side`, () => {
      const ndc = cornersOnScreen(room, aspect);
      const reach = Math.max(...ndc.flatMap((p) => [Math.abs(p.x), Math.abs(p.y)]));
      for (const p of ndc) {
        expect(Math.abs(p.x)).toBeLessThanOrEqual(0.92 + 1e-9);
        expect(Math.abs(p.y)).toBeLessThanOrEqual(0.92 + 1e-9);
        expect(p.z).toBeLessThan(1); // in front of the far plane
      }
      // Not framed from needlessly far away: some corner reaches the edge of the filled share.
      expect(reach).toBeGreaterThan(0.91);
    });
  }
});
