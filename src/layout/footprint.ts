import { builtinCatalog, type Catalog, resolveKind, sizeOf } from './catalog/catalog';
import type { CatalogKind } from './catalog/schema';
import { type Aabb, aabbOfPoints } from './geometry/aabb';
import { type Polygon, rect } from './geometry/polygon';
import { convexDecompose } from './geometry/triangulate';
import { toWorld, type Vec2 } from './geometry/vec';
import type { ItemSize, PlacedItem } from './types';

// An item's footprint: convex parts on the floor plane in world coordinates
// plus the vertical band it occupies. Everything that asks "where is this
// item" (collision, clearance, snapping, selection) goes through here so the
// shapes agree everywhere.

export interface VerticalBand {
  readonly bottom: number;
  readonly top: number;
}

export interface Footprint {
  readonly id: string;
  readonly kind: CatalogKind;
  /** Convex polygons in world coordinates. */
  readonly parts: readonly Polygon[];
  readonly aabb: Aabb;
  readonly band: VerticalBand;
}

/** Arm width the L/U outline can carry at this size without folding over itself. */
export function armFor(kind: 'L' | 'U', arm: number, size: ItemSize): number {
  const limit = kind === 'U' ? size.width * 0.45 : size.width * 0.9;
  return Math.min(arm, limit, size.depth * 0.9);
}

type Outline = { readonly outline: Polygon; readonly parts: readonly Polygon[] };

// Decomposition is the only non-trivial step; outlines are immutable data,
// so the result is cached by the identity of the points array.
const polygonCache = new WeakMap<object, Polygon[]>();

function decomposeCached(key: object, outline: Polygon): Polygon[] {
  const hit = polygonCache.get(key);
  if (hit) return hit;
  const parts = convexDecompose(outline);
  polygonCache.set(key, parts);
  return parts;
}

/** The outline and its convex parts in the item's local frame (front = +z). */
export function localShape(item: Pick<PlacedItem, 'size' | 'points'>, kind: CatalogKind): Outline {
  const size = sizeOf(item, kind);
  const w = size.width / 2;
  const d = size.depth / 2;
  const spec = kind.footprint;
  switch (spec.shape) {
    case 'rect': {
      const r = rect(-w, -d, w, d);
      return { outline: r, parts: [r] };
    }
    case 'L': {
      const a = armFor('L', spec.arm, size);
      const outline: Polygon = [
        { x: -w, z: -d },
        { x: w, z: -d },
        { x: w, z: -d + a },
        { x: -w + a, z: -d + a },
        { x: -w + a, z: d },
        { x: -w, z: d },
      ];
      return { outline, parts: [rect(-w, -d, w, -d + a), rect(-w, -d + a, -w + a, d)] };
    }
    case 'U': {
      const a = armFor('U', spec.arm, size);
      const outline: Polygon = [
        { x: -w, z: -d },
        { x: w, z: -d },
        { x: w, z: d },
        { x: w - a, z: d },
        { x: w - a, z: -d + a },
        { x: -w + a, z: -d + a },
        { x: -w + a, z: d },
        { x: -w, z: d },
      ];
      const parts = [
        rect(-w, -d, w, -d + a),
        rect(-w, -d + a, -w + a, d),
        rect(w - a, -d + a, w, d),
      ];
      return { outline, parts };
    }
    case 'semicircle': {
      // Half ellipse: flat edge on the back line, radius w across, 2d deep.
      const pts: Vec2[] = [];
      for (let i = 0; i <= spec.segments; i++) {
        const t = (i / spec.segments) * Math.PI;
        pts.push({ x: w * Math.cos(t), z: -d + 2 * d * Math.sin(t) });
      }
      return { outline: pts, parts: [pts] };
    }
    case 'polygon': {
      if (item.points && item.points.length >= 3) {
        const outline = item.points.map(([x, z]) => ({ x, z }));
        return { outline, parts: decomposeCached(item.points, outline) };
      }
      // The kind's default outline, stretched to the item's size.
      const sx = size.width / kind.size.width;
      const sz = size.depth / kind.size.depth;
      const outline = spec.points.map(([x, z]) => ({ x: x * sx, z: z * sz }));
      if (sx === 1 && sz === 1) return { outline, parts: decomposeCached(spec.points, outline) };
      return { outline, parts: convexDecompose(outline) };
    }
    default: {
      const never: never = spec;
      throw new Error(`unknown footprint shape ${JSON.stringify(never)}`);
    }
  }
}

export function verticalBand(
  item: Pick<PlacedItem, 'elevation' | 'size'>,
  kind: CatalogKind,
): VerticalBand {
  return { bottom: item.elevation, top: item.elevation + sizeOf(item, kind).height };
}

export function footprintOf(item: PlacedItem, catalog: Catalog = builtinCatalog): Footprint {
  const kind = resolveKind(item.kind, catalog);
  const shape = localShape(item, kind);
  const parts = shape.parts.map((p) => p.map((v) => toWorld(v, item)));
  return {
    id: item.id,
    kind,
    parts,
    aabb: aabbOfPoints(parts.flat()),
    band: verticalBand(item, kind),
  };
}

/** World outline (one polygon, possibly concave) for drawing the item in plan view. */
export function worldOutline(item: PlacedItem, catalog: Catalog = builtinCatalog): Polygon {
  const kind = resolveKind(item.kind, catalog);
  return localShape(item, kind).outline.map((v) => toWorld(v, item));
}

/** Local bounds of the outline; snapping measures edges from these. */
export function localBounds(item: PlacedItem, catalog: Catalog = builtinCatalog): Aabb {
  const kind = resolveKind(item.kind, catalog);
  return aabbOfPoints(localShape(item, kind).outline);
}

export function bandsOverlap(a: VerticalBand, b: VerticalBand, eps = 1e-4): boolean {
  return Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom) > eps;
}
