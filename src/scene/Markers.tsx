import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type * as THREE from 'three';
import { livePoses, selection } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice } from '../app/use-office';
import { boundsMatrix, outlinesGeometry } from './instancing/marker-geometry';
import { useEditor } from './lazy-editor';
import { markerMaterials, unitGeometries } from './shared-resources';

const NONE: ReadonlySet<string> = new Set();

/**
 * Selection and warning outlines of all items, batched: one line draw per
 * colour and one instanced draw for the red collision fills, whatever the
 * number of items flagged. Warnings, not refusals: the user may still place.
 */
export function Markers() {
  const state = useOffice((v) => v.state);
  const items = state.items;
  const live = useSmallStore(livePoses, (m) => m);
  const selected = useSmallStore(selection, (s) => s);
  // The analysis arrives with the editor code; recomputed when either changes.
  const rt = useEditor();
  const report = useMemo(() => rt?.layoutReport(state) ?? null, [rt, state]);
  const boxes = useMemo(() => {
    const colliding = report?.colliding ?? NONE;
    const flagged = report?.flagged ?? NONE;
    const pick = (ids: Iterable<string>, pad: number) =>
      [...ids].flatMap((id) => {
        const item = items[id];
        return item ? [boundsMatrix(item, live.get(id) ?? item, pad)] : [];
      });
    return {
      selected: pick(selected, 0.05),
      colliding: pick(colliding, 0.02),
      flagged: pick(
        [...flagged].filter((id) => !colliding.has(id)),
        0.02,
      ),
      fills: pick(colliding, 0.01),
    };
  }, [items, live, selected, report]);
  return (
    <group name="markers">
      <Outlines boxes={boxes.selected} material={markerMaterials.selected} />
      <Outlines boxes={boxes.colliding} material={markerMaterials.colliding} />
      <Outlines boxes={boxes.flagged} material={markerMaterials.flagged} />
      <Fills boxes={boxes.fills} />
    </group>
  );
}

function Outlines({ boxes, material }: { boxes: THREE.Matrix4[]; material: THREE.Material }) {
  const geometry = useMemo(() => outlinesGeometry(boxes), [boxes]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  if (boxes.length === 0) return null;
  return <lineSegments geometry={geometry} material={material} raycast={() => null} />;
}

const capacityFor = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(8, n)));

function Fills({ boxes }: { boxes: THREE.Matrix4[] }) {
  const ref = useRef<THREE.InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const capacity = capacityFor(boxes.length);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    for (let i = 0; i < boxes.length; i++) mesh.setMatrixAt(i, boxes[i]!);
    mesh.count = boxes.length;
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
    // Written past React's props on a demand frame loop: ask for a frame.
    invalidate();
  });
  if (boxes.length === 0) return null;
  return (
    <instancedMesh
      key={capacity}
      ref={ref}
      args={[unitGeometries.box, markerMaterials.collidingFill, capacity]}
      raycast={() => null}
    />
  );
}
