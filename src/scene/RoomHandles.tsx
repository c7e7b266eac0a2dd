import { type ThreeEvent, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import * as THREE from 'three';
import { resizeRoom } from '../app/commands/room-commands';
import { liveRoom } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice, useOfficeStore } from '../app/use-office';

const handleMaterial = new THREE.MeshBasicMaterial({ color: '#1f6fd1' });
const handleGeometry = new THREE.BoxGeometry(0.22, 0.06, 0.22);
/** The plane the handles are dragged in: the walls' tops, at the room's height. */
const wallTops = new THREE.Plane(new THREE.Vector3(0, 1, 0), 0);
const hit = new THREE.Vector3();
type Controls = { enabled: boolean } | null;

const clampSize = (v: number) => Math.min(12, Math.max(2, Math.round(v * 20) / 20));

/**
 * Handles on top of the east and south walls: drag to resize the room (it
 * stays centred, so each handle moves its wall and the opposite one). The
 * size is live while dragging and becomes one RoomResized on release.
 *
 * They sit on the walls' tops, not on the floor: furniture against a wall
 * (the bookshelf in the default office) covered a floor handle and took its
 * clicks. The wall moves by as much as the pointer does from where it
 * grabbed the handle, so a grab off the handle's centre does not jump.
 */
export function RoomHandles() {
  const store = useOfficeStore();
  const room = useOffice((v) => v.state.room);
  const readOnly = useOffice((v) => v.viewSeq !== null);
  const live = useSmallStore(liveRoom, (r) => r);
  const controls = useThree((s) => s.controls) as unknown as Controls;
  const axis = useRef<'width' | 'depth' | null>(null);
  /** Pointer distance from the room's centre line minus the half size, at the grab. */
  const grab = useRef(0);
  if (readOnly) return null;
  const w = live?.width ?? room.width;
  const d = live?.depth ?? room.depth;
  const top = room.height + 0.03;
  // Centred on the wall: the walls stand outside the room's inner rectangle.
  const onWall = room.wallThickness / 2;
  const plane = () => {
    wallTops.constant = -room.height;
    return wallTops;
  };

  const down = (which: 'width' | 'depth') => (e: ThreeEvent<PointerEvent>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    if (!e.ray.intersectPlane(plane(), hit)) return;
    axis.current = which;
    grab.current = which === 'width' ? Math.abs(hit.x) - w / 2 : Math.abs(hit.z) - d / 2;
    (e.target as unknown as Element).setPointerCapture?.(e.pointerId);
    if (controls) controls.enabled = false;
  };
  const move = (e: ThreeEvent<PointerEvent>) => {
    if (!axis.current || !e.ray.intersectPlane(plane(), hit)) return;
    const cur = liveRoom.get() ?? { width: room.width, depth: room.depth };
    liveRoom.set(
      axis.current === 'width'
        ? { ...cur, width: clampSize(2 * (Math.abs(hit.x) - grab.current)) }
        : { ...cur, depth: clampSize(2 * (Math.abs(hit.z) - grab.current)) },
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
        position={[w / 2 + onWall, top, 0]}
        onPointerDown={down('width')}
        onPointerMove={move}
        onPointerUp={up}
      />
      <mesh
        name="handle-depth"
        geometry={handleGeometry}
        material={handleMaterial}
        position={[0, top, d / 2 + onWall]}
        onPointerDown={down('depth')}
        onPointerMove={move}
        onPointerUp={up}
      />
    </group>
  );
}
