import type { BranchInfo } from '../../../src/core/branch-info';
import { BranchLog } from '../../../src/core/branch-log';
import type { EventEnvelope, ProposedEvent } from '../../../src/core/envelope';
import { coreEventDefinitions } from '../../../src/core/events/core-definitions';
import type { CoreEventType, CorePayload } from '../../../src/core/events/core-events';
import type { OfficeState, PlacedItem } from '../../../src/core/office-state';
import { createRegistry, type EventRegistry } from '../../../src/core/registry';
import { Workspace } from '../../../src/core/workspace';

/** The core registry only: device types are added by the app, not here. */
export const makeRegistry = (): EventRegistry => createRegistry(coreEventDefinitions);

/** Deterministic ids: `e1`, `e2`, ... */
export function counterIds(prefix = 'e'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

export function newLog(init: { snapshotEvery?: number } = {}): BranchLog {
  return new BranchLog(makeRegistry(), counterIds(), init);
}

export function newWorkspace(snapshotEvery?: number): Workspace {
  const ws = new Workspace({
    registry: makeRegistry(),
    newId: counterIds('w'),
    now: () => '2026-01-01T00:00:00.000Z',
    ...(snapshotEvery ? { snapshotEvery } : {}),
  });
  ws.createBranch('main');
  return ws;
}

export function item(id: string, over: Partial<PlacedItem> = {}): PlacedItem {
  return { id, kind: 'desk', x: 0, z: 0, rotation: 0, elevation: 0, parentId: null, ...over };
}

/** A typed proposal of a core event. */
export function ev<T extends CoreEventType>(
  type: T,
  payload: CorePayload<T>,
  extra: Omit<ProposedEvent, 'type' | 'payload'> = {},
): ProposedEvent {
  return { type, payload, ...extra };
}

/** The state without its clock (seq, at): what undo/redo must restore. */
export function content(s: OfficeState): Omit<OfficeState, 'seq' | 'at'> {
  const { seq: _seq, at: _at, ...rest } = s;
  return structuredClone(rest);
}

/** Appends and fails the test loudly when the log refuses. */
export function mustAppend(log: { append: BranchLog['append'] }, events: ProposedEvent[]) {
  const r = log.append(events);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A branch as stored, named after its id. */
export const branchInfo = (
  id: string,
  parentId: string | null = null,
  forkSeq = 0,
): BranchInfo => ({
  id,
  name: id,
  parentId,
  forkSeq,
  createdAt: 'x',
});

/** A valid stored event at `seq` (a SceneNamed, id `e<seq>`), as written to IndexedDB. */
export const storedEvent = (seq: number, name = `n${seq}`): EventEnvelope => ({
  seq,
  id: `e${seq}`,
  type: 'SceneNamed',
  v: 1,
  at: 0,
  source: 'user',
  payload: { name },
});
