// The reference of render.frame_ratio_vs_bare: the stress scene drawn by
// plain three.js, no React, no @react-three/fiber, no app.
//
// It REUSES THE APP'S PURE CODE, so it draws the same meshes with the same
// draw-call structure: scenes/stress.json is validated and folded by the
// core (validateOfficeFile, BranchLog), the items' parts are grouped into
// instanced batches by src/scene/instancing/batch-parts.ts (the same shared
// geometries and materials, the same power-of-two instance capacity as
// InstancedBatch.tsx), the walls come from src/scene/wall-geometry.ts, and
// the floor, opening panes, lights, background, camera and OrbitControls are
// set up as in src/scene/{RoomShell,Viewport,CameraRig}.tsx, with
// @react-three/fiber's renderer defaults (antialias, alpha, ACES tone
// mapping, sRGB output) and the test build's preserveDrawingBuffer. Frames
// are drawn on demand, on the controls' 'change', one per animation frame.
// Not drawn: the editor's overlay (selection and warning outlines), which
// the app draws only for selected or flagged items.
//
// The camera is driven by the bench through window.__BARE_STATE__ (camera,
// controls, invalidate, gl), as the app's through its R3F state.
//
// URL: ?w=<css px>&h=<css px> (the app's viewport canvas size, so both draw
// the same number of pixels). Exposes window.__HOS_TEST__ = { frames(),
// renderer(), ready } like the app's test build, and marks hos:first-frame.
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import stress from '../../../scenes/stress.json';
import { registry } from '../../../src/app/event-registry';
import { BranchLog } from '../../../src/core/branch-log';
import { validateOfficeFile } from '../../../src/core/file-format';
import type { WallSide } from '../../../src/core/office-state';
import { batchParts } from '../../../src/scene/instancing/batch-parts';
import { wallGeometry, wallPlacement } from '../../../src/scene/wall-geometry';

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 564);
const height = Number(params.get('h') ?? 560);

const file = validateOfficeFile(stress, registry);
if (!file.ok) throw new Error(`stress.json: ${file.error}`);
const state = new BranchLog(registry, () => 'bare', { events: file.value.events }).head;
const { room } = state;

const renderer = new THREE.WebGLRenderer({
  antialias: true,
  alpha: true,
  powerPreference: 'high-performance',
  preserveDrawingBuffer: true,
});
renderer.setPixelRatio(1);
renderer.setSize(width, height);
renderer.toneMapping = THREE.ACESFilmicToneMapping;
renderer.outputColorSpace = THREE.SRGBColorSpace;
document.body.appendChild(renderer.domElement);

const scene = new THREE.Scene();
scene.background = new THREE.Color('#f6f3ee');
scene.add(new THREE.HemisphereLight('#fffaf0', '#8c8070', 1.1));
const sun = new THREE.DirectionalLight(0xffffff, 1.6);
sun.position.set(3, 6, 4);
scene.add(sun);

// RoomShell: floor, four walls with their openings cut out, a pane per opening.
const floor = new THREE.Mesh(
  new THREE.PlaneGeometry(room.width, room.depth),
  new THREE.MeshStandardMaterial({ color: '#d9ccb6', roughness: 0.85 }),
);
floor.rotation.x = -Math.PI / 2;
scene.add(floor);
const openings = Object.values(state.openings);
for (const wall of ['north', 'east', 'south', 'west'] as WallSide[]) {
  const p = wallPlacement(room, wall);
  const mesh = new THREE.Mesh(
    wallGeometry(room, wall, openings),
    new THREE.MeshStandardMaterial({ color: '#efe9df', roughness: 0.95 }),
  );
  mesh.position.set(...p.position);
  mesh.rotation.y = p.rotationY;
  scene.add(mesh);
}
for (const o of openings) {
  const p = wallPlacement(room, o.wall);
  const group = new THREE.Group();
  group.position.set(...p.position);
  group.rotation.y = p.rotationY;
  const pane = new THREE.Mesh(
    new THREE.PlaneGeometry(o.width, o.height),
    o.kind === 'door'
      ? new THREE.MeshStandardMaterial({ color: '#b99a74', roughness: 0.7 })
      : new THREE.MeshStandardMaterial({
          color: '#bcd9e6',
          transparent: true,
          opacity: 0.35,
          roughness: 0.05,
        }),
  );
  pane.position.set(o.offset * p.sign, o.sill + o.height / 2, 0.005);
  group.add(pane);
  scene.add(group);
}

// Items: one InstancedMesh per (geometry, material) batch, as InstancedBatch.tsx.
const capacityFor = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(8, n)));
const items = new THREE.Group();
for (const batch of batchParts(Object.values(state.items), new Map()).values()) {
  const mesh = new THREE.InstancedMesh(
    batch.geometry,
    batch.material,
    capacityFor(batch.matrices.length),
  );
  for (let i = 0; i < batch.matrices.length; i++) mesh.setMatrixAt(i, batch.matrices[i]!);
  mesh.count = batch.matrices.length;
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
  mesh.computeBoundingBox();
  items.add(mesh);
}
scene.add(items);

// CameraRig, 3D mode.
const span = Math.max(room.width, room.depth);
const camera = new THREE.PerspectiveCamera(45, width / height, 0.05, 100);
camera.position.set(span * 0.95, span * 1.05, span * 1.25);
const controls = new OrbitControls(camera, renderer.domElement);
controls.target.set(0, 0.6, 0);
controls.maxPolarAngle = Math.PI / 2.05;
controls.screenSpacePanning = true;
controls.update();

let frames = 0;
let pending = false;
const frame = () => {
  pending = false;
  controls.update();
  renderer.render(scene, camera);
  frames++;
  if (frames === 1) {
    performance.mark('hos:first-frame');
    hooks.ready = true;
  }
};
const invalidate = () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(frame);
};
controls.addEventListener('change', invalidate);

const hooks = {
  ready: false,
  frames: () => frames,
  renderer: () => ({
    calls: renderer.info.render.calls,
    triangles: renderer.info.render.triangles,
    geometries: renderer.info.memory.geometries,
    textures: renderer.info.memory.textures,
    programs: renderer.info.programs?.length ?? 0,
  }),
};
(window as unknown as { __HOS_TEST__: typeof hooks }).__HOS_TEST__ = hooks;
// The same shape as @react-three/fiber's root state, for the benches' camera driver.
(window as unknown as { __BARE_STATE__: unknown }).__BARE_STATE__ = {
  camera,
  controls,
  invalidate,
  gl: renderer,
};
invalidate();
