import { sizeOf } from '../catalog/catalog';
import type { CatalogKind, ClearanceSpec } from '../catalog/schema';
import { armFor, type VerticalBand } from '../footprint';
import { type Polygon, rect } from '../geometry/polygon';
import { toWorld } from '../geometry/vec';
import type { PlacedItem } from '../types';
import type { ClearanceOptions } from './types';

// Clearance zones are rectangles in the item's local frame (front = +z),
// turned into world polygons. They are not part of the item: other items
// must keep out of them, the item itself and its desk-top children may not.

export interface ClearanceZone {
  readonly kind: ClearanceSpec['kind'];
  readonly ownerId: string;
  readonly polygon: Polygon;
  readonly band: VerticalBand;
}

/** Local x-range and z-start where a chair sits: the notch of an L or U, else the front edge. */
function seatLine(kind: CatalogKind, w: number, d: number): { x0: number; x1: number; z: number } {
  const f = kind.footprint;
  switch (f.shape) {
    case 'L': {
      const a = armFor('L', f.arm, { width: w, depth: d, height: 1 });
      return { x0: -w / 2 + a, x1: w / 2, z: -d / 2 + a };
    }
    case 'U': {
      const a = armFor('U', f.arm, { width: w, depth: d, height: 1 });
      return { x0: -w / 2 + a, x1: w / 2 - a, z: -d / 2 + a };
    }
    case 'rect':
    case 'semicircle':
    case 'polygon':
      return { x0: -w / 2, x1: w / 2, z: d / 2 };
    default: {
      const never: never = f;
      throw new Error(`unknown footprint ${JSON.stringify(never)}`);
    }
  }
}

export function clearanceZones(
  item: PlacedItem,
  kind: CatalogKind,
  opts: ClearanceOptions,
): ClearanceZone[] {
  const size = sizeOf(item, kind);
  const out: ClearanceZone[] = [];
  for (const spec of kind.clearances) {
    let local: Polygon;
    let band: VerticalBand;
    switch (spec.kind) {
      case 'chairPullOut': {
        const seat = seatLine(kind, size.width, size.depth);
        const mid = (seat.x0 + seat.x1) / 2;
        const half = Math.min(seat.x1 - seat.x0, opts.chairZoneWidth) / 2;
        local = rect(mid - half, seat.z, mid + half, seat.z + spec.depth);
        band = { bottom: item.elevation, top: item.elevation + opts.chairZoneHeight };
        break;
      }
      case 'frontAccess': {
        local = rect(-size.width / 2, size.depth / 2, size.width / 2, size.depth / 2 + spec.depth);
        band = { bottom: item.elevation, top: item.elevation + size.height };
        break;
      }
      default: {
        const never: never = spec.kind;
        throw new Error(`unknown clearance ${String(never)}`);
      }
    }
    out.push({
      kind: spec.kind,
      ownerId: item.id,
      polygon: local.map((p) => toWorld(p, item)),
      band,
    });
  }
  return out;
}
