import type { ItemSize, PlacedItem } from '../types';
import { deviceKinds } from './kinds-devices';
import { furnitureKinds } from './kinds-furniture';
import type { CatalogKind, CatalogKindInput } from './schema';

/** Kinds by id. Functions take one optionally so scenes can bring their own. */
export type Catalog = ReadonlyMap<string, CatalogKind>;

/** The built-in kinds as written; `validateBuiltinCatalog` checks them. */
export const builtinKindData: readonly CatalogKindInput[] = [...furnitureKinds, ...deviceKinds];

function buildBuiltin(): Catalog {
  // Built-in data is ours and static: the catalog unit test runs it through
  // CatalogKindSchema (validate.ts), so start-up does not pay
  // ~20 ms of zod for it on every page load. The schema has no transforms,
  // so the input shape is the parsed shape.
  return new Map(builtinKindData.map((k) => [k.id, k as CatalogKind]));
}

export const builtinCatalog: Catalog = buildBuiltin();

export const catalogKindIds: readonly string[] = [...builtinCatalog.keys()];

/**
 * Stand-in for a kind id the catalog does not know: a plain colliding box,
 * so the item still takes up space instead of vanishing from the checks.
 * Appends and imports refuse such an item (the core's check, given this
 * catalog), so it reaches here only past that check: a branch stored by a
 * build whose catalog had a kind this one lacks (stored events are trusted),
 * a catalog passed in without the kind, or the made-up kinds of the core's
 * tests and benches. A user's GLB is no kind of its own but `customModel`.
 */
const unknownKind: CatalogKind = {
  id: 'unknown',
  label: 'catalog.unknown',
  category: 'custom',
  size: { width: 0.5, depth: 0.5, height: 0.5 },
  footprint: { shape: 'rect' },
  mount: 'floor',
  surfaceHeight: null,
  collides: true,
  backToWall: false,
  tucksUnderDesk: false,
  priceEur: 0,
  materials: { body: 'plastic' },
  resizable: true,
  clearances: [],
  defaultElevation: 0,
};

export function getKind(id: string, catalog: Catalog = builtinCatalog): CatalogKind | undefined {
  return catalog.get(id);
}

export function resolveKind(id: string, catalog: Catalog = builtinCatalog): CatalogKind {
  return catalog.get(id) ?? unknownKind;
}

/** The item's size: its override where the kind is resizable, else the kind's default. */
export function sizeOf(item: Pick<PlacedItem, 'size'>, kind: CatalogKind): ItemSize {
  return kind.resizable && item.size ? item.size : kind.size;
}

/**
 * Height above the floor where things stand on this item, or null. A desk
 * resized in height keeps its top as the surface (the surface scales with it).
 */
export function surfaceTopOf(
  item: Pick<PlacedItem, 'size' | 'elevation'>,
  kind: CatalogKind,
): number | null {
  if (kind.surfaceHeight === null) return null;
  const h = sizeOf(item, kind).height;
  return item.elevation + kind.surfaceHeight * (h / kind.size.height);
}
