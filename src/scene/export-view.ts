import { select } from '../app/editor-state';
import { viewportBridge } from './viewport-bridge';

/** The room and its items as a binary glTF, made with three's own exporter (loaded on demand). */
export async function exportGlb(): Promise<Blob> {
  const scene = viewportBridge.scene;
  if (!scene) throw new Error('the 3D view is not open');
  // Selection and warning outlines are editor aids, not part of the room.
  select([]);
  const { GLTFExporter } = await import('three/examples/jsm/exporters/GLTFExporter.js');
  const parts = ['room', 'items'].flatMap((n) => {
    const o = scene.getObjectByName(n);
    return o ? [o] : [];
  });
  const result = await new GLTFExporter().parseAsync(parts, { binary: true, onlyVisible: true });
  if (!(result instanceof ArrayBuffer)) throw new Error('the exporter returned JSON, not GLB');
  return new Blob([result], { type: 'model/gltf-binary' });
}

/** The current view as a PNG, drawn fresh so the buffer holds a complete frame. */
export function exportPng(): Promise<Blob> {
  const { canvas, render } = viewportBridge;
  if (!canvas || !render) return Promise.reject(new Error('the 3D view is not open'));
  render();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the view could not be read'))),
      'image/png',
    ),
  );
}
