import { builtinCatalog, type Catalog } from '../catalog/catalog';
import { bandsOverlap, type Footprint, footprintOf, type VerticalBand } from '../footprint';
import { aabbOfPoints, aabbOverlaps } from '../geometry/aabb';
import { clipConvex } from '../geometry/clip';
import { centroid, type Polygon } from '../geometry/polygon';
import { convexOverlap } from '../geometry/sat';
import { EPS, type Vec2 } from '../geometry/vec';
import { roomBounds } from '../room';
import type { Opening, PlacedItem, Room } from '../types';
import { doorClashIssues } from './door-clash';
import { doorSwingPolygon } from './door-swing';
import { openingMisfitIssues } from './opening-fit';
import { openingOverlapIssues } from './opening-overlap';
import { outsideRoomIssues } from './outside-room';
import {
  type ClearanceIssue,
  type ClearanceOptions,
  defaultClearanceOptions,
  messageKeys,
} from './types';
import { isFloorObstacle, walkwayIssues } from './walkway';
import { windowBlockedIssues } from './window-light';
import { clearanceZones } from './zones';

export interface FindClearanceOptions extends Partial<ClearanceOptions> {
  readonly catalog?: Catalog;
}

/** Where `f` enters `zone`: the centroid of the first overlapping part's intersection. */
function intrusion(f: Footprint, zone: Polygon, band: VerticalBand): Vec2 | null {
  if (!f.kind.collides || !bandsOverlap(f.band, band)) return null;
  if (!aabbOverlaps(f.aabb, aabbOfPoints(zone))) return null;
  for (const part of f.parts) {
    if (convexOverlap(part, zone)) return centroid(clipConvex(part, zone));
  }
  return null;
}

function crossesWall(zone: Polygon, room: Room): boolean {
  const b = roomBounds(room);
  return zone.some(
    (p) => p.x < b.minX - EPS || p.x > b.maxX + EPS || p.z < b.minZ - EPS || p.z > b.maxZ + EPS,
  );
}

interface Tree {
  readonly parentOf: ReadonlyMap<string, string | null>;
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
}

function treeOf(items: readonly PlacedItem[]): Tree {
  const parentOf = new Map<string, string | null>();
  const childrenOf = new Map<string, string[]>();
  for (const i of items) {
    parentOf.set(i.id, i.parentId);
    if (i.parentId === null) continue;
    const list = childrenOf.get(i.parentId);
    if (list) list.push(i.id);
    else childrenOf.set(i.parentId, [i.id]);
  }
  return { parentOf, childrenOf };
}

/** Ids related to `id` through parentId (ancestors and descendants): they ride together. */
function family(id: string, tree: Tree): Set<string> {
  const out = new Set<string>([id]);
  for (let p = tree.parentOf.get(id); p && !out.has(p); p = tree.parentOf.get(p)) out.add(p);
  const stack = [id];
  while (stack.length > 0) {
    for (const c of tree.childrenOf.get(stack.pop()!) ?? []) {
      if (out.has(c)) continue; // a parentId cycle must not loop forever
      out.add(c);
      stack.push(c);
    }
  }
  return out;
}

function compareIssues(a: ClearanceIssue, b: ClearanceIssue): number {
  const key = (i: ClearanceIssue) =>
    `${i.kind}|${i.itemIds.join(',')}|${i.openingId ?? ''}|${i.otherOpeningId ?? ''}`;
  const ka = key(a);
  const kb = key(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.where.x - b.where.x || a.where.z - b.where.z;
}

/**
 * Everything that blocks a clearance: desk chair zones, front access of
 * shelves and devices, door swings, walkways under 0.6 m, items outside
 * the room, doors and windows that no longer fit their wall or overlap
 * another on it, windows something tall stands in front of, doors whose
 * leaves hit each other when both open. Warnings, not
 * refusals: the user may keep the layout.
 */
export function findClearanceIssues(
  room: Room,
  openings: readonly Opening[],
  items: readonly PlacedItem[],
  options: FindClearanceOptions = {},
): ClearanceIssue[] {
  const { catalog = builtinCatalog, ...rest } = options;
  const opts: ClearanceOptions = { ...defaultClearanceOptions, ...rest };
  const fps = items.map((i) => footprintOf(i, catalog));
  const out: ClearanceIssue[] = [];
  const tree = treeOf(items);

  items.forEach((item, idx) => {
    const zones = clearanceZones(item, fps[idx]!.kind, opts);
    if (zones.length === 0) return;
    const related = family(item.id, tree);
    for (const zone of zones) {
      const key = messageKeys[zone.kind];
      if (item.parentId === null && crossesWall(zone.polygon, room)) {
        out.push({
          kind: zone.kind,
          itemIds: [item.id],
          messageKey: key,
          where: centroid(zone.polygon),
        });
      }
      for (const f of fps) {
        if (related.has(f.id)) continue;
        // The chair belongs in its desk's pull-out zone.
        if (zone.kind === 'chairPullOut' && f.kind.tucksUnderDesk) continue;
        const where = intrusion(f, zone.polygon, zone.band);
        if (where) out.push({ kind: zone.kind, itemIds: [item.id, f.id], messageKey: key, where });
      }
    }
  });

  for (const door of openings) {
    if (door.kind !== 'door') continue;
    const swing = doorSwingPolygon(room, door);
    const band = { bottom: 0, top: door.height };
    fps.forEach((f, idx) => {
      // Desk-top items ride on a desk that is reported already.
      if (items[idx]!.parentId !== null) return;
      const where = intrusion(f, swing, band);
      if (where) {
        out.push({
          kind: 'doorSwing',
          itemIds: [f.id],
          messageKey: messageKeys.doorSwing,
          where,
          openingId: door.id,
        });
      }
    });
  }

  const obstacles = fps.filter((f, idx) => isFloorObstacle(f, items[idx]!.parentId));
  out.push(...walkwayIssues(room, obstacles, opts));
  out.push(...outsideRoomIssues(room, fps));
  out.push(...openingMisfitIssues(room, openings));
  out.push(...openingOverlapIssues(room, openings));
  out.push(...windowBlockedIssues(room, openings, fps));
  out.push(...doorClashIssues(room, openings));
  return out.sort(compareIssues);
}
