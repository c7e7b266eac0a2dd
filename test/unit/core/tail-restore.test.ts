import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BranchLog } from '../../../src/core/branch-log';
import { historyOf } from '../../../src/core/history';
import { assembleBranches } from '../../../src/core/persist/assemble';
import { assembleTail } from '../../../src/core/persist/assemble-tail';
import { openIdbStore } from '../../../src/core/persist/idb-store';
import type { EventStorePort } from '../../../src/core/persist/port';
import { tailSegments } from '../../../src/core/persist/tail-segments';
import { FOLD_VERSION, type StoredSnapshot } from '../../../src/core/state-schema';
import { Workspace } from '../../../src/core/workspace';
import { branchInfo, counterIds, ev, item, makeRegistry } from './helpers';

const K = 4;
const RULE = 7;
/** A workspace with K = 4: `main` of n events (one gesture each), and a fork of it. */
function buildWorkspace(n: number, forkAt: number, forkOwn: number): Workspace {
  const ws = new Workspace({
    registry: makeRegistry(),
    newId: counterIds('w'),
    now: () => 'x',
    snapshotEvery: K,
  });
  const main = ws.addBranch(branchInfo('main'), []);
  const append = (branchId: string, i: number) => {
    const id = i % 2 ? 'a' : 'b';
    const p =
      i < 2
        ? ev('ItemPlaced', { item: item(id, { x: i }) }, { meta: { gesture: `p${branchId}${i}` } })
        : ev(
            'ItemsMoved',
            {
              moves: [{ id, x: (i % 10) / 10, z: 0.5, rotation: 0, elevation: 0, parentId: null }],
            },
            { meta: { gesture: `m${branchId}${i}` } },
          );
    const r = ws.append([p], {}, branchId);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  };
  for (let i = 0; i < n; i++) {
    append('main', i);
    // Some undos, so the stacks depend on old events.
    if (i % 5 === 4) ws.undo('main');
  }
  const fork = ws.createBranch('fork', { branchId: 'main', seq: forkAt });
  for (let i = 0; i < forkOwn; i++) append(fork.info.id, i + 2);
  ws.switchTo(main.info.id);
  return ws;
}

const snap = (ws: Workspace, branchId: string, seq: number): StoredSnapshot => ({
  seq,
  foldVersion: FOLD_VERSION,
  state: ws.branch(branchId)!.log.snapshotAt(seq),
  carry: { rule: RULE, events: [] },
});

let dbs = 0;
/** Stores the workspace as persistence would: own events per branch, the latest snapshot each. */
async function store(ws: Workspace, open: string): Promise<EventStorePort> {
  const port = await openIdbStore(`tail-${++dbs}`);
  for (const i of ws.list()) {
    const log = ws.branch(i.id)!.log;
    const latest = Math.floor(log.length / K) * K;
    await port.write({
      events: log
        .all()
        .slice(i.forkSeq)
        .map((event) => ({ branchId: i.id, event })),
      branches: [i],
      deletedBranches: [],
      lastOpenBranch: open,
      snapshots: latest > 0 ? [{ branchId: i.id, snapshot: snap(ws, i.id, latest) }] : [],
    });
  }
  return port;
}

/** What boot does: the open branch from its snapshot and tail. */
async function restoreTail(port: EventStorePort): Promise<Workspace> {
  const head = await port.loadHead!();
  if (!head) throw new Error('no head');
  const t = assembleTail(head, makeRegistry(), RULE);
  if (!t.ok) throw new Error(JSON.stringify(t.error));
  const log = BranchLog.fromTail(makeRegistry(), counterIds('t'), {
    snapshot: t.value.snapshot,
    tail: t.value.tail,
    carried: t.value.carried,
    snapshotEvery: K,
  });
  if (!log.ok) throw new Error(JSON.stringify(log.error));
  const ws = new Workspace({
    registry: makeRegistry(),
    newId: counterIds('r'),
    now: () => 'x',
    snapshotEvery: K,
  });
  ws.addTailBranch(t.value.info, log.value);
  return ws;
}

async function complete(ws: Workspace, port: EventStorePort): Promise<void> {
  const all = assembleBranches((await port.load()).branches, makeRegistry());
  if (all.damaged.length) throw new Error(JSON.stringify(all.damaged));
  const r = ws.completeHistory(all.branches);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
}

