import type { BranchInfo } from '../branch-info';
import type { EventEnvelope } from '../envelope';
import type { StoredSnapshot } from '../state-schema';
import type { EventStorePort, WriteBatch } from './port';

export interface WriteQueueOptions {
  /** Events arriving within this window share one transaction. */
  delayMs?: number;
  onChange?: (unsaved: number) => void;
  onError?: (error: unknown) => void;
}

const emptyBatch = (): WriteBatch => ({ events: [], branches: [], deletedBranches: [] });

/**
 * Batches writes into one IndexedDB transaction per burst. An event counts
 * as saved only when the transaction that holds it has completed; until
 * then it is counted in `unsaved`. A failed write keeps its events queued
 * (they are still in memory) and reports the error once.
 */
export class WriteQueue {
  private queued = emptyBatch();
  private inFlight = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private failed = false;

  constructor(
    private readonly port: EventStorePort,
    private readonly opts: WriteQueueOptions = {},
  ) {}

  get unsaved(): number {
    return this.queued.events.length + this.inFlight;
  }

  get hasFailed(): boolean {
    return this.failed;
  }

  events(branchId: string, events: readonly EventEnvelope[]): void {
    for (const event of events) this.queued.events.push({ branchId, event });
    this.schedule();
  }

  branch(info: BranchInfo): void {
    this.queued.branches = this.queued.branches.filter((b) => b.id !== info.id).concat(info);
    this.schedule();
  }

  deleteBranch(id: string): void {
    this.queued.events = this.queued.events.filter((e) => e.branchId !== id);
    this.queued.branches = this.queued.branches.filter((b) => b.id !== id);
    this.queued.snapshots = (this.queued.snapshots ?? []).filter((s) => s.branchId !== id);
    this.queued.deletedBranches.push(id);
    this.schedule();
  }

  /** The branch's latest snapshot; a newer one replaces a queued older one. */
  snapshot(branchId: string, snapshot: StoredSnapshot): void {
    const others = (this.queued.snapshots ?? []).filter((s) => s.branchId !== branchId);
    this.queued.snapshots = [...others, { branchId, snapshot }];
    this.schedule();
  }

  lastOpen(id: string): void {
    this.queued.lastOpenBranch = id;
    this.schedule();
  }

  /** Writes everything queued now; resolves when it is saved (or has failed). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.running) await this.running;
    const batch = this.queued;
    if (
      !batch.events.length &&
      !batch.branches.length &&
      !batch.deletedBranches.length &&
      !batch.lastOpenBranch &&
      !batch.snapshots?.length
    ) {
      return;
    }
    this.queued = emptyBatch();
    this.inFlight = batch.events.length;
    this.opts.onChange?.(this.unsaved);
    this.running = this.port
      .write(batch)
      .then(() => {
        this.failed = false;
      })
      .catch((error: unknown) => {
        // Keep the batch ahead of anything queued since, so order is kept on retry.
        this.queued = merge(batch, this.queued);
        if (!this.failed) this.opts.onError?.(error);
        this.failed = true;
      })
      .finally(() => {
        this.inFlight = 0;
        this.running = null;
        this.opts.onChange?.(this.unsaved);
      });
    await this.running;
  }

  private schedule(): void {
    this.opts.onChange?.(this.unsaved);
    // After a failure, writes wait for an explicit retry (flush) instead of looping.
    if (this.timer || this.failed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.opts.delayMs ?? 25);
  }
}

function merge(a: WriteBatch, b: WriteBatch): WriteBatch {
  return {
    events: [...a.events, ...b.events],
    branches: [...a.branches.filter((x) => !b.branches.some((y) => y.id === x.id)), ...b.branches],
    deletedBranches: [...a.deletedBranches, ...b.deletedBranches],
    lastOpenBranch: b.lastOpenBranch ?? a.lastOpenBranch,
    snapshots: [
      ...(a.snapshots ?? []).filter((x) => !b.snapshots?.some((y) => y.branchId === x.branchId)),
      ...(b.snapshots ?? []),
    ],
  };
}
