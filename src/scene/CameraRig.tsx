import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { planScale } from '../app/editor-state';
import type { Room } from '../core/office-state';

export type ViewMode = '3d' | 'plan';

/**
 * The two cameras and the orbit controls, without a helper library (drei
 * would add ~30 KB gzip for three small components). The camera is view
 * state, never an event. Controls render on demand: a change invalidates.
 */
export function CameraRig({ mode, room }: { mode: ViewMode; room: Room }) {
  const set = useThree((s) => s.set);
  const size = useThree((s) => s.size);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const span = Math.max(room.width, room.depth);

  const camera = useMemo(() => {
    if (mode === '3d') {
      const c = new THREE.PerspectiveCamera(45, 1, 0.05, 100);
      c.position.set(span * 0.95, span * 1.05, span * 1.25);
      return c;
    }
    const c = new THREE.OrthographicCamera(-1, 1, 1, -1, 0.1, 100);
    c.position.set(0, 20, 0);
    c.up.set(0, 0, -1);
    return c;
  }, [mode, span]);

  useLayoutEffect(() => {
    const aspect = size.width / Math.max(1, size.height);
    if (camera instanceof THREE.PerspectiveCamera) {
      camera.aspect = aspect;
    } else {
      // Fit the room with a margin: the plan shows the whole floor.
      const halfW = Math.max(room.width / 2, (room.depth / 2) * aspect) * 1.2;
      camera.left = -halfW;
      camera.right = halfW;
      camera.top = halfW / aspect;
      camera.bottom = -halfW / aspect;
    }
    camera.updateProjectionMatrix();
    planScale.set(
      camera instanceof THREE.OrthographicCamera
        ? (size.width / (camera.right - camera.left)) * camera.zoom
        : null,
    );
    set({ camera });
    invalidate();
  }, [camera, size, room, set, invalidate]);

  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl]);
  useEffect(() => {
    // The cleanup below disposes (disconnects) the controls whenever a
    // dependency such as the canvas size changes: reconnect them every time.
    controls.connect(gl.domElement);
    controls.target.set(0, mode === '3d' ? 0.6 : 0, 0);
    controls.enableRotate = mode === '3d';
    controls.maxPolarAngle = Math.PI / 2.05;
    controls.screenSpacePanning = true;
    // The plan overlay's dimensions assume the room stays centred; zoom keeps it so.
    controls.enablePan = mode === '3d';
    controls.update();
    const onChange = () => {
      if (camera instanceof THREE.OrthographicCamera) {
        planScale.set((size.width / (camera.right - camera.left)) * camera.zoom);
      }
      invalidate();
    };
    controls.addEventListener('change', onChange);
    set({ controls: controls as unknown as THREE.EventDispatcher });
    return () => {
      controls.removeEventListener('change', onChange);
      controls.dispose();
    };
  }, [controls, camera, gl, size, mode, set, invalidate]);
  // Damping is off, so controls only need an update when a frame is drawn anyway.
  useFrame(() => controls.update());
  return null;
}