describe('restore from the snapshot and tail', () => {
  it('folds to the same head as the full log; states from the snapshot on are exact', async () => {
    const full = buildWorkspace(23, 9, 14);
    const port = await store(full, 'main');
    const ws = await restoreTail(port);
    const log = ws.current.log;
    const whole = full.branch('main')!.log;
    expect(whole.length).toBe(27);
    expect(log.base).toBe(24);
    expect(log.length).toBe(whole.length);
    expect(log.head).toEqual(whole.head);
    for (let seq = log.base; seq <= log.length; seq++)
      expect(log.stateAt(seq)).toEqual(whole.stateAt(seq));
    // Whole-log reads refuse instead of answering from part of it.
    expect(() => log.all()).toThrow();
    expect(() => log.prefix(3)).toThrow();
    expect(() => log.stateAt(3)).toThrow(RangeError);
    expect(log.event(3)).toBeUndefined();
    expect(ws.canUndo()).toBe(false);
    expect(ws.undo()).toBeNull();
    expect(ws.deleteBranch('main')).toEqual({ ok: false, error: 'loading' });
    expect(ws.historyLoaded).toBe(false);
    port.close();
  });

  it('the older chunks arriving later give the log, history and branch list of a full load', async () => {
    const full = buildWorkspace(23, 9, 14);
    const port = await store(full, 'main');
    const ws = await restoreTail(port);
    const changes: string[] = [];
    ws.subscribe((c) => changes.push(c.kind));
    await complete(ws, port);
    expect(changes).toEqual(['historyLoaded']);
    expect(ws.historyLoaded).toBe(true);
    expect(ws.list()).toEqual(
      full
        .list()
        .slice()
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    for (const i of full.list()) {
      const mine = ws.branch(i.id)!;
      const theirs = full.branch(i.id)!;
      expect([...mine.log.all()]).toEqual([...theirs.log.all()]);
      expect(mine.log.head).toEqual(theirs.log.head);
      expect(mine.history).toEqual(historyOf(theirs.log.all()));
      for (let seq = 0; seq <= mine.log.length; seq++)
        expect(mine.log.stateAt(seq)).toEqual(theirs.log.stateAt(seq));
    }
    expect(ws.canUndo()).toBe(full.canUndo());
    port.close();
  });

  it('a fork whose snapshot lies below its fork point reads its tail from the parent', async () => {
    const full = buildWorkspace(23, 22, 1);
    const forkId = full.list().find((i) => i.name === 'fork')!.id;
    const port = await store(full, forkId);
    const ws = await restoreTail(port);
    const whole = full.branch(forkId)!.log;
    expect(ws.current.info.id).toBe(forkId);
    expect(ws.current.log.base).toBe(20);
    expect(ws.current.log.head).toEqual(whole.head);
    await complete(ws, port);
    expect([...ws.current.log.all()]).toEqual([...whole.all()]);
    port.close();
  });

  it('appends made before the history arrived keep their seq and stay after it', async () => {
    const full = buildWorkspace(23, 9, 14);
    const port = await store(full, 'main');
    const ws = await restoreTail(port);
    const before = ws.current.log.length;
    const r = ws.append([ev('SceneNamed', { name: 'early' }, { meta: { gesture: 'early' } })]);
    expect(r.ok && r.value.events[0]!.seq).toBe(before + 1);
    const early = ws.current.log.event(before + 1)!;
    await complete(ws, port);
    const all = ws.current.log.all();
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    expect(all.slice(0, before)).toEqual(full.branch('main')!.log.all());
    expect(all[before]).toBe(early);
    // Its gesture is on the undo stack, on top of the old ones.
    expect(ws.current.history.undo.at(-1)).toBe('early');
    port.close();
  });

  it('sets aside a damaged stored branch, and fails only when the damage is in the branch shown', async () => {
    const full = buildWorkspace(23, 9, 14);
    const port = await store(full, 'main');
    const stored = (await port.load()).branches;
    const fork = stored.find((b) => b.info.name === 'fork')!;
    // A gap in the fork's own events: the fork cannot be rebuilt, main can.
    const gapped = stored.map((b) =>
      b === fork ? { ...b, events: b.events.filter((e) => e.seq !== 12) } : b,
    );
    const all = assembleBranches(gapped, makeRegistry());
    expect(all.damaged.map((d) => d.info.name)).toEqual(['fork']);

    const ws = await restoreTail(port);
    expect(ws.completeHistory(all.branches, all.damaged).ok).toBe(true);
    expect(ws.list().map((i) => i.name)).toEqual(['main']);
    expect(ws.setAsideBranches.map((d) => d.info.name)).toEqual(['fork']);
    expect([...ws.current.log.all()]).toEqual([...full.branch('main')!.log.all()]);
    // main is the last branch open, and a set-aside branch forks from it.
    expect(ws.deleteBranch(ws.current.info.id)).toEqual({ ok: false, error: 'last' });
    // A second branch of its own: only the set-aside fork keeps main from being deleted.
    const other = ws.createBranch('other');
    expect(other.info.parentId).toBeNull();
    expect(ws.deleteBranch('main')).toEqual({ ok: false, error: 'keptForSetAside' });
    expect(ws.deleteBranch(other.info.id)).toEqual({ ok: true, value: true });

    // The branch shown from its tail is the damaged one: its history cannot be supplied.
    const mainGapped = stored.map((b) =>
      b.info.name === 'main' ? { ...b, events: b.events.filter((e) => e.seq !== 4) } : b,
    );
    const broken = assembleBranches(mainGapped, makeRegistry());
    const again = await restoreTail(port);
    const r = again.completeHistory(broken.branches, broken.damaged);
    expect(r).toEqual({
      ok: false,
      error: {
        branch: 'main',
        event: null,
        reason: { code: 'seqGap', params: { expected: 4, got: 5 } },
      },
    });
    expect(again.historyLoaded).toBe(false);
    expect(again.setAsideBranches).toEqual([]);
    port.close();
  });

  it('refuses a storage that no longer matches what the tail showed', async () => {
    const full = buildWorkspace(23, 9, 14);
    const port = await store(full, 'main');
    const ws = await restoreTail(port);
    const all = assembleBranches((await port.load()).branches, makeRegistry());
    expect(all.damaged).toEqual([]);
    const main = all.branches.find((b) => b.info.id === 'main')!;
    main.events[25] = { ...main.events[25]!, id: 'other' };
    expect(ws.completeHistory(all.branches).ok).toBe(false);
    expect(ws.historyLoaded).toBe(false);
    expect(ws.completeHistory(all.branches.filter((b) => b.info.id !== 'main')).ok).toBe(false);
    port.close();
  });

  it('a missing, stale or broken snapshot is refused, so boot loads in full', async () => {
    const full = buildWorkspace(23, 9, 14);
    const port = await store(full, 'main');
    const head = (await port.loadHead!())!;
    const reg = makeRegistry();
    expect(assembleTail(head, reg, RULE).ok).toBe(true);
    const bad = (s: Partial<StoredSnapshot>) =>
      assembleTail({ ...head, snapshot: { ...head.snapshot, ...s } }, reg, RULE).ok;
    expect(bad({ foldVersion: FOLD_VERSION + 1 })).toBe(false);
    expect(bad({ carry: undefined })).toBe(false);
    expect(bad({ carry: { rule: RULE + 1, events: [] } })).toBe(false);
    expect(bad({ carry: { rule: RULE, events: [null] } })).toBe(false);
    expect(bad({ state: { nope: true } })).toBe(false);
    expect(bad({ seq: 16 })).toBe(false);
    // A tail with a hole in it.
    expect(
      assembleTail({ ...head, events: head.events.filter((e) => e.seq !== 26) }, reg, RULE).ok,
    ).toBe(false);
    // No snapshot stored at all: nothing to restore from.
    await port.write({ events: [], branches: [], deletedBranches: ['main'] });
    await port.write({
      events: [],
      branches: [branchInfo('solo')],
      deletedBranches: [],
      lastOpenBranch: 'solo',
    });
    expect(await port.loadHead!()).toBeNull();
    port.close();
  });

  it('tailSegments walks up the forks only as far as needed', () => {
    const infos = [branchInfo('r'), branchInfo('a', 'r', 10), branchInfo('b', 'a', 30)];
    expect(tailSegments(infos, 'b', 40)).toEqual([{ branchId: 'b', from: 40, to: Infinity }]);
    expect(tailSegments(infos, 'b', 20)).toEqual([
      { branchId: 'a', from: 20, to: 30 },
      { branchId: 'b', from: 31, to: Infinity },
    ]);
    expect(tailSegments(infos, 'b', 8)).toEqual([
      { branchId: 'r', from: 8, to: 10 },
      { branchId: 'a', from: 11, to: 30 },
      { branchId: 'b', from: 31, to: Infinity },
    ]);
    // c forks a at 5, inside what a inherits from r (a forks r at 10): c's prefix is r's 1..5.
    const inside = [...infos, branchInfo('c', 'a', 5)];
    expect(tailSegments(inside, 'c', 2)).toEqual([
      { branchId: 'r', from: 2, to: 5 },
      { branchId: 'c', from: 6, to: Infinity },
    ]);
  });
});
