import { useMemo } from 'react';
import { defaultSmartBinderParams, slotIds } from '../../models/devices/smart-binder/params';
import { litSlots, scannable } from '../app/binder-signals';
import { useOffice, useOfficeStore } from '../app/use-office';
import { getKind } from '../layout/catalog/catalog';
import { binderSlotBox } from './parts/device-parts';
import { sharedMaterial, unitGeometries } from './shared-resources';

const SLOT_ORDER = slotIds(defaultSmartBinderParams);
const light = sharedMaterial('plastic', '#ffd54a', '#ffc400');

/** The essay's smart binder: the slot holding the document asked for lights up. */
export function BinderLights() {
  const store = useOfficeStore();
  const seq = useOffice((v) => v.state.seq);
  const branchId = useOffice((v) => v.branch.id);
  const items = useOffice((v) => v.state.items);
  // Before the older events are in, the scan reads the snapshot's carried events instead.
  const complete = useOffice((v) => v.historyLoaded);
  // biome-ignore lint/correctness/useExhaustiveDependencies: seq, branch and completeness identify the events scanned
  const lit = useMemo(
    () => litSlots(scannable(store.workspace.current.log), seq),
    [store, seq, branchId, complete],
  );
  if (lit.size === 0) return null;
  return (
    <group name="binder-lights">
      {[...lit].map(([deviceId, slotId]) => {
        const item = items[deviceId];
        const kind = item ? getKind(item.kind) : undefined;
        const index = SLOT_ORDER.indexOf(slotId);
        if (!item || !kind || index < 0) return null;
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
