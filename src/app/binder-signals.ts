import type { EventEnvelope } from '../core/envelope';

/**
 * Which slot each smart binder signals after event `seq`: the last
 * BinderSlotSignalled not yet followed by BinderSignalStopped. A backward
 * scan that stops at the office system's start, so it costs the length of
 * the current office run, not of the whole log.
 */
export function litSlots(events: readonly EventEnvelope[], seq: number): Map<string, string> {
  const lit = new Map<string, string>();
  const settled = new Set<string>();
  for (let i = Math.min(seq, events.length) - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'OfficeSystemStarted') break;
    if (e.type !== 'BinderSlotSignalled' && e.type !== 'BinderSignalStopped') continue;
    const p = e.payload as { deviceId: string; slotId: string };
    if (settled.has(p.deviceId)) continue;
    settled.add(p.deviceId);
    if (e.type === 'BinderSlotSignalled') lit.set(p.deviceId, p.slotId);
  }
  return lit;
}
