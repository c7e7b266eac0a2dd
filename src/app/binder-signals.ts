import {
  defaultSmartBinderParams,
  type SmartBinderParams,
  slotIds,
} from '../../models/devices/smart-binder/params';
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

type DeviceSpecs = { devices?: ReadonlyArray<{ id: string; kind: string; params?: unknown }> };

/**
 * Each smart binder's parameter overrides in the office running at `seq`
 * (undefined: the defaults), from its start and the devices that joined it
 * since, so its sleeves can be told apart as the model orders them. The
 * same backward scan as `litSlots`. A log restored from its tail carries
 * the start but not later joins: a binder that joined is then taken with
 * the defaults, which is what the app places.
 */
export function binderParamsAt(
  events: readonly EventEnvelope[],
  seq: number,
): Map<string, Record<string, unknown> | undefined> {
  const out = new Map<string, Record<string, unknown> | undefined>();
  for (let i = lastAtOrBefore(events, seq); i >= 0; i--) {
    const e = events[i]!;
    if (e.type !== 'OfficeSystemStarted' && e.type !== 'DevicesJoined') continue;
    for (const d of (e.payload as DeviceSpecs).devices ?? []) {
      if (d.kind === 'smart-binder' && !out.has(d.id)) {
        out.set(d.id, d.params as Record<string, unknown> | undefined);
      }
    }
    if (e.type === 'OfficeSystemStarted') break;
  }
  return out;
}

const DEFAULT_ORDER = slotIds(defaultSmartBinderParams);

/**
 * Where a sleeve is in its binder, in the model's order (-1: not one of its
 * sleeves): its own categories if its file gave it some.
 */
export function sleeveIndex(over: Record<string, unknown> | undefined, slotId: string): number {
  // The shallow merge buildDevice makes (models/office/device-kinds.ts), without the machines.
  const order = over
    ? slotIds({ ...defaultSmartBinderParams, ...over } as SmartBinderParams)
    : DEFAULT_ORDER;
  return order.indexOf(slotId);
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
