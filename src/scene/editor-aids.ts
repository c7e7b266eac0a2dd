import type { Object3D } from 'three';

/**
 * Name of the one group that holds every editing aid (EditorAids.tsx). The
 * exports find it by this name: the PNG hides it, the GLB never reaches it.
 */
export const EDITOR_AIDS = 'editor-aids';

/**
 * Runs `draw` with `objects` hidden, then shows again those that were shown,
 * even if `draw` throws. Only for synchronous work: a frame drawn by anyone
 * else meanwhile would show the room without them.
 */
export function withHidden<T>(objects: readonly (Object3D | undefined)[], draw: () => T): T {
  const shown = objects.filter((o): o is Object3D => o?.visible === true);
  for (const o of shown) o.visible = false;
  try {
    return draw();
  } finally {
    for (const o of shown) o.visible = true;
  }
}
