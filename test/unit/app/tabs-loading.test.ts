import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfficeStore } from '../../../src/app/office-store';
import { CHANNEL_NAME, type TabMessage } from '../../../src/app/tab-messages';
import { TabLink } from '../../../src/app/tabs';
import { BranchLog } from '../../../src/core/branch-log';
import type { EventEnvelope } from '../../../src/core/envelope';
import { type WholeBranch, Workspace } from '../../../src/core/workspace';
import { coreRegistry, counterIds, mainInfo, named } from './helpers';

// Two tabs over Node's BroadcastChannel (see tabs.test.ts) where one of them
// restored from its open branch's snapshot and tail and its history is still
// loading (or failed to load).

const K = 4;
const open: Array<{ close(): void }> = [];
afterEach(() => {
  for (const l of open.splice(0)) l.close();
});
const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });

function emptyWs(prefix: string) {
  return new Workspace({
    registry: coreRegistry(),
    newId: counterIds(prefix),
    now: () => 'x',
    snapshotEvery: K,
  });
}

/** `main` with 10 events (snapshots at 4 and 8). */
function fullWs(prefix: string, events?: readonly EventEnvelope[]) {
  const ws = emptyWs(prefix);
  ws.addBranch(mainInfo, events ? [...events] : [], { announce: false });
  if (!events)
    for (let i = 0; i < 10; i++) {
      const r = ws.append([named(`n${i}`)]);
      if (!r.ok) throw new Error('refused');
    }
  return ws;
}

/** What a tab restoring `id` from its stored snapshot and tail holds, as boot does it. */
function tailOf(src: Workspace, id: string, prefix: string, stored = src.list()) {
  const ws = emptyWs(prefix);
  const log = src.branch(id)!.log;
  const S = Math.floor(log.length / K) * K;
  const t = BranchLog.fromTail(ws.deps.registry, ws.deps.newId, {
    snapshot: { seq: S, state: log.snapshotAt(S)! },
    tail: log.all().slice(S),
    carried: [],
    snapshotEvery: K,
  });
  if (!t.ok) throw new Error('fromTail refused');
  ws.addTailBranch(src.branch(id)!.info, t.value, stored);
  return ws;
}

/** What storage holds, read now (events as a full load gives them). */
const storedOf = (ws: Workspace): WholeBranch[] =>
  ws.list().map((info) => ({ info, events: [...ws.branch(info.id)!.log.all()] }));

function tab(ws: Workspace) {
  const store = new OfficeStore(ws);
  const link = new TabLink(ws, store);
  open.push(link);
  return { ws, store, link };
}

/** Every message on the channel, as a third tab would see it. */
function listen(): TabMessage[] {
  const seen: TabMessage[] = [];
  const c = new BroadcastChannel(CHANNEL_NAME);
  c.addEventListener('message', (m: MessageEvent<TabMessage>) => seen.push(m.data));
  open.push(c);
  return seen;
}

const ids = (ws: Workspace) => ws.list().map((i) => i.id);
const names = (ws: Workspace, id = 'main') =>
  ws
    .branch(id)!
    .log.loaded()
    .map((e) => (e.payload as { name?: string }).name);
const lacksHistory = { kind: 'app', reason: { code: 'writerLacksHistory', params: {} } };

/** The writer tab on `wws`, a follower on `fws`, linked over the channel. */
function linked(wws: Workspace, fws: Workspace) {
  const writer = tab(wws);
  const follower = tab(fws);
  writer.link.becomeWriter();
  follower.link.becomeFollower();
  return { writer, follower };
}

/**
 * A writer holding main and a fork, and a follower restored from main's tail
 * (`stale` is what its storage read returned), linked over the channel.
 */
function writerAndLoadingFollower() {
  const wws = fullWs('a');
  const fork = wws.createBranch('fork', { branchId: 'main', seq: 6 });
  wws.switchTo('main');
  const fws = tailOf(wws, 'main', 'b');
  const stale = storedOf(wws);
  const { writer, follower } = linked(wws, fws);
  return { wws, fork, fws, stale, writer, follower };
}

