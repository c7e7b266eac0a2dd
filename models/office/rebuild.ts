import type { DeviceSpec, SystemCommand } from './commands';
import { inputEventTypes } from './commands';
import type { LoggedEvent } from './event-shapes';
import { OfficeSystem } from './office-system';

/** The structural part of a core envelope this module needs. */
export type LogLike = Pick<LoggedEvent, 'type' | 'at' | 'payload'>;

/**
 * Rebuilds the office system from a log prefix alone by replaying its input
 * events (start, commands, clock advances). Domain events in the prefix are
 * outputs and are skipped: replay re-creates them, timers included, which is
 * why persisted XState snapshots (that lose pending `after` timers) are not
 * needed. Throws when the prefix has no OfficeSystemStarted first.
 */
export function rebuildFromLog(events: readonly LogLike[]): OfficeSystem {
  const start = events.find((e) => e.type === 'OfficeSystemStarted');
  if (!start) throw new Error('rebuildFromLog: no OfficeSystemStarted in the log');
  const cfg = start.payload as { seed: number; devices: DeviceSpec[] };
  const sys = OfficeSystem.create({ seed: cfg.seed, devices: cfg.devices });
  for (const e of events) {
    if (!inputEventTypes.has(e.type) || e === start) continue;
    replayInput(sys, e);
  }
  return sys;
}

export function replayInput(sys: OfficeSystem, e: LogLike): void {
  switch (e.type) {
    case 'DeviceCommanded':
      sys.send(e.payload as SystemCommand, e.at);
      return;
    case 'SimClockAdvanced':
      sys.advanceTo(e.at);
      return;
    case 'DevicesJoined':
      sys.join((e.payload as { devices: DeviceSpec[] }).devices, e.at);
      return;
    default:
      return;
  }
}

/**
 * Checks that the outputs in a log are exactly what replaying its inputs
 * produces; returns the index of the first differing event, or -1.
 */
export function firstDivergence(events: readonly LogLike[]): number {
  const replayed = rebuildFromLog(events).journal;
  const n = Math.min(events.length, replayed.length);
  for (let i = 0; i < n; i++) {
    const a = events[i]!;
    const b = replayed[i]!;
    if (
      a.type !== b.type ||
      a.at !== b.at ||
      JSON.stringify(a.payload) !== JSON.stringify(b.payload)
    ) {
      return i;
    }
  }
  return events.length > replayed.length ? n : -1;
}
