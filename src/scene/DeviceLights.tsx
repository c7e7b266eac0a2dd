import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useOffice, useOfficeStore } from '../app/use-office';
import { getKind } from '../layout/catalog/catalog';
import { deviceStatusesAt } from '../sim/device-states';
import type { DeviceStatus } from '../sim/device-status';
import { lastDeviceEventSeq } from '../sim/office-runtime';
import { unitGeometries } from './shared-resources';

/** Signal colours, unlit so they read the same under any light. */
const COLOURS: Record<Exclude<DeviceStatus, 'idle'>, THREE.Color> = {
  busy: new THREE.Color('#2f7bff'),
  waiting: new THREE.Color('#ffb000'),
  fault: new THREE.Color('#ff2d2d'),
  done: new THREE.Color('#22c55e'),
};
const material = new THREE.MeshBasicMaterial({ toneMapped: false });
/** One light, 12 cm across, 5 cm above the device's top: readable on a projector across a class. */
const SIZE = 0.12;
const GAP = 0.05;
const CAPACITY = 32;

/**
 * A status light over each device of the office system, at the seq shown
 * (the timeline's past too): one instanced draw for all of them. Loaded
 * only once the log holds an office start (it brings the device models).
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
  const ref = useRef<THREE.InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const m = new THREE.Matrix4();
    let n = 0;
    for (const [id, status] of statuses) {
      const item = items[id];
      const kind = item ? getKind(item.kind) : undefined;
      if (!item || !kind || status === 'idle' || n === CAPACITY) continue;
      const height = (item.size ?? kind.size).height;
      m.makeScale(SIZE, SIZE, SIZE).setPosition(
        item.x,
        item.elevation + height + GAP + SIZE / 2,
        item.z,
      );
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
    />
  );
}
