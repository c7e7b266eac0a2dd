import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { drawing, snapSettings } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice } from '../app/use-office';
import { markerMaterials } from './shared-resources';

const catcher = new THREE.MeshBasicMaterial({ transparent: true, opacity: 0, depthWrite: false });
const corner = new THREE.BoxGeometry(0.06, 0.02, 0.06);
const cornerMaterial = new THREE.MeshBasicMaterial({ color: '#1f6fd1' });

const snap = (v: number, step: number | null) => (step ? Math.round(v / step) * step : v);

/**
 * Drawing an irregular desk: each click on the floor adds a corner (on the
 * grid unless Alt is held); the outline closes back to the first corner.
 * Finishing (Enter, double-click or the panel's button) places the desk.
 */
export function PolygonDrawer() {
  const corners = useSmallStore(drawing, (d) => d);
  const room = useOffice((v) => v.state.room);
  const outline = useMemo(() => {
    if (!corners || corners.length < 2) return null;
    const pts = corners.map((p) => new THREE.Vector3(p.x, 0.02, p.z));
    return new THREE.BufferGeometry().setFromPoints(pts);
  }, [corners]);
  useEffect(() => () => outline?.dispose(), [outline]);
  if (!corners) return null;
  const add = (e: ThreeEvent<PointerEvent>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    const step = e.nativeEvent.altKey ? null : Math.min(snapSettings.get().gridStep ?? 0.05, 0.05);
    const p = { x: snap(e.point.x, step), z: snap(e.point.z, step) };
    const last = corners.at(-1);
    if (last && Math.hypot(last.x - p.x, last.z - p.z) < 1e-6) return;
    drawing.set([...corners, p]);
  };
  return (
    <group name="polygon-drawer">
      <mesh
        name="drawing-floor"
        material={catcher}
        rotation-x={-Math.PI / 2}
        position={[0, 0.001, 0]}
        onPointerDown={add}
      >
        <planeGeometry args={[room.width, room.depth]} />
      </mesh>
      {outline && (
        <lineLoop geometry={outline} material={markerMaterials.selected} raycast={() => null} />
      )}
      {corners.map((p, i) => (
        <mesh
          // biome-ignore lint/suspicious/noArrayIndexKey: corners are an ordered list
          key={i}
          geometry={corner}
          material={cornerMaterial}
          position={[p.x, 0.01, p.z]}
          raycast={() => null}
        />
      ))}
    </group>
  );
}
