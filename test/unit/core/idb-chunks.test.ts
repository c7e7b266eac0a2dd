import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { CHUNK, openIdbStore } from '../../../src/core/persist/idb-store';
import { branchInfo, storedEvent } from './helpers';

let n = 0;
const dbName = () => `chunks-${++n}`;

describe('IndexedDB chunked storage', () => {
  it('stores events in chunks and loads them back in order across batches', async () => {
    const name = dbName();
    const port = await openIdbStore(name);
    const events = Array.from({ length: CHUNK * 2 + 7 }, (_, i) => storedEvent(i + 1));
    // Batches that straddle chunk boundaries, as the write queue produces them.
    const cuts = [0, 5, CHUNK - 1, CHUNK + 3, CHUNK * 2 + 7];
    await port.write({ events: [], branches: [branchInfo('a')], deletedBranches: [] });
    for (let i = 0; i + 1 < cuts.length; i++) {
      const part = events.slice(cuts[i], cuts[i + 1]).map((event) => ({ branchId: 'a', event }));
      await port.write({ events: part, branches: [], deletedBranches: [] });
    }
    const loaded = await port.load();
    expect(loaded.branches[0]!.events.map((e) => e.seq)).toEqual(events.map((e) => e.seq));
    port.close();
    const raw = await openDB(name);
    expect(await raw.count('chunks')).toBe(3);
    raw.close();
  });

  it('merges a chunk another writer extended instead of overwriting it', async () => {
    const name = dbName();
    const first = await openIdbStore(name);
    const second = await openIdbStore(name);
    await first.write({
      events: [1, 2, 3].map((s) => ({ branchId: 'a', event: storedEvent(s) })),
      branches: [branchInfo('a')],
      deletedBranches: [],
    });
    await second.write({
      events: [4, 5].map((s) => ({ branchId: 'a', event: storedEvent(s) })),
      branches: [],
      deletedBranches: [],
    });
    // The first writer re-sends 3 (already stored) and adds 6.
    await first.write({
      events: [3, 6].map((s) => ({ branchId: 'a', event: storedEvent(s) })),
      branches: [],
      deletedBranches: [],
    });
    const loaded = await first.load();
    expect(loaded.branches[0]!.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    first.close();
    second.close();
  });

  it('deletes a branch with all its chunks', async () => {
    const port = await openIdbStore(dbName());
    await port.write({
      events: Array.from({ length: CHUNK + 1 }, (_, i) => ({
        branchId: 'b',
        event: storedEvent(i + 1),
      })),
      branches: [branchInfo('a'), branchInfo('b')],
      deletedBranches: [],
    });
    await port.write({ events: [], branches: [], deletedBranches: ['b'] });
    const loaded = await port.load();
    expect(loaded.branches.map((b) => b.info.id)).toEqual(['a']);
    port.close();
  });

  it('migrates a version-1 database (one record per event) to chunks', async () => {
    const name = dbName();
    const v1 = await openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore('branches', { keyPath: 'id' });
        d.createObjectStore('events', { keyPath: ['branchId', 'seq'] });
        d.createObjectStore('meta');
      },
    });
    await v1.put('branches', branchInfo('a'));
    for (let s = 1; s <= CHUNK + 2; s++)
      await v1.put('events', { branchId: 'a', seq: s, event: storedEvent(s) });
    await v1.put('meta', 'a', 'lastOpenBranch');
    v1.close();
    const port = await openIdbStore(name);
    const loaded = await port.load();
    expect(loaded.lastOpenBranch).toBe('a');
    expect(loaded.branches[0]!.events.map((e) => e.seq)).toEqual(
      Array.from({ length: CHUNK + 2 }, (_, i) => i + 1),
    );
    port.close();
    const raw = await openDB(name);
    expect([...raw.objectStoreNames]).not.toContain('events');
    raw.close();
  });
});
