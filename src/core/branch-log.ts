import { enablePatches, freeze, type Patch, produceWithPatches } from 'immer';
import { type EventEnvelope, eventSources, metaSchema, type ProposedEvent } from './envelope';
import { applyEvent } from './fold';
import { formatIssuePath } from './issue-path';
import { initialOfficeState, type OfficeState } from './office-state';
import { type Reason, reason } from './reason';
import type { EventError, EventRegistry } from './registry';
import { err, ok, type Result } from './result';
import { schemaReason } from './schema-reason';
import { type StoredLogError, storedLogError } from './stored-log-error';

enablePatches();

/** Snapshot spacing chosen by measurement (see README, core.seek.p95_ms). */
export const DEFAULT_SNAPSHOT_EVERY = 4096;

export interface AppendOptions {
  /** Undo drops compensations that no longer apply instead of refusing all. */
  dropRefused?: boolean;
  now?: () => string;
}

export interface Appended {
  events: EventEnvelope[];
  state: OfficeState;
  patches: Patch[];
}

export interface BranchLogInit {
  events?: EventEnvelope[];
  snapshotEvery?: number;
  initial?: OfficeState;
  /**
   * A stored snapshot to start from (restore): the events up to its seq are
   * not folded again. Ignored unless its seq is a multiple of K within the log.
   */
  snapshot?: { seq: number; state: OfficeState };
}

/** A log restored from its stored snapshot and the events after it only (see `BranchLog.fromTail`). */
export interface TailInit {
  snapshot: { seq: number; state: OfficeState };
  /** Events snapshot.seq + 1 .. head, in order. */
  tail: EventEnvelope[];
  /** Events at or before snapshot.seq that views read beyond the state (kept until the rest arrives). */
  carried?: EventEnvelope[];
  snapshotEvery?: number;
}

/**
 * One branch's events, its head state and its snapshot cache.
 *
 * Invariants: `events[i].seq === i + 1`; `head` is the fold of all events
 * and is frozen (immer); `snapshots[k]` is the state after seq k·K and is
 * never mutated (seek clones it). Snapshots are caches: dropping them
 * changes nothing but speed.
 */
export class BranchLog {
  readonly registry: EventRegistry;
  readonly snapshotEvery: number;
  /** Events base + 1 .. length: `events[i].seq === base + i + 1`. */
  private events: EventEnvelope[];
  /**
   * Seq of the last event not in memory: 0 for a whole log; the stored
   * snapshot's seq for a log restored from its tail until `supplyHistory`.
   */
  private missing = 0;
  private carriedEvents: EventEnvelope[] = [];
  /** Sparse after a restore from a stored snapshot: gaps fill on demand. */
  private readonly snapshots: Array<OfficeState | undefined>;
  private headState: OfficeState;
  private nextId: () => string;

  constructor(registry: EventRegistry, newId: () => string, init: BranchLogInit = {}) {
    this.registry = registry;
    this.nextId = newId;
    this.snapshotEvery = init.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY;
    const initial = init.initial ?? initialOfficeState();
    this.events = init.events ? init.events.slice() : [];
    this.snapshots = [freeze(structuredClone(initial), true)];
    const K = this.snapshotEvery;
    const stored = init.snapshot;
    let from = 0;
    let working = structuredClone(initial);
    if (stored && stored.seq > 0 && stored.seq % K === 0 && stored.seq <= this.events.length) {
      from = stored.seq;
      working = structuredClone(stored.state);
      this.snapshots[from / K] = freeze(structuredClone(stored.state), true);
    }
    // Bulk fold once without immer, cloning at every K for the seek cache.
    for (let i = from; i < this.events.length; i++) {
      applyEvent(registry, working, this.events[i]!);
      if ((i + 1) % K === 0) this.snapshots[(i + 1) / K] = freeze(structuredClone(working), true);
    }
    this.headState = freeze(working, true);
  }

  get head(): OfficeState {
    return this.headState;
  }

