import type { OfficeState } from '../core/office-state';
import { builtinCatalog } from '../layout/catalog/catalog';
import { type ClearanceIssue, findClearanceIssues } from '../layout/clearance';
import { type CollisionPair, collidingIds, findCollisions } from '../layout/collision';

export interface LayoutReport {
  collisions: CollisionPair[];
  colliding: Set<string>;
  clearance: ClearanceIssue[];
  flagged: Set<string>;
}

/**
 * Collision and clearance analysis, computed once per items/room/openings
 * state (the state is immutable, so reference equality is the cache key).
 */
let cache: { items: unknown; room: unknown; openings: unknown; report: LayoutReport } | null = null;

export function layoutReport(s: OfficeState): LayoutReport {
  if (cache && cache.items === s.items && cache.room === s.room && cache.openings === s.openings) {
    return cache.report;
  }
  const items = Object.values(s.items);
  const collisions = findCollisions(items, builtinCatalog);
  const clearance = findClearanceIssues(s.room, Object.values(s.openings), items);
  const flagged = new Set<string>();
  for (const c of clearance) for (const id of c.itemIds) flagged.add(id);
  const report = { collisions, colliding: collidingIds(collisions), clearance, flagged };
  cache = { items: s.items, room: s.room, openings: s.openings, report };
  return report;
}
