import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OfficeStore } from '../../../src/app/office-store';
import { attachPersistence } from '../../../src/app/persistence';
import { assembleBranches } from '../../../src/core/persist/assemble';
import { openIdbStore } from '../../../src/core/persist/idb-store';
import type { EventStorePort, WriteBatch } from '../../../src/core/persist/port';
import { WriteQueue } from '../../../src/core/persist/write-queue';
import { branchInfo, storedEvent } from '../core/helpers';
import { coreRegistry, mainInfo, mustAppend, named, newWorkspace } from './helpers';

let n = 0;
const dbName = () => `persist-app-${++n}`;

/** A port whose writes wait for `release()` before reaching the real store. */
function gated(inner: EventStorePort) {
  let open: () => void = () => {};
  const gate = new Promise<void>((r) => {
    open = r;
  });
  const writes: WriteBatch[] = [];
  const port: EventStorePort = {
    load: () => inner.load(),
    write: async (b) => {
      writes.push(b);
      await gate;
      await inner.write(b);
    },
    close: () => inner.close(),
  };
  return {
    port,
    writes,
    release: () => open(),
  };
}

/** A port that rejects writes (storage full) while `failing` is set. */
function flaky(inner: EventStorePort) {
  const state = { failing: true, attempts: 0 };
  const port: EventStorePort = {
    load: () => inner.load(),
    write: async (b) => {
      state.attempts++;
      if (state.failing)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      await inner.write(b);
    },
    close: () => inner.close(),
  };
  return { port, state };
}