describe('a follower whose history is loading', () => {
  for (const knows of [true, false]) {
    it(`applies a branch deletion from the writer (fork ${knows ? 'known from storage' : 'sent by the writer'})`, async () => {
      const wws = fullWs('a');
      const fork = wws.createBranch('fork', { branchId: 'main', seq: 6 });
      wws.switchTo('main');
      const fws = tailOf(wws, 'main', 'b', knows ? wws.list() : [mainInfo]);
      linked(wws, fws);
      await settle();
      expect(wws.deleteBranch(fork.info.id).ok).toBe(true);
      await settle();
      expect(fws.historyLoaded).toBe(false);
      expect(ids(fws)).toEqual(['main']);
      // The history arrives; storage no longer holds the fork.
      expect(fws.completeHistory(storedOf(wws))).toEqual({ ok: true, value: true });
      expect(ids(fws)).toEqual(ids(wws));
    });
  }

  it('does not re-add a branch the writer deleted after its storage read', async () => {
    const { wws, fork, fws, stale } = writerAndLoadingFollower();
    wws.deleteBranch(fork.info.id);
    await settle();
    expect(fws.completeHistory(stale).ok).toBe(true);
    expect(ids(fws)).toEqual(['main']);
  });

  it('applies a rename of a branch it has not loaded yet once the history is in', async () => {
    const { wws, fork, fws, stale } = writerAndLoadingFollower();
    await settle();
    wws.rename(fork.info.id, 'renamed');
    await settle();
    expect(fws.completeHistory(stale).ok).toBe(true);
    expect(fws.list()).toEqual(wws.list());
    expect(fws.branch(fork.info.id)!.info.name).toBe('renamed');
  });

  it('whose open branch the writer deleted: its edit is refused visibly, then it opens the first branch', async () => {
    const wws = fullWs('a');
    const fork = wws.createBranch('fork', { branchId: 'main', seq: 6 });
    for (let i = 0; i < 3; i++) wws.append([named(`f${i}`)], {}, fork.info.id);
    const fws = tailOf(wws, fork.info.id, 'b');
    wws.switchTo('main');
    const { follower } = linked(wws, fws);
    await settle();
    expect(wws.deleteBranch(fork.info.id).ok).toBe(true);
    await settle();
    const before = wws.branch('main')!.log.length;
    follower.store.edit([named('on the deleted fork')]);
    await until(() =>
      expect(follower.store.getSnapshot().notice).toMatchObject({
        kind: 'error',
        key: 'status.refused',
        // Named by this tab, which still shows the branch the writer no longer has.
        reason: { kind: 'app', reason: { code: 'branchGoneAtWriter', params: { name: 'fork' } } },
      }),
    );
    expect(fws.completeHistory(storedOf(wws))).toEqual({ ok: true, value: true });
    expect(fws.current.info.id).toBe('main');
    expect(ids(fws)).toEqual(ids(wws));
    expect(wws.branch('main')!.log.length).toBe(before);
    // Its edits reach the writer again.
    follower.store.edit([named('on main')]);
    await until(() => expect(wws.head.name).toBe('on main'));
    await until(() => expect([...fws.current.log.all()]).toEqual([...wws.current.log.all()]));
  });
});

