import * as THREE from 'three';
import type { PlacedItem } from '../../core/office-state';
import { getKind } from '../../layout/catalog/catalog';
import { unitEdges } from '../shared-resources';

type Pose = Pick<PlacedItem, 'x' | 'z' | 'rotation' | 'elevation'>;

const m = new THREE.Matrix4();
const q = new THREE.Quaternion();
const up = new THREE.Vector3(0, 1, 0);
const p = new THREE.Vector3();
const s = new THREE.Vector3();
const v = new THREE.Vector3();

/** The item's bounds box as a matrix (slightly padded so lines sit outside faces). */
export function boundsMatrix(item: PlacedItem, pose: Pose, pad: number, out = new THREE.Matrix4()) {
  const kind = getKind(item.kind);
  const w = item.size?.width ?? kind?.size.width ?? 0.5;
  const d = item.size?.depth ?? kind?.size.depth ?? 0.5;
  const h = item.size?.height ?? kind?.size.height ?? 0.5;
  q.setFromAxisAngle(up, pose.rotation);
  m.compose(p.set(pose.x, pose.elevation, pose.z), q, s.set(1, 1, 1));
  out.compose(p.set(0, h / 2, 0), q.identity(), s.set(w + pad, h + pad, d + pad));
  return out.premultiply(m);
}

/**
 * One line geometry holding the outlines of many items: warnings for 100
 * items draw in one call instead of 100.
 */
export function outlinesGeometry(boxes: readonly THREE.Matrix4[]): THREE.BufferGeometry {
  const src = unitEdges.getAttribute('position');
  const out = new Float32Array(boxes.length * src.count * 3);
  let o = 0;
  for (const box of boxes) {
    for (let i = 0; i < src.count; i++) {
      v.fromBufferAttribute(src, i).applyMatrix4(box);
      out[o++] = v.x;
      out[o++] = v.y;
      out[o++] = v.z;
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(out, 3));
  return g;
}
