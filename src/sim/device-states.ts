import type { EventEnvelope } from '../core/envelope';
import { type DeviceStatus, deviceStatusOf, statePath } from './device-status';
import { officeViewAt } from './office-runtime';

/**
 * The status of every device after event `seq` (events in seq order, from
 * seq 1): the office run that `seq` falls in, rebuilt from its inputs like
 * OfficeRuntime does for the head. Empty before any office start, so a room
 * whose office never started costs one backward scan.
 */
export function deviceStatusesAt(
  events: readonly EventEnvelope[],
  seq: number,
): Map<string, DeviceStatus> {
  const out = new Map<string, DeviceStatus>();
  const sys = officeViewAt(events, seq);
  if (!sys) return out;
  for (const a of sys.actors.values()) {
    if (a.kind === 'share') continue;
    out.set(a.id, deviceStatusOf[statePath(a.snapshot.machine.id, a.snapshot.value)] ?? 'idle');
  }
  return out;
}
