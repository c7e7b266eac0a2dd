import defaultScene from '../../../scenes/default.json';
import { OfficeStore } from '../../../src/app/office-store';
import type { BranchInfo } from '../../../src/core/branch-info';
import type { EventEnvelope, ProposedEvent } from '../../../src/core/envelope';
import { coreEventDefinitions } from '../../../src/core/events/core-definitions';
import { validateOfficeFile } from '../../../src/core/file-format';
import { createRegistry, type EventRegistry } from '../../../src/core/registry';
import { Workspace } from '../../../src/core/workspace';

export const coreRegistry = (): EventRegistry => createRegistry([...coreEventDefinitions]);

/** Deterministic ids: `w1`, `w2`, ... */
export function counterIds(prefix = 'w'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** The default scene's events, validated with `registry`. */
export function defaultSceneEvents(registry: EventRegistry): EventEnvelope[] {
  const r = validateOfficeFile(defaultScene, registry);
  if (!r.ok) throw new Error(`default scene refused: ${JSON.stringify(r.error)}`);
  return r.value.events;
}

export const mainInfo: BranchInfo = {
  id: 'main',
  name: 'Main',
  parentId: null,
  forkSeq: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** A workspace holding one branch, `main`, with the given events (the default scene by default). */
export function newWorkspace(
  opts: { registry?: EventRegistry; events?: EventEnvelope[]; idPrefix?: string } = {},
): Workspace {
  const registry = opts.registry ?? coreRegistry();
  const ws = new Workspace({
    registry,
    newId: counterIds(opts.idPrefix ?? 'w'),
    now: () => '2026-01-01T00:00:00.000Z',
  });
  ws.addBranch(mainInfo, opts.events ?? defaultSceneEvents(registry), { announce: false });
  return ws;
}

export function newStore(opts: Parameters<typeof newWorkspace>[0] = {}): OfficeStore {
  return new OfficeStore(newWorkspace(opts));
}

let gestures = 0;
/** A fresh, valid gesture id. */
export const gestureId = () => `g${++gestures}`;

/** A user gesture naming the scene (valid on any state). */
export const named = (name: string, gesture = gestureId()): ProposedEvent => ({
  type: 'SceneNamed',
  payload: { name },
  meta: { gesture },
});

/** Moves one item of the default scene as a user gesture. */
export const moved = (id: string, x: number, z: number, gesture = gestureId()): ProposedEvent => ({
  type: 'ItemsMoved',
  payload: { moves: [{ id, x, z, rotation: 0, elevation: 0, parentId: null }] },
  meta: { gesture },
});

/** Appends and fails loudly when refused. */
export function mustAppend(ws: Workspace, events: ProposedEvent[], branchId?: string) {
  const r = ws.append(events, {}, branchId);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value.events;
}
