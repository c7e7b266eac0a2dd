import type { AnyMachineSnapshot } from 'xstate';
import { createShareMachine } from '../devices/network/share.machine';
import { type Refused, refused } from '../events/refusal';
import { seedRng } from '../rng';
import { type AnyCommand, type DeviceSpec, OFFICE, type SystemCommand } from './commands';
import { type BuiltDevice, buildDevice, type DeviceKind } from './device-kinds';
import { applyToIndex, type DocumentIndex } from './document-index';
import { type Flat, type LoggedEvent, type OfficeConfig, payloadOf, timed } from './event-shapes';
import { officeCommand } from './office-commands';
import { networkChange, uploadToComputer } from './router';
import { type ExecutedAction, InertScope } from './scope';
import { TimerQueue } from './timer-queue';

export interface ActorEntry {
  id: string;
  kind: DeviceKind | 'share';
  built: BuiltDevice;
  snapshot: AnyMachineSnapshot;
}

/** Serialisable view of everything the runtime holds, for tests and the app. */
export interface OfficeSystemState {
  now: number;
  online: boolean;
  shareSeq: number;
  actors: Record<string, { kind: string; value: unknown; context: unknown }>;
  timers: Array<{ due: number; actorId: string; type: string }>;
  index: DocumentIndex;
}

/**
 * The office system: hosts one XState machine per device (plus one per
 * share), drives them with pure `transition()`, fires their delayed
 * transitions from its own timer queue on the simulation clock, routes
 * uploads to the computer and keeps the document index.
 */
export class OfficeSystem {
  readonly actors = new Map<string, ActorEntry>();
  readonly timers = new TimerQueue();
  readonly index: DocumentIndex = {};
  /** Inputs and outputs in order; a prefix of it is a valid log prefix. */
  readonly journal: LoggedEvent[] = [];
  now = 0;
  online = true;
  shareSeq = 0;
  /** Emitted, not yet logged: a FIFO read from `pendingHead`, emptied by each drain. */
  private pending: Flat[] = [];
  private pendingHead = 0;
  private out: LoggedEvent[] = [];
  /** Reused by every transition; its sink is `actions`, emptied before each one. */
  private readonly inert = new InertScope();
  private readonly actions: ExecutedAction[] = [];
  /** The first actor of each kind (a device that joins later is first only of a new kind). */
  private readonly firstByKind = new Map<ActorEntry['kind'], ActorEntry>();

  constructor(
    readonly config: OfficeConfig,
    forkOf?: { from: OfficeSystem; journal: readonly LoggedEvent[] },
  ) {
    if (forkOf) {
      this.copyFrom(forkOf.from, forkOf.journal);
      return;
    }
    this.journal.push({ type: 'OfficeSystemStarted', at: 0, payload: config });
    for (const spec of config.devices) {
      if (spec.id === OFFICE || this.actors.has(spec.id)) {
        throw new Error(`duplicate or reserved device id ${spec.id}`);
      }
      this.spawnDevice(spec);
    }
    this.drain();
  }

  /**
   * Devices placed after the start join at `at`, online if the office is,
   * their randomness seeded from their ids like the first ones: a room that
   * grows keeps its running devices and their material. An id already
   * running (or the office's own) is refused, not replaced.
   */
  join(devices: readonly DeviceSpec[], at: number): LoggedEvent[] {
    this.out = [];
    this.journal.push({ type: 'DevicesJoined', at, payload: { devices } });
    this.runTimersUntil(at);
    for (const spec of devices) {
      if (spec.id === OFFICE || this.actors.has(spec.id)) {
        this.refuse(refused(spec.id, 'JOIN', 'office.duplicateDevice', { deviceId: spec.id }));
      } else {
        this.spawnDevice(spec);
      }
      this.drain();
    }
    return this.out;
  }

