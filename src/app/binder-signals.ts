import type { BranchLog } from '../core/branch-log';
import type { EventEnvelope } from '../core/envelope';

/**
 * Which slot each smart binder lights after event `seq`: the last
 * BinderSlotSignalled not yet followed by BinderSignalStopped, unless that
 * signal is sound only. A backward
 * scan that stops at the office system's start, so it costs the length of
 * the current office run, not of the whole log.
 *
 * `events` are in seq order but need not be contiguous: a log restored
 * from its tail passes its carried events (`carryAt`) followed by the tail.
 */
export function litSlots(events: readonly EventEnvelope[], seq: number): Map<string, string> {
  const lit = new Map<string, string>();
  const settled = new Set<string>();
  for (let i = lastAtOrBefore(events, seq); i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'OfficeSystemStarted') break;
    if (e.type !== 'BinderSlotSignalled' && e.type !== 'BinderSignalStopped') continue;
    const p = e.payload as { deviceId: string; slotId: string };
    if (settled.has(p.deviceId)) continue;
    settled.add(p.deviceId);
    // A sound-only signal beeps in a dark sleeve; it still ends an earlier light.
    if (e.type === 'BinderSlotSignalled' && (e.payload as { signal?: string }).signal !== 'sound') {
      lit.set(p.deviceId, p.slotId);
    }
  }
  return lit;
}

/**
 * Version of the rule below, stored with each snapshot's carry: a snapshot
 * carrying by another rule is not used for a tail-only restore.
 */
export const CARRY_RULE = 1;

/**
 * The events at or before `seq` that `litSlots` can still read from any
 * later seq: the last office start, and each binder's last signal after it.
 * Stored with the snapshot at `seq`, so a restore from that snapshot and
 * the events after it lights the same slots as the whole log would.
 */
export function carryAt(events: readonly EventEnvelope[], seq: number): EventEnvelope[] {
  const out: EventEnvelope[] = [];
  const settled = new Set<string>();
  for (let i = lastAtOrBefore(events, seq); i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'OfficeSystemStarted') {
      out.push(e);
      break;
    }
    if (e.type !== 'BinderSlotSignalled' && e.type !== 'BinderSignalStopped') continue;
    const id = (e.payload as { deviceId: string }).deviceId;
    if (settled.has(id)) continue;
    settled.add(id);
    out.push(e);
  }
  return out.reverse();
}

/** What the scans above read of a log: all of it, or its carried events and loaded tail. */
export function scannable(log: BranchLog): readonly EventEnvelope[] {
  return log.complete ? log.all() : [...log.carried(), ...log.loaded()];
}

/** Index of the last event with seq <= `seq` (-1 if none); a whole log is indexed by seq. */
function lastAtOrBefore(events: readonly EventEnvelope[], seq: number): number {
  const n = Math.min(seq, events.length);
  if (n === 0 || events[n - 1]!.seq === n) return n - 1;
  let lo = 0;
  let hi = events.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.seq <= seq) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
