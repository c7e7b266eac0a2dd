import type { CatalogKind } from '../../layout/catalog/schema';
import { deskParts } from './desk-parts';
import { deviceParts } from './device-parts';
import {
  bedParts,
  lampParts,
  partitionParts,
  plantParts,
  rugParts,
  seatingParts,
  storageParts,
} from './furniture-parts';
import { box, type Part } from './part';

/** The procedural model of one catalog kind at a given size. */
export function partsFor(kind: CatalogKind, w: number, d: number, h: number): Part[] {
  switch (kind.category) {
    case 'desk':
      return deskParts(w, d, h, kind.footprint);
    case 'seating':
      return seatingParts(kind.id, w, d, h);
    case 'storage':
      return storageParts(w, d, h);
    case 'home':
      return kind.id === 'bed' ? bedParts(w, d, h) : seatingParts(kind.id, w, d, h);
    case 'partition':
      return partitionParts(w, d, h);
    case 'rug':
      return rugParts(w, d, h);
    case 'plant':
      return plantParts(w, d, h);
    case 'lamp':
      return lampParts(kind.id, w, d, h);
    case 'device':
      return deviceParts(kind.id, w, d, h);
    default:
      return [box(0, h / 2, 0, w, h, d, 'body', true)];
  }
}
