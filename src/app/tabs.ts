import type { BranchInfo } from '../core/branch-info';
import { reason } from '../core/reason';
import type { Workspace } from '../core/workspace';
import { newId } from './ids';
import type { EditSink, OfficeStore } from './office-store';
import type { Problem } from './problem';
import {
  CHANNEL_NAME,
  type ForwardedEdit,
  type SyncRequest,
  type TabMessage,
} from './tab-messages';

const lacksHistory: Problem = { kind: 'app', reason: { code: 'writerLacksHistory', params: {} } };

/**
 * One writer per origin (held by a Web Lock); the other tabs follow the
 * writer through a BroadcastChannel and forward their edits to it. Events
 * only ever get their seq in the writer, so one log is never interleaved.
 *
 * Either side may have restored from the open branch's tail only, its
 * history still loading (see CONTEXT.md, "Tabs while a history loads").
 */
export class TabLink {
  private readonly channel: BroadcastChannel | null;
  /** Pending until the writer lock answers: such a tab neither answers nor announces. */
  private role: 'pending' | 'writer' | 'follower' = 'pending';
  /**
   * A follower that booted on an empty database made its own default branch;
   * it is dropped for the writer's as soon as the writer's arrives, so edits
   * forwarded from here name a branch the writer has.
   */
  private provisional: string | null = null;
  /** Writer: per follower, its latest sync request that needs events this tab has not loaded yet. */
  private readonly heldSyncs = new Map<string, SyncRequest>();
  /** Writer: follower edits waiting for this tab's history, in arrival order. */
  private heldEdits: ForwardedEdit[] = [];
  /** Follower: renames of branches this tab has not loaded yet, applied once they are in. */
  private heldRenames: BranchInfo[] = [];

  /**
   * @param id this tab's id on the channel: the writer names the follower it
   *   refuses something to.
   */
  constructor(
    private readonly ws: Workspace,
    private readonly store: OfficeStore,
    readonly id: string = newId(),
  ) {
    this.channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
    this.channel?.addEventListener('message', (m: MessageEvent<TabMessage>) =>
      this.receive(m.data),
    );
    ws.subscribe((c) => {
      if (c.kind === 'historyLoaded' || c.kind === 'historyFailed') {
        this.afterHistory(c.kind === 'historyLoaded');
        return;
      }
      // Loading again after a failure: what needs the older events waits for them, as at boot.
      if (c.kind === 'historyRetried') return;
      if (this.role !== 'writer') return;
      switch (c.kind) {
        case 'appended':
          if (c.events.length)
            this.post({ kind: 'appended', branchId: c.branchId, events: [...c.events] });
          return;
        case 'branchCreated':
          this.post({
            kind: 'branchCreated',
            info: c.branch.info,
            events: [...c.branch.log.all()],
          });
          return;
        case 'branchDeleted':
          this.post({ kind: 'branchDeleted', branchId: c.branchId });
          return;
        case 'branchRenamed':
          this.post({ kind: 'branchRenamed', info: c.info });
          return;
        case 'switched':
          return;
        default: {
          const never: never = c;
          throw new Error(`unhandled change ${(never as { kind: string }).kind}`);
        }
      }
    });
  }

  becomeFollower(provisionalBranch: string | null = null): void {
    this.role = 'follower';
    this.provisional = provisionalBranch;
    const sink: EditSink = {
      propose: (branchId, events) =>
        this.post({ kind: 'propose', from: this.id, branchId, events }),
      undo: (branchId) => this.post({ kind: 'undo', from: this.id, branchId }),
      redo: (branchId) => this.post({ kind: 'redo', from: this.id, branchId }),
    };
    this.store.setRole('follower', sink);
    this.requestSync();
  }

  becomeWriter(): void {
    this.role = 'writer';
    this.provisional = null;
    this.store.setRole('writer', null);
    this.post({ kind: 'writerReady' });
  }

  close(): void {
    this.channel?.close();
  }

  /**
   * Asks the writer for what this tab lacks. Branches storage holds that
   * this tab is still reading itself are named as `known`, so the writer
   * does not send their whole logs over the channel.
   */
  private requestSync(): void {
    const heads: Record<string, number> = {};
    for (const info of this.ws.list()) heads[info.id] = this.ws.branch(info.id)!.log.length;
    const known = this.ws.historyFailed ? [] : this.ws.unloadedIds();
    this.post({ kind: 'sync', from: this.id, heads, ...(known.length ? { known } : {}) });
  }

  private post(m: TabMessage): void {
    this.channel?.postMessage(m);
  }

  private receive(m: TabMessage): void {
    if (this.role === 'writer') this.receiveAsWriter(m);
    else if (this.role === 'follower') this.receiveAsFollower(m);
  }

  /** The history arrived (`loaded`) or failed to: do what waited for it. */
  private afterHistory(loaded: boolean): void {
    if (loaded) {
      const renames = this.heldRenames;
      this.heldRenames = [];
      for (const info of renames) this.ws.rename(info.id, info.name);
    }
    if (this.role === 'writer') {
      // Now answerable in full, or (after a failure) in part with the rest refused.
      const syncs = [...this.heldSyncs.values()];
      this.heldSyncs.clear();
      for (const m of syncs) this.answerSync(m);
      const edits = this.heldEdits;
      this.heldEdits = [];
      for (const m of edits) this.applyEdit(m);
    } else if (this.role === 'follower') {
      // Storage was read a moment ago: ask for whatever the writer appended since.
      this.requestSync();
    }
  }

  private receiveAsWriter(m: TabMessage): void {
    switch (m.kind) {
      case 'propose':
      case 'undo':
      case 'redo':
        this.applyEdit(m);
        return;
      case 'sync':
        this.answerSync(m);
        return;
      default:
        // Another writer's announcements cannot happen while we hold the lock.
        return;
    }
  }