  /**
   * A log whose events before a stored snapshot are not loaded yet: the head
   * and every state from the snapshot on are exact; `all`, `prefix` and
   * `stateAt` before the snapshot refuse until `supplyHistory` (a partial
   * log is never handed out as if it were whole).
   */
  static fromTail(
    registry: EventRegistry,
    newId: () => string,
    init: TailInit,
  ): Result<BranchLog, StoredLogError> {
    const K = init.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY;
    const S = init.snapshot.seq;
    if (!(S > 0 && S % K === 0)) return refuse(reason('snapshotOffGrid', { seq: S, every: K }));
    for (const [i, e] of init.tail.entries()) {
      if (e.seq !== S + i + 1) return refuse(reason('seqGap', { expected: S + i + 1, got: e.seq }));
    }
    let last = 0;
    for (const e of init.carried ?? []) {
      if (!(e.seq > last && e.seq <= S)) return refuse(reason('carriedOutOfOrder', { seq: e.seq }));
      last = e.seq;
    }
    const log = new BranchLog(registry, newId, { snapshotEvery: K });
    log.missing = S;
    log.carriedEvents = (init.carried ?? []).slice();
    log.snapshots[S / K] = freeze(structuredClone(init.snapshot.state), true);
    const working = structuredClone(init.snapshot.state);
    for (const e of init.tail) {
      applyEvent(registry, working, e);
      if (e.seq % K === 0) log.snapshots[e.seq / K] = freeze(structuredClone(working), true);
    }
    log.events = init.tail.slice();
    log.headState = freeze(working, true);
    return ok(log);
  }

  /** The head's seq: the number of events in the log, loaded or not. */
  get length(): number {
    return this.missing + this.events.length;
  }

  /** Seq of the last event not in memory (0 when the whole log is). */
  get base(): number {
    return this.missing;
  }

  get complete(): boolean {
    return this.missing === 0;
  }

  /** Read-only view of all the events; callers must not mutate it. Throws on a partial log. */
  all(): readonly EventEnvelope[] {
    if (this.missing) throw new Error(`events 1..${this.missing} are still loading`);
    return this.events;
  }

  /** The events in memory, base + 1 .. length (all of them when complete). */
  loaded(): readonly EventEnvelope[] {
    return this.events;
  }

  /** The events after `seq` (seq >= base). */
  since(seq: number): readonly EventEnvelope[] {
    if (seq < this.missing) throw new Error(`events 1..${this.missing} are still loading`);
    return this.events.slice(seq - this.missing);
  }

  /** Events before base that views read beyond the state (empty when complete). */
  carried(): readonly EventEnvelope[] {
    return this.carriedEvents;
  }

  /** Undefined for a seq outside the log or not loaded yet. */
  event(seq: number): EventEnvelope | undefined {
    return seq > this.missing ? this.events[seq - 1 - this.missing] : undefined;
  }

  /** Whether `older` are exactly this log's missing events 1..base: checked before any is taken. */
  historyFits(older: readonly EventEnvelope[]): Result<true, StoredLogError> {
    if (older.length !== this.missing)
      return refuse(reason('olderCount', { expected: this.missing, got: older.length }));
    for (const [i, e] of older.entries()) {
      if (e.seq !== i + 1) return refuse(reason('seqGap', { expected: i + 1, got: e.seq }));
    }
    return ok(true);
  }

  /**
   * Completes a partial log with its events 1..base (read in the
   * background). Refused unless they are exactly those seqs; the head does
   * not change, it was folded from the snapshot already.
   */
  supplyHistory(older: readonly EventEnvelope[]): Result<true, StoredLogError> {
    const fits = this.historyFits(older);
    if (!fits.ok) return fits;
    this.events = older.concat(this.events);
    this.missing = 0;
    this.carriedEvents = [];
    return ok(true);
  }

  /** The state after event `seq` (0: before any), in O(K). Returns a fresh mutable copy. */
  stateAt(seq: number): OfficeState {
    if (!Number.isInteger(seq) || seq < this.missing || seq > this.length) {
      throw new RangeError(`seq ${seq} is outside ${this.missing}..${this.length}`);
    }
    const K = this.snapshotEvery;
    let k = Math.min(Math.floor(seq / K), this.snapshots.length - 1);
    while (!this.snapshots[k]) k--;
    const state = structuredClone(this.snapshots[k]!);
    // Fold forward, filling snapshot gaps left by a restore on the way.
    for (let i = k * K; i < seq; i++) {
      applyEvent(this.registry, state, this.events[i - this.missing]!);
      const at = (i + 1) / K;
      if (Number.isInteger(at) && !this.snapshots[at])
        this.snapshots[at] = freeze(structuredClone(state), true);
    }
    return state;
  }

  /** The cached state after seq (a multiple of K), for persisting; undefined if not cached. */
  snapshotAt(seq: number): OfficeState | undefined {
    return seq % this.snapshotEvery === 0 ? this.snapshots[seq / this.snapshotEvery] : undefined;
  }

