import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { BranchInfo } from '../branch-info';
import type { EventEnvelope } from '../envelope';
import type { EventStorePort, StoredWorkspace, WriteBatch } from './port';

interface OfficeDB extends DBSchema {
  branches: { key: string; value: BranchInfo };
  events: { key: [string, number]; value: { branchId: string; seq: number; event: EventEnvelope } };
  meta: { key: string; value: string };
}

export const DB_NAME = 'home-office-sim';
const DB_VERSION = 1;

export async function openIdbStore(name = DB_NAME): Promise<EventStorePort> {
  const db: IDBPDatabase<OfficeDB> = await openDB<OfficeDB>(name, DB_VERSION, {
    upgrade(d) {
      d.createObjectStore('branches', { keyPath: 'id' });
      d.createObjectStore('events', { keyPath: ['branchId', 'seq'] });
      d.createObjectStore('meta');
    },
  });
  return new IdbStore(db);
}

class IdbStore implements EventStorePort {
  constructor(private readonly db: IDBPDatabase<OfficeDB>) {}

  async load(): Promise<StoredWorkspace> {
    const tx = this.db.transaction(['branches', 'events', 'meta'], 'readonly');
    const infos = await tx.objectStore('branches').getAll();
    const branches = await Promise.all(
      infos.map(async (info) => {
        const range = IDBKeyRange.bound([info.id, 0], [info.id, Number.MAX_SAFE_INTEGER]);
        const rows = await tx.objectStore('events').getAll(range);
        return { info, events: rows.map((r) => r.event) };
      }),
    );
    const lastOpenBranch = (await tx.objectStore('meta').get('lastOpenBranch')) ?? null;
    await tx.done;
    return { branches, lastOpenBranch };
  }

  async write(batch: WriteBatch): Promise<void> {
    const tx = this.db.transaction(['branches', 'events', 'meta'], 'readwrite');
    const events = tx.objectStore('events');
    const branches = tx.objectStore('branches');
    for (const info of batch.branches) void branches.put(info);
    for (const { branchId, event } of batch.events) {
      void events.put({ branchId, seq: event.seq, event });
    }
    for (const id of batch.deletedBranches) {
      void branches.delete(id);
      void events.delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
    }
    if (batch.lastOpenBranch)
      void tx.objectStore('meta').put(batch.lastOpenBranch, 'lastOpenBranch');
    await tx.done;
  }

  close(): void {
    this.db.close();
  }
}
