import { useMemo } from 'react';
import { binderParamsAt, litSlots, scannable, sleeveIndex } from '../app/binder-signals';
import { useOffice, useOfficeStore } from '../app/use-office';
import { getKind } from '../layout/catalog/catalog';
import { BINDER_COLUMNS, BINDER_ROWS, binderSlotBox } from './parts/device-parts';
import { sharedMaterial, unitGeometries } from './shared-resources';

const light = sharedMaterial('plastic', '#ffd54a', '#ffc400');

/**
 * The essay's smart binder: the slot holding the document asked for lights
 * up, counted in that binder's own sleeves (a file may give it categories
 * of its own).
 */
export function BinderLights() {
  const store = useOfficeStore();
  const seq = useOffice((v) => v.state.seq);
  const branchId = useOffice((v) => v.branch.id);
  const items = useOffice((v) => v.state.items);
  // Before the older events are in, the scan reads the snapshot's carried events instead.
  const complete = useOffice((v) => v.historyLoaded);
  // biome-ignore lint/correctness/useExhaustiveDependencies: seq, branch and completeness identify the events scanned
  const { lit, params } = useMemo(() => {
    const events = scannable(store.workspace.current.log);
    return { lit: litSlots(events, seq), params: binderParamsAt(events, seq) };
  }, [store, seq, branchId, complete]);
  if (lit.size === 0) return null;
  return (
    <group name="binder-lights">
      {[...lit].map(([deviceId, slotId]) => {
        const item = items[deviceId];
        const kind = item ? getKind(item.kind) : undefined;
        const index = sleeveIndex(params.get(deviceId), slotId);
        // The model draws 10 × 10 sleeves: a sleeve past them lights in the panels only.
        if (!item || !kind || index < 0 || index >= BINDER_COLUMNS * BINDER_ROWS) return null;
        const size = item.size ?? kind.size;
        const box = binderSlotBox(index, size.width, size.depth, size.height);
        return (
          <group
            key={deviceId}
            position={[item.x, item.elevation, item.z]}
            rotation-y={item.rotation}
          >
            <mesh
              name={`binder-light-${slotId}`}
              geometry={unitGeometries.box}
              material={light}
              position={[box.position[0], box.position[1], box.position[2] + 0.012]}
              scale={[box.scale[0] * 1.1, box.scale[1] * 1.1, 0.01]}
            />
          </group>
        );
      })}
    </group>
  );
}
