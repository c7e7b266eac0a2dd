import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { planScale } from '../app/editor-state';
import type { Room } from '../core/office-state';
import { farPlaneFor, fitDistance, VIEW_DIRECTION, VIEW_TARGET_Y } from './camera-fit';

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
  // Until the person orbits, zooms or pans, the 3D view keeps the whole room framed.
  const userMoved = useRef(false);
  const reframing = useRef(false);
  const camera = useMemo(() => {
    if (mode === '3d') return new THREE.PerspectiveCamera(45, 1, 0.05, 100);
    const c = new THREE.OrthographicCamera(-1, 1, 1, -1, 0.1, 100);
    c.position.set(0, 20, 0);
    c.up.set(0, 0, -1);
    return c;
  }, [mode]);

  // A new view mode, or a room of another size, is framed anew (declared before the fit below).
  // biome-ignore lint/correctness/useExhaustiveDependencies: these are what asks for a new framing
  useLayoutEffect(() => {
    userMoved.current = false;
  }, [mode, room.width, room.depth, room.height, room.wallThickness]);

  const controls = useMemo(() => {
    const c = new OrbitControls(camera, gl.domElement);
    c.target.set(0, camera instanceof THREE.PerspectiveCamera ? VIEW_TARGET_Y : 0, 0);
    return c;
  }, [camera, gl]);

  useLayoutEffect(() => {
    const aspect = size.width / Math.max(1, size.height);
    if (camera instanceof THREE.PerspectiveCamera) {
      camera.aspect = aspect;
      if (!userMoved.current) {
        const d = fitDistance(room, camera.fov, aspect);
        const [x, y, z] = VIEW_DIRECTION;
        camera.position.set(x * d, VIEW_TARGET_Y + y * d, z * d);
        // Framed on the room's centre again, wherever an earlier pan had left the target.
        controls.target.set(0, VIEW_TARGET_Y, 0);
        // Caught up now, so the 'change' it makes is not taken for the person's (a gesture may be open).
        reframing.current = true;
        controls.update();
        reframing.current = false;
        camera.far = farPlaneFor(d);
      }
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
  }, [camera, controls, size, room, set, invalidate]);

  useEffect(() => {
    // The cleanup below disposes (disconnects) the controls whenever a
    // dependency such as the canvas size changes: reconnect them every time.
    controls.connect(gl.domElement);
    controls.enableRotate = mode === '3d';
    // Keeps the 3D camera above the floor. Not in the plan: there "up" is -z, and
    // the same clamp tilted the plan camera 2.2° off vertical, showing the south wall's face.
    controls.maxPolarAngle = mode === '3d' ? Math.PI / 2.05 : Math.PI;
    controls.screenSpacePanning = true;
    // The plan overlay's dimensions assume the room stays centred; zoom keeps it so.
    controls.enablePan = mode === '3d';
    controls.update();
    // A person moved the view when it changes during a gesture (a plain click is no move).
    let gesture = false;
    const onChange = () => {
      if (gesture && !reframing.current) userMoved.current = true;
      if (camera instanceof THREE.OrthographicCamera) {
        planScale.set((size.width / (camera.right - camera.left)) * camera.zoom);
      }
      invalidate();
    };
    const onStart = () => {
      gesture = true;
    };
    const onEnd = () => {
      gesture = false;
    };
    controls.addEventListener('change', onChange);
    controls.addEventListener('start', onStart);
    controls.addEventListener('end', onEnd);
    set({ controls: controls as unknown as THREE.EventDispatcher });
    return () => {
      controls.removeEventListener('change', onChange);
      controls.removeEventListener('start', onStart);
      controls.removeEventListener('end', onEnd);
      controls.dispose();
    };
  }, [controls, camera, gl, size, mode, set, invalidate]);
  // Damping is off, so controls only need an update when a frame is drawn anyway.
  useFrame(() => controls.update());
  return null;
}
