import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { livePoses, selection } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice, useOfficeStore } from '../app/use-office';
import { getKind } from '../layout/catalog/catalog';
import { editor } from './lazy-editor';

const ringMaterial = new THREE.MeshBasicMaterial({
  color: '#1f6fd1',
  transparent: true,
  opacity: 0.8,
});
type Controls = { enabled: boolean } | null;

/**
 * A ring on the floor around the one selected item: drag it to turn the
 * item (15° steps, free with Shift). One gesture, one undo step.
 */
export function RotateHandle() {
  const store = useOfficeStore();
  const ids = useSmallStore(selection, (s) => s);
  const id = ids.length === 1 ? ids[0]! : null;
  const item = useOffice((v) => (id ? v.state.items[id] : undefined));
  const live = useSmallStore(livePoses, (m) => (id ? m.get(id) : undefined));
  const readOnly = useOffice((v) => v.viewSeq !== null);
  const controls = useThree((s) => s.controls) as unknown as Controls;
  const kind = item ? getKind(item.kind) : undefined;
  const radius = kind
    ? Math.hypot(item?.size?.width ?? kind.size.width, item?.size?.depth ?? kind.size.depth) / 2 +
      0.12
    : 0.5;
  const geometry = useMemo(() => new THREE.TorusGeometry(radius, 0.025, 6, 48), [radius]);
  // A ring of another size replaces this one: free its buffers.
  useEffect(() => () => geometry.dispose(), [geometry]);
  if (!item || !kind || readOnly || item.parentId) return null;
  const pose = live ?? item;
  return (
    <mesh
      name="rotate-handle"
      geometry={geometry}
      material={ringMaterial}
      position={[pose.x, 0.02, pose.z]}
      rotation-x={-Math.PI / 2}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.stopPropagation();
        if (editor()?.beginRotate(store, item.id, e.ray, e.pointerId)) {
          (e.target as unknown as Element).setPointerCapture?.(e.pointerId);
          if (controls) controls.enabled = false;
        }
      }}
      onPointerMove={(e) => editor()?.rotateTo(e.ray, e.pointerId, e.shiftKey)}
      onPointerUp={(e) => {
        editor()?.endRotate(store, e.pointerId);
        if (controls) controls.enabled = true;
      }}
    />
  );
}