  /**
   * A follower's edit. While this tab's history loads, an edit on a branch
   * not loaded yet (or an undo/redo on a partial log, which needs the whole
   * log) waits for it, and so does every later edit on that branch, to keep
   * their order; after a failed load such an edit is refused. A refusal is
   * sent back to the follower, which shows it.
   */
  private applyEdit(m: ForwardedEdit): void {
    const ws = this.ws;
    const b = ws.branch(m.branchId);
    const ready =
      ws.historyLoaded ||
      (b !== undefined &&
        (m.kind === 'propose' || b.log.complete) &&
        !this.heldEdits.some((h) => h.branchId === m.branchId));
    if (!ready) {
      if (ws.historyFailed) this.refuse(m.from, 'edit', lacksHistory);
      else this.heldEdits.push(m);
      return;
    }
    if (!b) {
      const why = reason('noBranch', { id: m.branchId });
      this.refuse(m.from, 'edit', {
        kind: 'event',
        error: { index: 0, type: undefined, path: 'branch', reason: why },
      });
      return;
    }
    const r =
      m.kind === 'propose'
        ? ws.append(m.events, {}, m.branchId)
        : m.kind === 'undo'
          ? ws.undo(m.branchId)
          : ws.redo(m.branchId);
    if (r && !r.ok) this.refuse(m.from, 'edit', { kind: 'event', error: r.error });
  }

  /**
   * Sends a follower what it lacks. What this tab has in memory is sent at
   * once: events after the follower's head when that head is at or past the
   * branch's loaded base, and whole branches that are complete here, except
   * those the follower reads from storage itself. What needs events this
   * tab has not loaded is held (only the latest request per follower) until
   * the history is in, or refused if it failed to load.
   */
  private answerSync(m: SyncRequest): void {
    const heads = { ...m.heads };
    const known = new Set(m.known ?? []);
    let short = false;
    for (const info of this.ws.list()) {
      const log = this.ws.branch(info.id)!.log;
      const have = heads[info.id];
      if (have === undefined) {
        if (known.has(info.id)) continue;
        if (!log.complete) {
          short = true;
          continue;
        }
        this.post({ kind: 'branchCreated', info, events: [...log.all()] });
      } else if (have < log.length) {
        if (have < log.base) {
          short = true;
          continue;
        }
        this.post({ kind: 'appended', branchId: info.id, events: [...log.since(have)] });
      }
      heads[info.id] = log.length;
    }
    // Stored branches this tab has not read yet, which the follower lacks too.
    for (const id of this.ws.unloadedIds())
      if (heads[id] === undefined && !known.has(id)) short = true;
    this.heldSyncs.delete(m.from);
    if (!short) return;
    if (this.ws.historyFailed) this.refuse(m.from, 'sync', lacksHistory);
    else this.heldSyncs.set(m.from, { ...m, heads });
  }

  private refuse(to: string, about: 'edit' | 'sync', why: Problem): void {
    this.post({ kind: 'refused', to, about, reason: why });
  }

  private receiveAsFollower(m: TabMessage): void {
    switch (m.kind) {
      case 'appended': {
        const b = this.ws.branch(m.branchId);
        if (!b) {
          // A branch this tab is reading from storage: a sync follows its history.
          if (!this.ws.historyFailed && this.ws.unloadedIds().includes(m.branchId)) return;
          this.requestSync();
          return;
        }
        const fresh = m.events.filter((e) => e.seq > b.log.length);
        if (!fresh.length) return;
        // A gap means we missed a message: ask again instead of guessing.
        if (fresh[0]!.seq !== b.log.length + 1) {
          this.requestSync();
          return;
        }
        this.ws.appendTrusted(m.branchId, fresh);
        return;
      }
      case 'branchCreated': {
        if (!this.ws.branch(m.info.id)) this.ws.addBranch(m.info, m.events, { announce: true });
        const own = this.provisional;
        if (own && this.ws.branch(own) && m.info.parentId === null) {
          this.provisional = null;
          this.ws.switchTo(m.info.id);
          this.ws.deleteBranch(own);
        }
        return;
      }
      case 'writerReady':
        this.requestSync();
        return;
      case 'branchDeleted':
        // Once loaded this is deleteBranch (which keeps the last branch); while
        // the history loads the deletion waits for it (the branch may not be in yet).
        this.ws.deleteWhenLoaded(m.branchId);
        return;
      case 'branchRenamed':
        if (!this.ws.branch(m.info.id) && !this.ws.historyLoaded) {
          if (!this.ws.historyFailed) this.heldRenames.push(m.info);
          return;
        }
        this.ws.rename(m.info.id, m.info.name);
        return;
      case 'refused':
        if (m.to !== this.id) return;
        // A refused edit is that edit's outcome; a refused sync is the state of this tab's history.
        this.store.setNotice(
          m.about === 'edit'
            ? { kind: 'error', key: 'status.refused', reason: this.named(m.reason) }
            : {
                kind: 'error',
                about: 'state',
                key: 'timeline.historyFailed',
                reason: this.named(m.reason),
              },
        );
        return;
      default:
        return;
    }
  }

  /**
   * The writer names a branch it does not hold by id (it has no name for
   * it); this tab still knows the branch, so the refusal says which, and why.
   */
  private named(p: Problem): Problem {
    if (p.kind !== 'event' || p.error.reason.code !== 'noBranch') return p;
    const info = this.ws.branch(p.error.reason.params.id)?.info;
    if (!info) return p;
    return { kind: 'app', reason: { code: 'branchGoneAtWriter', params: { name: info.name } } };
  }
}