  private spawnDevice(spec: DeviceSpec): void {
    const built = buildDevice(spec.kind, spec.params);
    const input = {
      deviceId: spec.id,
      rng: seedRng(this.config.seed, spec.id),
      online: this.online,
    };
    this.spawn(spec.id, spec.kind, built, input);
  }

  static create(config: OfficeConfig): OfficeSystem {
    return new OfficeSystem(config);
  }

  /**
   * An independent copy as of now, that goes on by itself: the devices'
   * XState snapshots are immutable and shared; the timers, the index, the
   * clock and the journal are copied. `journal` replaces the journal (it
   * must be this system's, or a copy of it: a checkpoint keeps none).
   */
  fork(journal: readonly LoggedEvent[] = this.journal): OfficeSystem {
    return new OfficeSystem(this.config, { from: this, journal });
  }

  private copyFrom(from: OfficeSystem, journal: readonly LoggedEvent[]): void {
    for (const a of from.actors.values()) {
      const entry: ActorEntry = { id: a.id, kind: a.kind, built: a.built, snapshot: a.snapshot };
      this.actors.set(a.id, entry);
      if (!this.firstByKind.has(a.kind)) this.firstByKind.set(a.kind, entry);
    }
    this.timers.copyFrom(from.timers);
    // Index entries are folded in place (stage, counts, paper): each is copied.
    for (const [id, m] of Object.entries(from.index)) {
      this.index[id] = { ...m, paper: m.paper ? { ...m.paper } : null };
    }
    for (let i = 0; i < journal.length; i++) this.journal.push(journal[i]!);
    this.now = from.now;
    this.online = from.online;
    this.shareSeq = from.shareSeq;
  }

  /** Advances the clock to `at` (firing due timers), then applies the command. */
  send(cmd: SystemCommand, at: number): LoggedEvent[] {
    this.out = [];
    // The input comes first in the journal: every output of a prefix follows its input.
    this.journal.push({ type: 'DeviceCommanded', at, payload: cmd });
    this.runTimersUntil(at);
    if (cmd.to === OFFICE) {
      officeCommand(this, cmd.command);
    } else if (this.actors.has(cmd.to)) {
      this.deliver(cmd.to, timed(cmd.command, at), cmd.command.type);
    } else {
      this.refuse(refused(cmd.to, cmd.command.type, 'office.unknownDevice', { deviceId: cmd.to }));
    }
    this.drain();
    return this.out;
  }

  /** Fires every device timer due up to `at`, in time order. */
  advanceTo(at: number): LoggedEvent[] {
    this.out = [];
    this.journal.push({ type: 'SimClockAdvanced', at, payload: {} });
    this.runTimersUntil(at);
    return this.out;
  }

  /** When the next timer fires, if any: lets a driver jump straight to it. */
  nextDue(): number | undefined {
    return this.timers.peek()?.due;
  }

  private runTimersUntil(at: number): void {
    if (at < this.now) throw new RangeError(`time goes forward only: ${at} < ${this.now}`);
    for (let t = this.timers.popDue(at); t; t = this.timers.popDue(at)) {
      this.now = t.due;
      this.deliver(t.actorId, t.event, null);
      this.drain();
    }
    this.now = at;
  }

  spawn(id: string, kind: ActorEntry['kind'], built: BuiltDevice, input: unknown): void {
    const actions = this.actions;
    actions.length = 0;
    this.inert.sink = actions;
    // What xstate's initialTransition() does, with the reused scope.
    const snapshot = built.logic.getInitialSnapshot(this.inert.scope, input) as AnyMachineSnapshot;
    const entry: ActorEntry = { id, kind, built, snapshot };
    this.actors.set(id, entry);
    if (!this.firstByKind.has(kind)) this.firstByKind.set(kind, entry);
    this.execute(id, actions);
  }

