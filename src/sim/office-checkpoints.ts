import {
  type DeviceSpec,
  inputEventTypes,
  type LoggedEvent,
  OfficeSystem,
  replayInput,
} from '../../models';
import type { EventEnvelope } from '../core/envelope';

/**
 * Input events replayed between two checkpoints. A seek replays at most this
 * many (about 2–4 ms on this machine); each checkpoint costs a copy of the
 * devices' state, not of the log.
 */
export const CHECKPOINT_EVERY = 256;

interface Checkpoint {
  /** Index in the events array of the last event the checkpoint has seen. */
  index: number;
  /** How long the run's journal was there. */
  journalLength: number;
  /** A fork with an empty journal: the run's journal holds it. */
  sys: OfficeSystem;
}

/** One office run (an OfficeSystemStarted and what follows it) of one events array. */
interface Run {
  checkpoints: Checkpoint[];
  /** The journal of the run as far as it has been replayed: the same for every replay of it. */
  journal: readonly LoggedEvent[];
}

/**
 * Per branch log (its events array, which only grows in place), the
 * checkpoints of each office run in it, so that a timeline seek into a long
 * simulated day replays from the nearest checkpoint, not from the start.
 * Replay is deterministic: a system from here equals `rebuildFromLog` of
 * the same prefix, journal included (tested).
 */
export class OfficeCheckpoints {
  private readonly runs = new WeakMap<readonly EventEnvelope[], Map<number, Run>>();

  private lastView: {
    events: readonly EventEnvelope[];
    start: number;
    end: number;
    sys: OfficeSystem;
  } | null = null;

  constructor(readonly every = CHECKPOINT_EVERY) {}

  /**
   * The office system after the first `end` events, in the run that starts
   * at `start` (an OfficeSystemStarted). Returned systems are the caller's
   * to drive on: checkpoints are never handed out, only forks of them.
   */
  replay(events: readonly EventEnvelope[], start: number, end: number): OfficeSystem {
    const run = this.runOf(events, start);
    const startAt = events[start]!.at;
    const cp = latestBefore(run.checkpoints, end);
    let sys: OfficeSystem;
    let from: number;
    if (cp) {
      sys = cp.sys.fork(run.journal.slice(0, cp.journalLength));
      from = cp.index + 1;
    } else {
      const cfg = events[start]!.payload as { seed: number; devices: DeviceSpec[] };
      sys = OfficeSystem.create({ seed: cfg.seed, devices: cfg.devices });
      from = start + 1;
    }
    let inputs = 0;
    for (let i = from; i < end; i++) {
      const e = events[i]!;
      if (!inputEventTypes.has(e.type)) continue;
      replayInput(sys, { type: e.type, at: e.at - startAt, payload: e.payload });
      if (++inputs % this.every === 0 && i > (run.checkpoints.at(-1)?.index ?? start)) {
        run.checkpoints.push({ index: i, journalLength: sys.journal.length, sys: sys.fork([]) });
      }
    }
    // The longest replay of the run so far keeps its journal, copied: the caller drives `sys` on.
    if (sys.journal.length > run.journal.length) run.journal = sys.journal.slice();
    return sys;
  }

  /**
   * The same, for reading only (the devices panel in the past, the status
   * lights): the last one is kept, so two views of one moment replay once.
   * A view must not be driven on; `replay` gives one that may.
   */
  view(events: readonly EventEnvelope[], start: number, end: number): OfficeSystem {
    const last = this.lastView;
    if (last?.events === events && last.start === start && last.end === end) return last.sys;
    const sys = this.replay(events, start, end);
    this.lastView = { events, start, end, sys };
    return sys;
  }

  private runOf(events: readonly EventEnvelope[], start: number): Run {
    let byStart = this.runs.get(events);
    if (!byStart) {
      byStart = new Map();
      this.runs.set(events, byStart);
    }
    let run = byStart.get(start);
    if (!run) {
      run = { checkpoints: [], journal: [] };
      byStart.set(start, run);
    }
    return run;
  }
}

/** The app's one cache: the runtime, the devices panel and the status lights share it. */
export const officeCheckpoints = new OfficeCheckpoints();

/** The last checkpoint that has seen fewer than `end` events. */
function latestBefore(list: readonly Checkpoint[], end: number): Checkpoint | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.index < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}
