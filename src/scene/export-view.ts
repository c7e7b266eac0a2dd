import { EDITOR_AIDS, withHidden } from './editor-aids';
import { viewportBridge } from './viewport-bridge';

/**
 * The room and its items as a binary glTF, made with three's own exporter
 * (loaded on demand). The editing aids are drawn beside these two groups, not
 * in them, so the selection can stay as the user left it.
 */
export async function exportGlb(): Promise<Blob> {
  const scene = viewportBridge.scene;
  if (!scene) throw new Error('the 3D view is not open');
  const { GLTFExporter } = await import('three/examples/jsm/exporters/GLTFExporter.js');
  const parts = ['room', 'items'].flatMap((n) => {
    const o = scene.getObjectByName(n);
    return o ? [o] : [];
  });
  const result = await new GLTFExporter().parseAsync(parts, { binary: true, onlyVisible: true });
  if (!(result instanceof ArrayBuffer)) throw new Error('the exporter returned JSON, not GLB');
  return new Blob([result], { type: 'model/gltf-binary' });
}

/**
 * The current view as a PNG without the editing aids. toBlob copies the
 * drawing buffer when it is called (only the encoding comes later), so the
 * frame without aids is read and the one with them drawn over it in the
 * same task: the screen never shows the room without them.
 */
export function exportPng(): Promise<Blob> {
  const { canvas, render, scene } = viewportBridge;
  if (!canvas || !render || !scene) return Promise.reject(new Error('the 3D view is not open'));
  return new Promise((resolve, reject) => {
    try {
      withHidden([scene.getObjectByName(EDITOR_AIDS)], () => {
        render();
        canvas.toBlob(
          (b) => (b ? resolve(b) : reject(new Error('the view could not be read'))),
          'image/png',
        );
      });
    } finally {
      render();
    }
  });
}
