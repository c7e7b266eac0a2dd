import { type ThreeEvent, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import * as THREE from 'three';
import { resizeRoom } from '../app/commands/room-commands';
import { liveRoom } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice, useOfficeStore } from '../app/use-office';

const handleMaterial = new THREE.MeshBasicMaterial({ color: '#1f6fd1' });
const handleGeometry = new THREE.BoxGeometry(0.16, 0.06, 0.16);
const floor = new THREE.Plane(new THREE.Vector3(0, 1, 0), 0);
const hit = new THREE.Vector3();
type Controls = { enabled: boolean } | null;

const clampSize = (v: number) => Math.min(12, Math.max(2, Math.round(v * 20) / 20));

/**
 * Handles on the east and south walls: drag to resize the room (it stays
 * centred, so each handle moves its wall and the opposite one). The size is
 * live while dragging and becomes one RoomResized on release.
 */
export function RoomHandles() {
  const store = useOfficeStore();
  const room = useOffice((v) => v.state.room);
  const readOnly = useOffice((v) => v.viewSeq !== null);
  const live = useSmallStore(liveRoom, (r) => r);
  const controls = useThree((s) => s.controls) as unknown as Controls;
  const axis = useRef<'width' | 'depth' | null>(null);
  if (readOnly) return null;
  const w = live?.width ?? room.width;
  const d = live?.depth ?? room.depth;

  const down = (which: 'width' | 'depth') => (e: ThreeEvent<PointerEvent>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    axis.current = which;
    (e.target as unknown as Element).setPointerCapture?.(e.pointerId);
    if (controls) controls.enabled = false;
  };
  const move = (e: ThreeEvent<PointerEvent>) => {
    if (!axis.current || !e.ray.intersectPlane(floor, hit)) return;
    const cur = liveRoom.get() ?? { width: room.width, depth: room.depth };
    liveRoom.set(
      axis.current === 'width'
        ? { ...cur, width: clampSize(2 * Math.abs(hit.x)) }
        : { ...cur, depth: clampSize(2 * Math.abs(hit.z)) },
    );
  };
  const up = () => {
    if (!axis.current) return;
    axis.current = null;
    const next = liveRoom.get();
    liveRoom.set(null);
    if (controls) controls.enabled = true;
    if (next) resizeRoom(store, next);
  };
  return (
    <group name="room-handles">
      <mesh
        name="handle-width"
        geometry={handleGeometry}
        material={handleMaterial}
        position={[w / 2 - 0.1, 0.03, 0]}
        onPointerDown={down('width')}
        onPointerMove={move}
        onPointerUp={up}
      />
      <mesh
        name="handle-depth"
        geometry={handleGeometry}
        material={handleMaterial}
        position={[0, 0.03, d / 2 - 0.1]}
        onPointerDown={down('depth')}
        onPointerMove={move}
        onPointerUp={up}
      />
    </group>
  );
}
