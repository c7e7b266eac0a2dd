import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useOffice, useOfficeStore } from '../app/use-office';
import { deviceStatusesAt } from '../sim/device-states';
import type { DeviceStatus } from '../sim/device-status';
import { lastDeviceEventSeq } from '../sim/office-runtime';
import { LIGHT_SIZE, placeLights } from './light-placement';
import { unitGeometries } from './shared-resources';

/** Signal colours, unlit so they read the same under any light. */
const COLOURS: Record<Exclude<DeviceStatus, 'idle'>, THREE.Color> = {
  busy: new THREE.Color('#2f7bff'),
  waiting: new THREE.Color('#ffb000'),
  fault: new THREE.Color('#ff2d2d'),
  done: new THREE.Color('#22c55e'),
};
/**
 * Drawn like a badge: over whatever furniture stands between the camera and
 * the device (no depth test), after everything else (transparent, opacity 1,
 * so it comes after the glass too, and a high render order), and leaving the
 * depth buffer as it was.
 */
const material = new THREE.MeshBasicMaterial({
  toneMapped: false,
  depthTest: false,
  depthWrite: false,
  transparent: true,
});
const RENDER_ORDER = 100;
const CAPACITY = 32;

/**
 * A status light over each device of the office system, at the seq shown
 * (the timeline's past too): one instanced draw for all of them, placed
 * by light-placement.ts (above whatever stands on the device, never on
 * another light) and seen through the furniture. Loaded only once the
 * log holds an office start (it brings the device models).
 */
export default function DeviceLights() {
  const store = useOfficeStore();
  const seq = useOffice((v) => v.state.seq);
  const branchId = useOffice((v) => v.branch.id);
  const items = useOffice((v) => v.state.items);
  // biome-ignore lint/correctness/useExhaustiveDependencies: seq and branch identify the log prefix
  const deviceSeq = useMemo(
    () => lastDeviceEventSeq(store.workspace.current.log.all(), seq),
    [store, seq, branchId],
  );
  // Replays the office run only when a device event is added or passed, not on layout edits.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the device seq and branch identify the run's prefix
  const statuses = useMemo(
    () => deviceStatusesAt(store.workspace.current.log.all(), deviceSeq),
    [store, deviceSeq, branchId],
  );
  // Where each lit device's light goes (above what stands on it, apart from the others).
  const spots = useMemo(
    () =>
      placeLights(
        items,
        [...statuses].flatMap(([id, status]) => (status === 'idle' ? [] : [id])),
      ).slice(0, CAPACITY),
    [items, statuses],
  );
  const ref = useRef<THREE.InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const m = new THREE.Matrix4();
    let n = 0;
    for (const spot of spots) {
      const status = statuses.get(spot.id);
      if (status === undefined || status === 'idle') continue;
      m.makeScale(LIGHT_SIZE, LIGHT_SIZE, LIGHT_SIZE).setPosition(spot.x, spot.y, spot.z);
      mesh.setMatrixAt(n, m);
      mesh.setColorAt(n, COLOURS[status]);
      n++;
    }
    mesh.count = n;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
    // The frame loop runs on demand and these writes bypass React's props: ask for a frame.
    invalidate();
  });
  return (
    <instancedMesh
      ref={ref}
      name="device-lights"
      args={[unitGeometries.sphere, material, CAPACITY]}
      frustumCulled={false}
      renderOrder={RENDER_ORDER}
    />
  );
}
