import {
  type AnyCommand,
  type DeviceSpec,
  deviceEventDefinitions,
  type LoggedEvent,
  OfficeSystem,
} from '../../models';
import type { EventEnvelope, ProposedEvent } from '../core/envelope';
import type { OfficeState } from '../core/office-state';
import { getKind } from '../layout/catalog/catalog';
import { deviceKindOfModel } from './device-kinds';
import { type OfficeCheckpoints, officeCheckpoints } from './office-checkpoints';

const deviceTypes = new Set(deviceEventDefinitions.map((d) => d.type));
export const isDeviceEvent = (type: string) => deviceTypes.has(type);

/** Index of the OfficeSystemStarted the first `end` events' last run begins at, or -1. */
function runStart(events: readonly EventEnvelope[], end: number): number {
  for (let i = end - 1; i >= 0; i--) if (events[i]!.type === 'OfficeSystemStarted') return i;
  return -1;
}

/**
 * The office system of the run that event `seq` falls in (events in seq
 * order from seq 1), rebuilt from its inputs from the nearest checkpoint
 * (`OfficeCheckpoints`), with the log time of its start (office time = log
 * time minus it); null before any start. The caller may drive it on.
 */
export function officeSystemAt(
  events: readonly EventEnvelope[],
  seq: number,
  checkpoints: OfficeCheckpoints = officeCheckpoints,
): { sys: OfficeSystem; startAt: number } | null {
  const end = Math.min(seq, events.length);
  const start = runStart(events, end);
  if (start < 0) return null;
  return { sys: checkpoints.replay(events, start, end), startAt: events[start]!.at };
}

/**
 * The devices as they were after event `seq`, for reading only. Keyed on
 * the last device event at or before it (device state changes only there),
 * so the panel and the status lights at one timeline position share one
 * replay.
 */
