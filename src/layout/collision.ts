import { sweepPairs } from './broadphase';
import { builtinCatalog, type Catalog } from './catalog/catalog';
import { bandsOverlap, type Footprint, footprintOf } from './footprint';
import { aabbOverlaps } from './geometry/aabb';
import { partsOverlap } from './geometry/sat';
import type { PlacedItem } from './types';

// Collision is a pure function of the items: the scene draws what it
// returns, the app lists it; nothing is refused (a warning, not a refusal).
// Rules, in 3D:
// - both kinds collide (rugs do not);
// - a chair may tuck under a desk;
// - vertical bands overlap (a computer standing on the desk top only touches it);
// - footprints overlap by more than 1e-4 m (touching is fine).

export interface CollisionPair {
  /** The smaller id of the two, so results compare equal regardless of input order. */
  readonly a: string;
  readonly b: string;
}

/** Kind-level exemptions: does this pair of kinds ever collide? */
export function kindsMayCollide(a: Footprint, b: Footprint): boolean {
  if (!a.kind.collides || !b.kind.collides) return false;
  if (a.kind.tucksUnderDesk && b.kind.category === 'desk') return false;
  if (b.kind.tucksUnderDesk && a.kind.category === 'desk') return false;
  return true;
}

export function footprintsCollide(a: Footprint, b: Footprint): boolean {
  if (a.id === b.id) return false;
  if (!kindsMayCollide(a, b)) return false;
  if (!bandsOverlap(a.band, b.band)) return false;
  if (!aabbOverlaps(a.aabb, b.aabb)) return false;
  return partsOverlap(a.parts, b.parts);
}

export function itemsCollide(a: PlacedItem, b: PlacedItem, catalog: Catalog = builtinCatalog) {
  return footprintsCollide(footprintOf(a, catalog), footprintOf(b, catalog));
}

function pairOf(x: string, y: string): CollisionPair {
  return x < y ? { a: x, b: y } : { a: y, b: x };
}

function comparePairs(p: CollisionPair, q: CollisionPair): number {
  return p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0;
}

/** Every colliding pair, sorted by (a, b). */
export function findCollisions(
  items: readonly PlacedItem[],
  catalog: Catalog = builtinCatalog,
): CollisionPair[] {
  const fps = items.map((i) => footprintOf(i, catalog));
  const out: CollisionPair[] = [];
  for (const [i, j] of sweepPairs(fps.map((f) => f.aabb))) {
    const a = fps[i]!;
    const b = fps[j]!;
    if (footprintsCollide(a, b)) out.push(pairOf(a.id, b.id));
  }
  return out.sort(comparePairs);
}

/** Ids of the items that collide with `id`, sorted. */
export function collisionsFor(
  id: string,
  items: readonly PlacedItem[],
  catalog: Catalog = builtinCatalog,
): string[] {
  const target = items.find((i) => i.id === id);
  if (!target) return [];
  const fp = footprintOf(target, catalog);
  const out: string[] = [];
  for (const other of items) {
    if (other.id === id) continue;
    if (footprintsCollide(fp, footprintOf(other, catalog))) out.push(other.id);
  }
  return out.sort();
}

/** Ids involved in any collision: what the scene paints red. */
export function collidingIds(pairs: readonly CollisionPair[]): Set<string> {
  const s = new Set<string>();
  for (const p of pairs) {
    s.add(p.a);
    s.add(p.b);
  }
  return s;
}
