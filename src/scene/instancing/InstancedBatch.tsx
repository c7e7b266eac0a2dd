import { type ThreeEvent, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type * as THREE from 'three';
import type { Batch } from './batch-parts';

interface Props {
  batch: Batch;
  onPointerDown(e: ThreeEvent<PointerEvent>, itemId: string): void;
  onPointerMove(e: ThreeEvent<PointerEvent>): void;
  onPointerUp(e: ThreeEvent<PointerEvent>): void;
}

/** Capacity grows in powers of two, so adding an item rarely reallocates. */
const capacityFor = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(8, n)));

export function InstancedBatch({ batch, onPointerDown, onPointerMove, onPointerUp }: Props) {
  const ref = useRef<THREE.InstancedMesh>(null);
  const capacity = capacityFor(batch.matrices.length);
  const args = useMemo(
    () => [batch.geometry, batch.material, capacity] as const,
    [batch.geometry, batch.material, capacity],
  );
  // Only when the batch (or the mesh, on a new capacity) changes, not on every render.
  // The bounding sphere is what culling and picking read; nothing reads the box.
  const invalidate = useThree((s) => s.invalidate);
  // biome-ignore lint/correctness/useExhaustiveDependencies: args is the mesh's identity
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    for (let i = 0; i < batch.matrices.length; i++) mesh.setMatrixAt(i, batch.matrices[i]!);
    mesh.count = batch.matrices.length;
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
    // Written past React's props on a demand frame loop: ask for a frame.
    invalidate();
  }, [batch, args, invalidate]);
  return (
    <instancedMesh
      ref={ref}
      args={args as unknown as [THREE.BufferGeometry, THREE.Material, number]}
      onPointerDown={(e) => {
        const id = e.instanceId === undefined ? undefined : batch.itemIds[e.instanceId];
        if (id) onPointerDown(e, id);
      }}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    />
  );
}
