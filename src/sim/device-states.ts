import type { EventEnvelope } from '../core/envelope';
import { type DeviceStatus, deviceStatusOf, statePath } from './device-status';
import { isDeviceEvent, officeSystemAt } from './office-runtime';

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
  const sys = officeSystemAt(events, seq)?.sys;
  if (!sys) return out;
  for (const a of sys.actors.values()) {
    if (a.kind === 'share') continue;
    out.set(a.id, deviceStatusOf[statePath(a.snapshot.machine.id, a.snapshot.value)] ?? 'idle');
  }
  return out;
}

/**
 * Seq of the last device event at or before `seq` (0 if none): device states
 * change only there, so a view keyed on it skips the rebuild on layout edits
 * and timeline steps between device events.
 */
export function lastDeviceEventSeq(events: readonly EventEnvelope[], seq: number): number {
  for (let i = Math.min(seq, events.length) - 1; i >= 0; i--) {
    if (isDeviceEvent(events[i]!.type)) return events[i]!.seq;
  }
  return 0;
}