  /**
   * Validates and appends proposed events as one batch: each is checked
   * against the state the previous ones produced, and nothing is appended
   * unless all pass (or, with `dropRefused`, the refused ones are left out).
   */
  append(
    proposed: readonly ProposedEvent[],
    opts: AppendOptions = {},
  ): Result<Appended, EventError> {
    const accepted: EventEnvelope[] = [];
    let failure = null as EventError | null;
    const [next, patches] = produceWithPatches(this.headState, (d) => {
      let at = d.at;
      for (const [i, p] of proposed.entries()) {
        const def = this.registry.get(p.type);
        const payload = this.registry.validatePayload(p.type, p.payload);
        if (!def || !payload.ok) {
          const e = payload.ok
            ? { path: 'type', reason: reason('unknownType', { type: p.type }) }
            : payload.error;
          if (opts.dropRefused) continue;
          failure = { index: i, type: p.type, ...e };
          return;
        }
        const bad = envelopeIssue(p);
        if (bad) {
          if (opts.dropRefused) continue;
          failure = { index: i, type: p.type, ...bad };
          return;
        }
        const eventAt = p.at ?? at;
        if (!Number.isFinite(eventAt) || eventAt < at) {
          failure = {
            index: i,
            type: p.type,
            path: 'at',
            reason: reason('timeBefore', { at: eventAt, before: at }),
          };
          return;
        }
        const event: EventEnvelope = {
          seq: this.length + accepted.length + 1,
          id: this.nextId(),
          type: p.type,
          v: def.version,
          at: eventAt,
          source: p.source ?? 'user',
          payload: payload.value,
          ...(p.meta ? { meta: p.meta } : {}),
        };
        const refused = def.check?.(d as OfficeState, event, 'append');
        if (refused) {
          if (opts.dropRefused) continue;
          failure = {
            index: i,
            type: p.type,
            path: `payload.${refused.path}`,
            reason: refused.reason,
          };
          return;
        }
        applyEvent(this.registry, d as OfficeState, event);
        at = eventAt;
        accepted.push(freeze(event, true));
      }
    });
    if (failure) return err(failure);
    if (accepted.length === 0) return ok({ events: [], state: this.headState, patches: [] });
    this.commit(accepted, next);
    return ok({ events: accepted, state: next, patches });
  }

  /**
   * Appends events that were validated elsewhere (another tab's writer, or a
   * follower catching up): folds them without immer.
   */
  appendTrusted(events: readonly EventEnvelope[]): OfficeState {
    if (events.length === 0) return this.headState;
    const first = events[0]!;
    if (first.seq !== this.length + 1) {
      throw new Error(`seq gap: expected ${this.length + 1}, got ${first.seq}`);
    }
    const working = structuredClone(this.headState);
    for (const e of events) applyEvent(this.registry, working, e);
    this.commit(events, freeze(working, true));
    return this.headState;
  }

  /** The events 1..seq as a new log sharing event objects (for "continue from here"). */
  prefix(seq: number): EventEnvelope[] {
    if (this.missing && seq > 0) throw new Error(`events 1..${this.missing} are still loading`);
    return this.events.slice(0, seq);
  }

  private commit(events: readonly EventEnvelope[], next: OfficeState): void {
    const K = this.snapshotEvery;
    for (const e of events) {
      this.events.push(e);
      // Head states from immer are immutable; a boundary inside a batch
      // is folded from the previous snapshot instead.
      if (e.seq % K === 0) {
        this.snapshots[e.seq / K] = e.seq === next.seq ? next : freeze(this.stateAt(e.seq), true);
      }
    }
    this.headState = next;
  }
}

/** A stored log that does not fit; the caller names the branch. */
const refuse = (why: Reason) => err(storedLogError(null, null, why));

/**
 * The source and meta of a proposal are stored as given, so they must be
 * what an import of the exported log accepts.
 */
function envelopeIssue(p: ProposedEvent): Omit<EventError, 'index' | 'type'> | null {
  if (p.source !== undefined && !eventSources.includes(p.source)) {
    return { path: 'source', reason: reason('unknownSource', { source: String(p.source) }) };
  }
  if (p.meta === undefined) return null;
  const m = metaSchema.safeParse(p.meta, { reportInput: true });
  if (m.success) return null;
  const issue = m.error.issues[0]!;
  return { path: formatIssuePath(['meta', ...issue.path]), reason: schemaReason(issue) };
}
