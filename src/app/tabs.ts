import type { Workspace } from '../core/workspace';
import type { EditSink, OfficeStore } from './office-store';
import { CHANNEL_NAME, type TabMessage } from './tab-messages';

/**
 * One writer per origin (held by a Web Lock); the other tabs follow the
 * writer through a BroadcastChannel and forward their edits to it. Events
 * only ever get their seq in the writer, so one log is never interleaved.
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
  /** Sync requests that arrived before this writer's history was loaded. */
  private heldSyncs: TabMessage[] = [];

  constructor(
    private readonly ws: Workspace,
    private readonly store: OfficeStore,
  ) {
    this.channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
    this.channel?.addEventListener('message', (m: MessageEvent<TabMessage>) =>
      this.receive(m.data),
    );
    ws.subscribe((c) => {
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
        case 'historyLoaded': {
          // Sync requests held back while this writer lacked the older events.
          const held = this.heldSyncs;
          this.heldSyncs = [];
          for (const m of held) this.receiveAsWriter(m);
          return;
        }
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
      propose: (branchId, events) => this.post({ kind: 'propose', branchId, events }),
      undo: (branchId) => this.post({ kind: 'undo', branchId }),
      redo: (branchId) => this.post({ kind: 'redo', branchId }),
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

  private requestSync(): void {
    const heads: Record<string, number> = {};
    for (const info of this.ws.list()) heads[info.id] = this.ws.branch(info.id)!.log.length;
    this.post({ kind: 'sync', heads });
  }

  private post(m: TabMessage): void {
    this.channel?.postMessage(m);
  }

  private receive(m: TabMessage): void {
    if (this.role === 'writer') this.receiveAsWriter(m);
    else if (this.role === 'follower') this.receiveAsFollower(m);
  }

  private receiveAsWriter(m: TabMessage): void {
    switch (m.kind) {
      case 'propose':
        this.ws.append(m.events, {}, m.branchId);
        return;
      case 'undo':
        this.ws.undo(m.branchId);
        return;
      case 'redo':
        this.ws.redo(m.branchId);
        return;
      case 'sync':
        // A follower may lack branches or events this tab has not loaded yet: answer once it has.
        if (!this.ws.historyLoaded) {
          this.heldSyncs.push(m);
          return;
        }
        for (const info of this.ws.list()) {
          const log = this.ws.branch(info.id)!.log;
          const have = m.heads[info.id];
          if (have === undefined) {
            this.post({ kind: 'branchCreated', info, events: [...log.all()] });
          } else if (have < log.length) {
            this.post({ kind: 'appended', branchId: info.id, events: log.all().slice(have) });
          }
        }
        return;
      default:
        // Another writer's announcements cannot happen while we hold the lock.
        return;
    }
  }

  private receiveAsFollower(m: TabMessage): void {
    switch (m.kind) {
      case 'appended': {
        const b = this.ws.branch(m.branchId);
        if (!b) {
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
        if (this.ws.list().length > 1) this.ws.deleteBranch(m.branchId);
        return;
      case 'branchRenamed':
        this.ws.rename(m.info.id, m.info.name);
        return;
      default:
        return;
    }
  }
}