describe('WriteQueue on IndexedDB', () => {
  it('counts events as unsaved until their transaction completes, then loads them', async () => {
    const idb = await openIdbStore(dbName());
    const g = gated(idb);
    const counts: number[] = [];
    const q = new WriteQueue(g.port, { delayMs: 5, onChange: (c) => counts.push(c) });
    q.branch(branchInfo('a'));
    q.events('a', [storedEvent(1), storedEvent(2), storedEvent(3)]);
    q.events('b', [storedEvent(1)]);
    q.branch(branchInfo('b'));
    expect(q.unsaved).toBe(4);
    const flushing = q.flush();
    // The write has started but its transaction has not completed: still unsaved.
    await new Promise((r) => setTimeout(r, 20));
    expect(g.writes).toHaveLength(1);
    expect(g.writes[0]!.events).toHaveLength(4);
    expect(q.unsaved).toBe(4);
    expect((await idb.load()).branches).toHaveLength(0);
    g.release();
    await flushing;
    expect(q.unsaved).toBe(0);
    expect(counts.at(-1)).toBe(0);
    expect(Math.max(...counts)).toBe(4);
    const loaded = await idb.load();
    const byId = Object.fromEntries(loaded.branches.map((b) => [b.info.id, b.events]));
    expect(byId.a!.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(byId.b!.map((e) => e.id)).toEqual(['e1']);
    idb.close();
  });

  it('writes a burst in one transaction after the delay, without an explicit flush', async () => {
    const idb = await openIdbStore(dbName());
    const g = gated(idb);
    g.release();
    let settled: () => void = () => {};
    const done = new Promise<void>((r) => {
      settled = r;
    });
    const q = new WriteQueue(g.port, {
      delayMs: 5,
      onChange: (c) => {
        if (c === 0 && g.writes.length) settled();
      },
    });
    q.branch(branchInfo('a'));
    for (let s = 1; s <= 10; s++) q.events('a', [storedEvent(s)]);
    expect(q.unsaved).toBe(10);
    await done;
    expect(g.writes).toHaveLength(1);
    expect((await idb.load()).branches[0]!.events).toHaveLength(10);
    idb.close();
  });

  it('keeps events queued when a write fails, reports once, and saves them in order on retry', async () => {
    const idb = await openIdbStore(dbName());
    const f = flaky(idb);
    const errors: unknown[] = [];
    const q = new WriteQueue(f.port, { delayMs: 1, onError: (e) => errors.push(e) });
    q.branch(branchInfo('a'));
    q.events('a', [storedEvent(1), storedEvent(2)]);
    await q.flush();
    expect(q.hasFailed).toBe(true);
    expect(q.unsaved).toBe(2);
    q.events('a', [storedEvent(3)]);
    // A failed queue does not retry on its own timer.
    await new Promise((r) => setTimeout(r, 15));
    expect(f.state.attempts).toBe(1);
    await q.flush();
    expect(f.state.attempts).toBe(2);
    expect(errors).toHaveLength(1);
    expect((errors[0] as DOMException).name).toBe('QuotaExceededError');
    expect(q.unsaved).toBe(3);
    f.state.failing = false;
    q.events('a', [storedEvent(4)]);
    await q.flush();
    expect(q.hasFailed).toBe(false);
    expect(q.unsaved).toBe(0);
    const loaded = await idb.load();
    expect(loaded.branches.map((b) => b.info.id)).toEqual(['a']);
    expect(loaded.branches[0]!.events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    idb.close();
  });
});

describe('IndexedDB write of overlapping batches', () => {
  it('stores a batch holding an event twice and out of order as one ordered log', async () => {
    // What boot's catch-up does when the user edits while it loads: the edit
    // is queued by the workspace subscription, then again with the whole log.
    const idb = await openIdbStore(dbName());
    const q = new WriteQueue(idb, { delayMs: 1 });
    q.events('a', [storedEvent(4), storedEvent(5)]);
    q.branch(branchInfo('a'));
    q.events(
      'a',
      [1, 2, 3, 4, 5].map((s) => storedEvent(s)),
    );
    await q.flush();
    const loaded = await idb.load();
    expect(loaded.branches[0]!.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(assembleBranches(loaded.branches, coreRegistry()).damaged).toEqual([]);
    idb.close();
  });

  it('fills in events below a chunk’s stored end instead of dropping them', async () => {
    const idb = await openIdbStore(dbName());
    await idb.write({
      events: [{ branchId: 'a', event: storedEvent(3) }],
      branches: [branchInfo('a')],
      deletedBranches: [],
    });
    await idb.write({
      events: [1, 2, 3, 4].map((s) => ({ branchId: 'a', event: storedEvent(s, `later${s}`) })),
      branches: [],
      deletedBranches: [],
    });
    const events = (await idb.load()).branches[0]!.events;
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    // What was stored first stays: a seq is written once.
    expect(events[2]!.payload).toEqual({ name: 'n3' });
    idb.close();
  });
});

describe('attachPersistence: branches on IndexedDB', () => {
  async function setup() {
    const name = dbName();
    const port = await openIdbStore(name);
    const ws = newWorkspace({ events: [] });
    const store = new OfficeStore(ws);
    const queue = attachPersistence(ws, store, port);
    // What boot does on a fresh database: store the branch that exists.
    queue.branch(mainInfo);
    return { ws, store, queue, port };
  }

  it('stores only a fork’s own events and rebuilds its full log from the parent', async () => {
    const { ws, queue, port } = await setup();
    mustAppend(ws, [named('a'), named('b'), named('c'), named('d')]);
    const fork = ws.createBranch('what if', { branchId: 'main', seq: 2 });
    mustAppend(ws, [named('x'), named('y')], fork.info.id);
    await queue.flush();
    const loaded = await port.load();
    const stored = Object.fromEntries(loaded.branches.map((b) => [b.info.id, b]));
    expect(stored.main!.events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(stored[fork.info.id]!.info.forkSeq).toBe(2);
    expect(stored[fork.info.id]!.events.map((e) => e.seq)).toEqual([3, 4]);
    const assembled = assembleBranches(loaded.branches, coreRegistry());
    expect(assembled.damaged).toEqual([]);
    const full = assembled.branches.find((b) => b.info.id === fork.info.id)!;
    expect(full.events).toEqual([...fork.log.all()]);
    expect(full.events.map((e) => (e.payload as { name: string }).name)).toEqual([
      'a',
      'b',
      'x',
      'y',
    ]);
    port.close();
  });

  it('deleting a branch deletes its events; the unsaved count goes back to zero', async () => {
    const { ws, store, queue, port } = await setup();
    mustAppend(ws, [named('a')]);
    const fork = ws.createBranch('gone', { branchId: 'main', seq: 1 });
    mustAppend(ws, [named('x'), named('y')], fork.info.id);
    expect(store.getSnapshot().unsaved).toBeGreaterThan(0);
    await queue.flush();
    expect((await port.load()).branches).toHaveLength(2);
    expect(ws.deleteBranch(fork.info.id).ok).toBe(true);
    await queue.flush();
    await Promise.resolve();
    expect(store.getSnapshot().unsaved).toBe(0);
    const loaded = await port.load();
    expect(loaded.branches.map((b) => b.info.id)).toEqual(['main']);
    expect(loaded.lastOpenBranch).toBe('main');
    port.close();
  });

  it('a storage error switches the store to memory with the reason', async () => {
    const idb = await openIdbStore(dbName());
    const f = flaky(idb);
    const ws = newWorkspace({ events: [] });
    const store = new OfficeStore(ws);
    const queue = attachPersistence(ws, store, f.port);
    mustAppend(ws, [named('a')]);
    await queue.flush();
    expect(store.getSnapshot().storage).toEqual({
      kind: 'memory',
      reason: {
        kind: 'storage',
        error: {
          code: 'full',
          params: { detail: 'QuotaExceededError: The quota has been exceeded.' },
        },
      },
    });
    expect(store.getSnapshot().unsaved).toBe(1);
    idb.close();
  });

  it('"Try saving again" saves what was queued once storage has room, and says so', async () => {
    const idb = await openIdbStore(dbName());
    const f = flaky(idb);
    const ws = newWorkspace({ events: [] });
    const store = new OfficeStore(ws);
    const queue = attachPersistence(ws, store, f.port);
    // As boot does for a branch that existed before persistence was attached.
    queue.branch(ws.current.info);
    mustAppend(ws, [named('a')]);
    await queue.flush();
    expect(await store.retrySave!()).toBe(false);
    expect(store.getSnapshot().storage.kind).toBe('memory');
    f.state.failing = false;
    mustAppend(ws, [named('b')]);
    expect(await store.retrySave!()).toBe(true);
    expect(store.getSnapshot().storage).toEqual({ kind: 'idb' });
    expect(store.getSnapshot().unsaved).toBe(0);
    const stored = (await idb.load()).branches.flatMap((b) => b.events.map((e) => e.seq));
    expect(stored).toEqual(ws.current.log.all().map((e) => e.seq));
    idb.close();
  });
});

describe('assembleBranches', () => {
  const reg = coreRegistry();
  /** What was set aside: the branch's id and the error naming it. */
  const setAside = (r: ReturnType<typeof assembleBranches>) =>
    r.damaged.map((d) => ({ id: d.info.id, error: d.error }));
  const opened = (r: ReturnType<typeof assembleBranches>) => r.branches.map((b) => b.info.id);
  const refused = (id: string, reason: object) => ({
    id,
    error: { branch: id, event: null, reason },
  });

  it('sets aside a branch with a seq gap and names where it is', () => {
    const r = assembleBranches(
      [{ info: branchInfo('a'), events: [storedEvent(1), storedEvent(2), storedEvent(4)] }],
      reg,
    );
    expect(setAside(r)).toEqual([
      refused('a', { code: 'seqGap', params: { expected: 3, got: 4 } }),
    ]);
    expect(opened(r)).toEqual([]);
  });

  it('sets aside a fork past its parent’s end; the parent opens', () => {
    const r = assembleBranches(
      [
        { info: branchInfo('a'), events: [storedEvent(1), storedEvent(2)] },
        { info: branchInfo('b', 'a', 5), events: [storedEvent(6)] },
      ],
      reg,
    );
    expect(setAside(r)).toEqual([
      refused('b', { code: 'forkPastEnd', params: { forkSeq: 5, length: 2 } }),
    ]);
    expect(opened(r)).toEqual(['a']);
  });

  it('sets aside a missing parent’s fork and a fork whose own events do not start after forkSeq', () => {
    expect(
      setAside(assembleBranches([{ info: branchInfo('b', 'zz', 0), events: [] }], reg)),
    ).toEqual([refused('b', { code: 'parentMissing', params: { id: 'zz' } })]);
    const r = assembleBranches(
      [
        { info: branchInfo('a'), events: [storedEvent(1), storedEvent(2)] },
        { info: branchInfo('b', 'a', 1), events: [storedEvent(3)] },
      ],
      reg,
    );
    expect(setAside(r)).toEqual([
      refused('b', { code: 'seqGap', params: { expected: 2, got: 3 } }),
    ]);
  });

  it('sets aside both branches of a fork cycle', () => {
    const r = assembleBranches(
      [
        { info: branchInfo('a', 'b', 0), events: [] },
        { info: branchInfo('b', 'a', 0), events: [] },
      ],
      reg,
    );
    expect(setAside(r)).toEqual([
      refused('a', { code: 'forkCycle', params: {} }),
      refused('b', { code: 'forkCycle', params: {} }),
    ]);
  });

  it('a fork of a branch on a cycle is not on it: its parent is what could not be read', () => {
    const r = assembleBranches(
      [
        { info: branchInfo('c', 'a', 0), events: [] },
        { info: branchInfo('a', 'b', 0), events: [] },
        { info: branchInfo('b', 'a', 0), events: [] },
      ],
      reg,
    );
    expect(setAside(r)).toEqual([
      refused('c', { code: 'parentDamaged', params: { name: 'a' } }),
      refused('a', { code: 'forkCycle', params: {} }),
      refused('b', { code: 'forkCycle', params: {} }),
    ]);
  });

  it('names the seq, type and field of a stored event it cannot read', () => {
    const r = assembleBranches(
      [{ info: branchInfo('a'), events: [storedEvent(1), { ...storedEvent(2), v: 2 }] }],
      reg,
    );
    expect(setAside(r)).toEqual([
      {
        id: 'a',
        error: {
          branch: 'a',
          event: { seq: 2, type: 'SceneNamed', path: 'v' },
          reason: { code: 'newerVersion', params: { version: 2, known: 1 } },
        },
      },
    ]);
  });

  it('a damaged branch takes its forks with it, and only them', () => {
    const r = assembleBranches(
      [
        { info: branchInfo('a'), events: [storedEvent(1), storedEvent(2)] },
        { info: branchInfo('b', 'a', 1), events: [storedEvent(2), storedEvent(4)] },
        { info: branchInfo('c', 'b', 2), events: [storedEvent(3, 'c3')] },
        { info: branchInfo('d', 'a', 2), events: [storedEvent(3, 'd3')] },
      ],
      reg,
    );
    expect(setAside(r)).toEqual([
      refused('b', { code: 'seqGap', params: { expected: 3, got: 4 } }),
      refused('c', { code: 'parentDamaged', params: { name: 'b' } }),
    ]);
    expect(opened(r)).toEqual(['a', 'd']);
    expect(r.branches[1]!.events.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('builds a grandchild from both ancestors, whatever the stored order', () => {
    const r = assembleBranches(
      [
        { info: branchInfo('c', 'b', 3), events: [storedEvent(4, 'c4')] },
        { info: branchInfo('b', 'a', 1), events: [storedEvent(2, 'b2'), storedEvent(3, 'b3')] },
        { info: branchInfo('a'), events: [storedEvent(1, 'a1'), storedEvent(2, 'a2')] },
      ],
      reg,
    );
    expect(r.damaged).toEqual([]);
    const c = r.branches.find((b) => b.info.id === 'c')!;
    expect(c.events.map((e) => (e.payload as { name: string }).name)).toEqual([
      'a1',
      'b2',
      'b3',
      'c4',
    ]);
  });
});
