import * as THREE from 'three';

/**
 * What DOM code outside the Canvas needs from the 3D view: the camera (to
 * turn a drop point into a floor point) and the canvas (to export a PNG).
 */
export const viewportBridge: {
  camera: THREE.Camera | null;
  canvas: HTMLCanvasElement | null;
  scene: THREE.Scene | null;
  render: (() => void) | null;
} = { camera: null, canvas: null, scene: null, render: null };

const raycaster = new THREE.Raycaster();
const floor = new THREE.Plane(new THREE.Vector3(0, 1, 0), 0);

/** The floor point under client coordinates, or null when the ray misses. */
export function floorPointAt(clientX: number, clientY: number): { x: number; z: number } | null {
  const { camera, canvas } = viewportBridge;
  if (!camera || !canvas) return null;
  const r = canvas.getBoundingClientRect();
  const ndc = new THREE.Vector2(
    ((clientX - r.left) / r.width) * 2 - 1,
    -((clientY - r.top) / r.height) * 2 + 1,
  );
  raycaster.setFromCamera(ndc, camera);
  const hit = new THREE.Vector3();
  return raycaster.ray.intersectPlane(floor, hit) ? { x: hit.x, z: hit.z } : null;
}
