import { lazy, Suspense, useMemo } from 'react';
import { firstOfficeStart } from '../app/office-start';
import { useOffice, useOfficeStore } from '../app/use-office';

const DeviceLights = lazy(() => import('./DeviceLights'));

/**
 * Mounts the device status lights once the seq shown lies in an office run.
 * Their code (with XState and the device models) stays out of the first
 * load, and a room whose office never started draws nothing more.
 */
export function DeviceLightsGate() {
  const store = useOfficeStore();
  const seq = useOffice((v) => v.state.seq);
  const length = useOffice((v) => v.length);
  const branchId = useOffice((v) => v.branch.id);
  const complete = useOffice((v) => v.historyLoaded);
  // biome-ignore lint/correctness/useExhaustiveDependencies: branch, length and completeness mark new events to scan
  const first = useMemo(
    () => (complete ? firstOfficeStart(store.workspace.current.log.all()) : 0),
    [store, branchId, length, complete],
  );
  if (first === 0 || seq < first) return null;
  return (
    <Suspense fallback={null}>
      <DeviceLights />
    </Suspense>
  );
}