  /** `command` names the user command for refusals; null for timer and routed events. */
  deliver(actorId: string, event: Flat, command: string | null): void {
    const entry = this.actors.get(actorId);
    if (!entry) return;
    const actions = this.actions;
    actions.length = 0;
    this.inert.sink = actions;
    const next = entry.built.logic.transition(entry.snapshot, event, this.inert.scope);
    if (command !== null && next === entry.snapshot && actions.length === 0) {
      this.refuse(
        refused(actorId, command, 'device.notReady', { state: JSON.stringify(next.value) }),
      );
      return;
    }
    entry.snapshot = next;
    this.execute(actorId, actions);
  }

  private execute(actorId: string, actions: readonly ExecutedAction[]) {
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]!;
      const p = a.params as Record<string, unknown> | undefined;
      switch (a.type) {
        case 'xstate.emit':
          this.pending.push(p?.event as Flat);
          break;
        case 'xstate.raise':
          if (p && typeof p.delay === 'number') {
            this.timers.add({
              due: this.now + p.delay,
              actorId,
              sendId: String(p.id),
              event: p.event as { type: string },
            });
          }
          break;
        case 'xstate.cancel':
          this.timers.cancel(actorId, String(p?.sendId));
          break;
        default:
          break;
      }
    }
  }

  refuse(r: Refused): void {
    this.pending.push(r);
  }

  emitOffice(e: Flat): void {
    this.pending.push(e);
  }

  /** Processes emitted events first in, first out: logs each, folds it, routes it. */
  private drain(): void {
    const pending = this.pending;
    while (this.pendingHead < pending.length) {
      const e = pending[this.pendingHead++]!;
      const logged: LoggedEvent = { type: e.type, at: this.now, payload: payloadOf(e) };
      this.journal.push(logged);
      this.out.push(logged);
      const changes = applyToIndex(this.index, e);
      for (let i = 0; i < changes.length; i++) {
        const c = changes[i]!;
        pending.push({ type: 'MaterialStageChanged', assetId: c.assetId, from: c.from, to: c.to });
      }
      this.route(e);
    }
    pending.length = 0;
    this.pendingHead = 0;
  }

  private route(e: Flat): void {
    const upload = uploadToComputer(e, this.now);
    if (upload) {
      const computer = this.firstOfKind('computer');
      if (computer) this.deliver(computer.id, upload, null);
      return;
    }
    const online = networkChange(e);
    if (online !== null) {
      this.online = online;
      for (const a of this.actors.values()) {
        if (a.kind !== 'network') {
          this.deliver(a.id, { type: 'NETWORK_CHANGED', online, at: this.now }, null);
        }
      }
    }
  }

  firstOfKind(...kinds: ActorEntry['kind'][]): ActorEntry | undefined {
    if (kinds.length === 1) return this.firstByKind.get(kinds[0]!);
    for (const a of this.actors.values()) if (kinds.includes(a.kind)) return a;
    return undefined;
  }

  /** Starts a share actor on the network device: "machine of machines". */
  startShare(network: ActorEntry, assetId: string, client: string, bytes: number): void {
    this.shareSeq++;
    const id = `${network.id}-sh${this.shareSeq}`;
    const logic = network.built.share ?? createShareMachine(network.built.network);
    const input = {
      deviceId: network.id,
      shareId: id,
      assetId,
      client,
      bytes,
      online: this.online,
      rng: seedRng(this.config.seed, id),
    };
    this.spawn(id, 'share', { logic }, input);
  }

  stateOf(id: string): { value: unknown; context: unknown } | undefined {
    const a = this.actors.get(id);
    return a ? { value: a.snapshot.value, context: a.snapshot.context } : undefined;
  }

  state(): OfficeSystemState {
    const actors: OfficeSystemState['actors'] = {};
    for (const a of this.actors.values()) {
      actors[a.id] = { kind: a.kind, value: a.snapshot.value, context: a.snapshot.context };
    }
    return {
      now: this.now,
      online: this.online,
      shareSeq: this.shareSeq,
      actors,
      timers: this.timers
        .list()
        .map((t) => ({ due: t.due, actorId: t.actorId, type: t.event.type })),
      index: this.index,
    };
  }
}

export type { AnyCommand };