export function officeViewAt(
  events: readonly EventEnvelope[],
  seq: number,
  checkpoints: OfficeCheckpoints = officeCheckpoints,
): OfficeSystem | null {
  const end = lastDeviceEventSeq(events, seq);
  const start = runStart(events, end);
  return start < 0 ? null : checkpoints.view(events, start, end);
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

/** Inputs a person makes at the office (the rest is the simulation's). */
const userInputs = new Set(['DeviceCommanded', 'OfficeSystemStarted', 'DevicesJoined']);

export type AppendOutcome = 'appended' | 'forwarded' | 'refused';

export interface RuntimeHost {
  /** The events of the branch shown, oldest first. */
  events(): readonly EventEnvelope[];
  head(): OfficeState;
  /**
   * Appends as one batch: `appended` here, `forwarded` to the writer tab (it
   * may still refuse them), or `refused` (then nothing was appended).
   */
  append(events: ProposedEvent[]): AppendOutcome;
}

/**
 * Drives the office system (models/) from the log and back into it. The log
 * is the truth: the runtime is rebuilt from the log's input events whenever
 * the log holds device events it did not write itself (another tab, an
 * undo to before a start, a branch switch). Office time is log time minus
 * the start's `at`.
 *
 * Timers fire in time order: before a command or a clock move to time t,
 * the runtime steps the clock to each due timer first, so every event in the
 * log has an `at` no earlier than the one before it.
 */
export class OfficeRuntime {
  private sys: OfficeSystem | null = null;
  private startAt = 0;
  /** How many log events the cached system has accounted for. */
  private seen = 0;
  /**
   * The id of the last of those events: a branch switch to a log of the same
   * length (or longer by item edits only) shares the prefix up to the fork,
   * so only the last seen event tells the logs apart.
   */
  private seenLastId: string | undefined;

  constructor(private readonly host: RuntimeHost) {}

  /** The office system of the log as it is now, or null before it was started. */
  system(): OfficeSystem | null {
    const events = this.host.events();
    const stale =
      this.seen > events.length ||
      events[this.seen - 1]?.id !== this.seenLastId ||
      events.slice(this.seen).some((e) => isDeviceEvent(e.type));
    this.seen = events.length;
    this.seenLastId = events.at(-1)?.id;
    if (!stale) return this.sys;
    const found = officeSystemAt(events, events.length);
    this.startAt = found?.startAt ?? 0;
    this.sys = found?.sys ?? null;
    return this.sys;
  }

  /** Devices are the room's items whose catalog kind has a device model. */
  devicesInRoom(): DeviceSpec[] {
    const out: DeviceSpec[] = [];
    for (const item of Object.values(this.host.head().items)) {
      const model = getKind(item.kind)?.model;
      const kind = model ? deviceKindOfModel[model] : undefined;
      if (kind) out.push({ id: item.id, kind });
    }
    return out;
  }

  start(seed: number): LoggedEvent[] | null {
    const devices = this.devicesInRoom();
    const sys = OfficeSystem.create({ seed, devices });
    this.startAt = this.host.head().at;
    return this.commit(sys, 0, 'user');
  }

  /** Devices in the room that the running office does not have: placed after its start. */
  newcomers(): DeviceSpec[] {
    const sys = this.system();
    return sys ? this.devicesInRoom().filter((d) => !sys.actors.has(d.id)) : [];
  }

  /** Lets the devices placed since the start join the running office, now. */
  joinNewcomers(): LoggedEvent[] | null {
    const sys = this.system();
    const devices = this.newcomers();
    if (!sys || devices.length === 0) return null;
    const from = sys.journal.length;
    const t = Math.max(sys.now, this.host.head().at - this.startAt);
    this.stepTo(sys, t);
    sys.join(devices, t);
    return this.commit(sys, from, 'sim');
  }

  /** Moves office time forward by `ms`, firing due timers in order. */
  advance(ms: number): LoggedEvent[] | null {
    const sys = this.system();
    if (!sys) return null;
    const from = sys.journal.length;
    this.stepTo(sys, sys.now + ms);
    return this.commit(sys, from, 'sim');
  }

  /** Sends a command now (office time = the head's time). */
  send(to: string, command: AnyCommand): LoggedEvent[] | null {
    const sys = this.system();
    if (!sys) return null;
    const from = sys.journal.length;
    const t = Math.max(sys.now, this.host.head().at - this.startAt);
    this.stepTo(sys, t);
    sys.send({ to, command }, t);
    return this.commit(sys, from, 'sim');
  }

  private stepTo(sys: OfficeSystem, t: number): void {
    for (let due = sys.nextDue(); due !== undefined && due <= t; due = sys.nextDue()) {
      sys.advanceTo(due);
    }
    if (t > sys.now) sys.advanceTo(t);
  }

  private commit(sys: OfficeSystem, from: number, source: 'user' | 'sim'): LoggedEvent[] | null {
    const fresh: LoggedEvent[] = sys.journal.slice(from);
    const proposed: ProposedEvent[] = fresh.map((e) => ({
      type: e.type,
      payload: e.payload,
      at: e.at + this.startAt,
      source: userInputs.has(e.type) ? 'user' : source,
    }));
    const outcome = this.host.append(proposed);
    if (outcome !== 'appended') {
      // The system ran ahead of the log: until the log holds these events (a
      // forwarded batch comes back from the writer, or not at all), the next
      // read rebuilds from the log instead of trusting this copy.
      this.sys = null;
      this.seen = 0;
      this.seenLastId = undefined;
      return outcome === 'refused' ? null : fresh;
    }
    this.sys = sys;
    const events = this.host.events();
    this.seen = events.length;
    this.seenLastId = events.at(-1)?.id;
    return fresh;
  }

  /** Jumps to the next device timer, if there is one. */
  runToNextEvent(): LoggedEvent[] | null {
    const sys = this.system();
    const due = sys?.nextDue();
    if (!sys || due === undefined) return null;
    return this.advance(Math.max(0, due - sys.now));
  }
}
