import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { BranchInfo } from '../branch-info';
import type { EventEnvelope } from '../envelope';
import type { StoredSnapshot } from '../state-schema';
import type { EventStorePort, StoredHead, StoredWorkspace, WriteBatch } from './port';
import { StorageRefused } from './storage-failure';
import { tailSegments } from './tail-segments';

/**
 * Events are stored in chunks of CHUNK consecutive events per record: a
 * restore reads a few hundred records instead of one per event (measured:
 * 100,000 single-event records took about 1.1 s to read in Chromium).
 */
export const CHUNK = 512;

interface Chunk {
  branchId: string;
  /** Seq of the chunk's slot start: floor((seq - 1) / CHUNK) * CHUNK + 1. */
  firstSeq: number;
  events: EventEnvelope[];
}

interface OfficeDB extends DBSchema {
  branches: { key: string; value: BranchInfo };
  chunks: { key: [string, number]; value: Chunk };
  meta: { key: string; value: string };
  snapshots: { key: string; value: { branchId: string; snapshot: StoredSnapshot } };
}

export const DB_NAME = 'home-office-sim';
/** v1 stored one record per event ('events'); v2 stores chunks; v3 adds snapshots. */
export const DB_VERSION = 3;

const chunkStart = (seq: number) => Math.floor((seq - 1) / CHUNK) * CHUNK + 1;
const branchRange = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/**
 * Opens (and upgrades) the database. Refuses with `StorageRefused` when the
 * browser has no IndexedDB, or when the upgrade is blocked by another tab
 * holding an older version open: waiting would leave the app opening
 * forever. Other failures are the browser's own errors (see storage-failure.ts).
 */
export async function openIdbStore(name = DB_NAME): Promise<EventStorePort> {
  if (typeof indexedDB === 'undefined') throw new StorageRefused('unavailable');
  let blocked: (e: Error) => void = () => {};
  const refused = new Promise<never>((_, reject) => {
    blocked = reject;
  });
  let store: IdbStore | null = null;
  const opening = openDB<OfficeDB>(name, DB_VERSION, {
    blocked: () => blocked(new StorageRefused('blocked')),
    // A newer version of the app wants to upgrade: let go at once (it would
    // otherwise wait on this tab), and say so at this tab's next write.
    blocking: () => store?.yieldToUpgrade(),
    upgrade(d, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        d.createObjectStore('branches', { keyPath: 'id' });
        d.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        d.createObjectStore('chunks', { keyPath: ['branchId', 'firstSeq'] });
        if (oldVersion === 1) void migrateV1(d, tx);
      }
      if (oldVersion < 3) d.createObjectStore('snapshots', { keyPath: 'branchId' });
    },
  });
  try {
    store = new IdbStore(await Promise.race([opening, refused]));
    return store;
  } catch (e) {
    // Opened after all once the other tab let go: this tab runs in memory by then.
    if (e instanceof StorageRefused)
      opening.then(
        (db) => db.close(),
        () => {},
      );
    throw e;
  }
}

type UpgradeTx = IDBPTransaction<
  OfficeDB,
  Array<'branches' | 'chunks' | 'meta' | 'snapshots'>,
  'versionchange'
>;

