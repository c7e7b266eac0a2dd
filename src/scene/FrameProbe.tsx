import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { firstFrameDrawn } from '../app/editor-state';
import type { OfficeStore } from '../app/office-store';
import { loadEditor } from './lazy-editor';

/** What the test build puts on window (browser tests and benches read it). */
export interface TestHooks {
  renderer(): {
    calls: number;
    triangles: number;
    geometries: number;
    textures: number;
    programs: number;
  };
  frames(): number;
  state(): unknown;
  ready: boolean;
  store: OfficeStore;
  /** A world point to client (CSS pixel) coordinates with the current camera. */
  project(x: number, y: number, z: number): { x: number; y: number };
}

declare global {
  interface Window {
    __HOS_TEST__?: TestHooks;
  }
}

let frames = 0;
let marked = false;

/**
 * Called after the floor is drawn (its onAfterRender): the first time, the
 * room is on screen. Marked there, as the baseline page marks after its box.
 */
export function floorDrawn(): void {
  if (marked) return;
  marked = true;
  performance.mark('hos:first-frame');
  firstFrameDrawn.set(true);
  if (window.__HOS_TEST__) window.__HOS_TEST__.ready = true;
  // The editor's code comes after the room is on screen.
  setTimeout(() => void loadEditor(), 0);
}

/**
 * Counts rendered frames (floorDrawn marks the first one, `hos:first-frame`,
 * used by the startup benchmark). In the test build only, it also exposes
 * renderer info and the store to the browser tests.
 */
export function FrameProbe({ store }: { store: OfficeStore }) {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  // The first-frame mark (and `ready`) is floorDrawn's: marking here too
  // would pre-empt it, and the editor code would never load.
  useFrame(() => {
    frames++;
  });
  useEffect(() => {
    if (import.meta.env.MODE !== 'test') return;
    window.__HOS_TEST__ = {
      renderer: () => ({
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        programs: gl.info.programs?.length ?? 0,
      }),
      frames: () => frames,
      state: () => store.getSnapshot().state,
      ready: marked,
      store,
      project: (x, y, z) => {
        const v = new Vector3(x, y, z).project(get().camera);
        const r = gl.domElement.getBoundingClientRect();
        return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
      },
    };
  }, [gl, get, store]);
  return null;
}