describe('a writer whose history is loading', () => {
  it('answers a sync from the loaded tail when the follower is at or past its base', async () => {
    const src = fullWs('a');
    const wws = tailOf(src, 'main', 'a2');
    const fws = fullWs('a', src.current.log.all()); // the same log, fully loaded
    linked(wws, fws);
    // An event the follower missed, then one it sees: a gap, so it asks for a sync.
    wws.current.log.append([named('missed')]);
    wws.append([named('seen')]);
    await until(() => expect(fws.current.log.length).toBe(12));
    expect(wws.historyLoaded).toBe(false);
    expect([...fws.current.log.since(8)]).toEqual([...wws.current.log.since(8)]);
  });

  it('holds only the latest sync per follower that needs older events, and answers it once they are in', async () => {
    const src = fullWs('a');
    const wws = tailOf(src, 'main', 'a2');
    const fws = fullWs('a', src.current.log.all().slice(0, 6)); // behind the writer's base (8)
    const { writer } = linked(wws, fws);
    for (let i = 0; i < 3; i++) {
      wws.append([named(`w${i}`)]);
      await settle(10);
    }
    await settle();
    expect(fws.current.log.length).toBe(6);
    const held = (writer.link as unknown as { heldSyncs: Map<string, unknown> }).heldSyncs;
    expect(held.size).toBe(1);
    expect(wws.completeHistory(storedOf(src)).ok).toBe(true);
    await until(() => expect(fws.current.log.length).toBe(13));
    expect([...fws.current.log.all()]).toEqual([...wws.current.log.all()]);
    expect(held.size).toBe(0);
  });

  it('after a failed load, answers what it can and refuses the rest visibly', async () => {
    const src = fullWs('a');
    const wws = tailOf(src, 'main', 'a2');
    const ahead = fullWs('a', src.current.log.all()); // at the writer's head
    const behind = fullWs('a', src.current.log.all().slice(0, 6)); // needs events 7, 8
    const writer = tab(wws);
    const f1 = tab(ahead);
    const f2 = tab(behind);
    writer.link.becomeWriter();
    f1.link.becomeFollower();
    f2.link.becomeFollower();
    await settle();
    // The load fails (storage shorter than the snapshot, say): boot says so.
    expect(wws.completeHistory([{ info: mainInfo, events: [] }]).ok).toBe(false);
    wws.failHistory();
    await until(() =>
      expect(f2.store.getSnapshot().notice).toEqual({
        kind: 'error',
        about: 'state',
        key: 'timeline.historyFailed',
        reason: lacksHistory,
      }),
    );
    wws.current.log.append([named('missed')]);
    wws.append([named('seen')]);
    await until(() => expect(ahead.current.log.length).toBe(12));
    expect(f1.store.getSnapshot().notice).toBeNull();
    expect(behind.current.log.length).toBe(6);
    expect((writer.link as unknown as { heldSyncs: Map<string, unknown> }).heldSyncs.size).toBe(0);
  });

  it('holds a follower edit on a branch it has not loaded yet and applies it once it has', async () => {
    const base = fullWs('a');
    const fork = base.createBranch('fork', { branchId: 'main', seq: 6 });
    base.switchTo('main');
    const wws = tailOf(base, 'main', 'a2'); // the writer rebooted on main
    const fws = base; // the follower, fully loaded, works on the fork
    fws.switchTo(fork.info.id);
    const { follower } = linked(wws, fws);
    await settle();
    const len = fws.current.log.length;
    expect(follower.store.edit([named('on the fork')]).ok).toBe(true);
    await settle();
    expect(wws.branch(fork.info.id)).toBeUndefined();
    expect(wws.completeHistory(storedOf(base)).ok).toBe(true);
    await until(() => expect(wws.branch(fork.info.id)!.log.length).toBe(len + 1));
    await until(() => expect(fws.current.log.length).toBe(len + 1));
    expect([...fws.current.log.all()]).toEqual([...wws.branch(fork.info.id)!.log.all()]);
  });

  it('holds an undo on its partial log, and the edits after it on that branch, in order', async () => {
    const src = fullWs('a');
    const wws = tailOf(src, 'main', 'a2');
    const fws = fullWs('a', src.current.log.all());
    const { follower } = linked(wws, fws);
    follower.store.edit([named('x')]);
    await until(() => expect(fws.current.log.length).toBe(11));
    follower.store.undo();
    follower.store.edit([named('y')]);
    await settle();
    // Undo needs the whole log: both wait.
    expect(wws.current.log.length).toBe(11);
    expect(wws.completeHistory(storedOf(src)).ok).toBe(true);
    await until(() => expect(fws.current.log.length).toBe(13));
    const after = wws.current.log.all().slice(10);
    expect(after.map((e) => (e.payload as { name: string }).name)).toEqual(['x', 'n9', 'y']);
    expect(after[1]!.meta?.undoOf).toBeDefined();
    expect([...fws.current.log.all()]).toEqual([...wws.current.log.all()]);
  });

  it('after a failed load, refuses visibly a follower edit on a branch it never loaded', async () => {
    const base = fullWs('a');
    const fork = base.createBranch('fork', { branchId: 'main', seq: 6 });
    base.switchTo('main');
    const wws = tailOf(base, 'main', 'a2');
    base.switchTo(fork.info.id);
    const { follower } = linked(wws, base);
    await settle();
    follower.store.edit([named('held, then refused')]);
    await settle();
    wws.failHistory();
    await until(() =>
      expect(follower.store.getSnapshot().notice).toEqual({
        kind: 'error',
        key: 'status.refused',
        reason: lacksHistory,
      }),
    );
    follower.store.setNotice(null);
    follower.store.edit([named('refused at once')]);
    await until(() => expect(follower.store.getSnapshot().notice?.reason).toEqual(lacksHistory));
    expect(wws.branch(fork.info.id)).toBeUndefined();
    // Its edits on the branch the writer has still go through.
    base.switchTo('main');
    follower.store.edit([named('on main')]);
    await until(() => expect(names(wws).at(-1)).toBe('on main'));
  });
});

describe('a tail-restored follower’s sync', () => {
  it('names the branches it reads from storage: the writer does not send them, and catches up after', async () => {
    const seen = listen();
    const { wws, fork, fws, stale } = writerAndLoadingFollower();
    await until(() => expect(seen.some((m) => m.kind === 'sync')).toBe(true));
    expect(seen.find((m) => m.kind === 'sync')).toMatchObject({ known: [fork.info.id] });
    // An append to the fork that the follower's storage read does not hold.
    wws.append([named('late')], {}, fork.info.id);
    await settle();
    expect(seen.filter((m) => m.kind === 'branchCreated')).toEqual([]);
    expect(fws.branch(fork.info.id)).toBeUndefined();
    expect(fws.completeHistory(stale).ok).toBe(true);
    await until(() =>
      expect([...fws.branch(fork.info.id)!.log.all()]).toEqual([
        ...wws.branch(fork.info.id)!.log.all(),
      ]),
    );
    expect(seen.filter((m) => m.kind === 'branchCreated')).toEqual([]);
    expect(fws.list()).toEqual(wws.list());
  });
});