/** Moves v1's one-record-per-event store into chunks, inside the upgrade transaction. */
async function migrateV1(d: IDBPDatabase<OfficeDB>, tx: UpgradeTx): Promise<void> {
  const raw = d as unknown as IDBPDatabase;
  const old = (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore(
    'events',
  );
  const rows = (await old.getAll()) as Array<{ branchId: string; event: EventEnvelope }>;
  const chunks = new Map<string, Chunk>();
  for (const { branchId, event } of rows) {
    const firstSeq = chunkStart(event.seq);
    const key = `${branchId}\u0000${firstSeq}`;
    let c = chunks.get(key);
    if (!c) {
      c = { branchId, firstSeq, events: [] };
      chunks.set(key, c);
    }
    c.events.push(event);
  }
  for (const c of chunks.values()) await tx.objectStore('chunks').put(c);
  raw.deleteObjectStore('events');
}

class IdbStore implements EventStorePort {
  private yielded = false;
  constructor(private readonly db: IDBPDatabase<OfficeDB>) {}

  /** Closes the connection for another tab's upgrade; every later call is refused with why. */
  yieldToUpgrade(): void {
    this.yielded = true;
    this.db.close();
  }

  private live(): IDBPDatabase<OfficeDB> {
    if (this.yielded) throw new StorageRefused('upgradedElsewhere');
    return this.db;
  }

  async load(): Promise<StoredWorkspace> {
    const tx = this.live().transaction(['branches', 'chunks', 'meta', 'snapshots'], 'readonly');
    const infos = await tx.objectStore('branches').getAll();
    const branches = await Promise.all(
      infos.map(async (info) => {
        const chunks = await tx.objectStore('chunks').getAll(branchRange(info.id));
        const snap = await tx.objectStore('snapshots').get(info.id);
        const events = chunks.flatMap((c) => c.events);
        return snap ? { info, events, snapshot: snap.snapshot } : { info, events };
      }),
    );
    const lastOpenBranch = (await tx.objectStore('meta').get('lastOpenBranch')) ?? null;
    await tx.done;
    return { branches, lastOpenBranch };
  }

  async loadHead(): Promise<StoredHead | null> {
    const tx = this.live().transaction(['branches', 'chunks', 'meta', 'snapshots'], 'readonly');
    const infos = await tx.objectStore('branches').getAll();
    const lastOpenBranch = (await tx.objectStore('meta').get('lastOpenBranch')) ?? null;
    // The branch a full restore would open: the last open one, else the first stored.
    const open = infos.find((i) => i.id === lastOpenBranch) ?? infos[0];
    const snap = open && (await tx.objectStore('snapshots').get(open.id));
    // A record without a usable seq cannot bound the tail: load in full, as for no snapshot.
    const seq = (snap?.snapshot as { seq?: unknown } | undefined)?.seq;
    if (!open || !snap || !Number.isSafeInteger(seq) || (seq as number) < 0) {
      await tx.done;
      return null;
    }
    const parts = await Promise.all(
      tailSegments(infos, open.id, seq as number).map(async (s) => {
        const hi = s.to === Number.POSITIVE_INFINITY ? Number.MAX_SAFE_INTEGER : chunkStart(s.to);
        const range = IDBKeyRange.bound([s.branchId, chunkStart(s.from)], [s.branchId, hi]);
        const chunks = await tx.objectStore('chunks').getAll(range);
        return chunks.flatMap((c) => c.events.filter((e) => e.seq >= s.from && e.seq <= s.to));
      }),
    );
    await tx.done;
    return {
      infos,
      lastOpenBranch,
      branchId: open.id,
      snapshot: snap.snapshot,
      events: parts.flat(),
    };
  }

  /**
   * Each touched chunk is read and rewritten in the same transaction, so a
   * chunk another writer tab extended since this tab loaded is merged, not
   * overwritten. Events already stored (same seq) are skipped; a batch may
   * hold an event twice or out of order (boot's catch-up re-queues what the
   * live subscription queued), so the chunk is kept sorted by seq.
   */
  async write(batch: WriteBatch): Promise<void> {
    const tx = this.live().transaction(['branches', 'chunks', 'meta', 'snapshots'], 'readwrite');
    const chunks = tx.objectStore('chunks');
    for (const s of batch.snapshots ?? []) void tx.objectStore('snapshots').put(s);
    const branches = tx.objectStore('branches');
    for (const info of batch.branches) void branches.put(info);
    const touched = new Map<
      string,
      { branchId: string; firstSeq: number; events: EventEnvelope[] }
    >();
    for (const { branchId, event } of batch.events) {
      const firstSeq = chunkStart(event.seq);
      const key = `${branchId}\u0000${firstSeq}`;
      let t = touched.get(key);
      if (!t) {
        t = { branchId, firstSeq, events: [] };
        touched.set(key, t);
      }
      t.events.push(event);
    }
    await Promise.all(
      [...touched.values()].map(async (t) => {
        const have = await chunks.get([t.branchId, t.firstSeq]);
        const bySeq = new Map<number, EventEnvelope>();
        for (const e of have?.events ?? []) bySeq.set(e.seq, e);
        let last = have?.events.at(-1)?.seq ?? 0;
        let inOrder = true;
        for (const e of t.events) {
          if (bySeq.has(e.seq)) continue;
          if (e.seq < last) inOrder = false;
          else last = e.seq;
          bySeq.set(e.seq, e);
        }
        const events = [...bySeq.values()];
        if (!inOrder) events.sort((a, b) => a.seq - b.seq);
        await chunks.put({ branchId: t.branchId, firstSeq: t.firstSeq, events });
      }),
    );
    for (const id of batch.deletedBranches) {
      void branches.delete(id);
      void chunks.delete(branchRange(id));
      void tx.objectStore('snapshots').delete(id);
    }
    if (batch.lastOpenBranch)
      void tx.objectStore('meta').put(batch.lastOpenBranch, 'lastOpenBranch');
    await tx.done;
  }

  close(): void {
    this.db.close();
  }
}
