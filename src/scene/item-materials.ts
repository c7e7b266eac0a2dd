import type { PlacedItem } from '../core/office-state';
import type { CatalogKind, MaterialId } from '../layout/catalog/schema';
import type { Part } from './parts/part';
import { isMaterialId, sharedMaterial } from './shared-resources';

/**
 * Which shared material a part gets: the kind's material for the part's
 * slot, the item's own colour/material on its main parts.
 */
export function materialForPart(part: Part, kind: CatalogKind, item: PlacedItem) {
  const mats = Object.values(kind.materials) as MaterialId[];
  let preset: MaterialId =
    (kind.materials[part.slot] as MaterialId | undefined) ??
    (part.main ? mats[0] : (mats[1] ?? mats[0])) ??
    'plastic';
  if (part.slot === 'screen') preset = 'glass';
  if (part.slot === 'slot' || part.slot === 'light') preset = 'plastic';
  let color: string | undefined;
  if (part.main) {
    if (isMaterialId(item.material)) preset = item.material;
    color = item.color;
  }
  if (part.slot === 'screen') return sharedMaterial('plastic', '#1d2733', part.glow);
  return sharedMaterial(preset, color, part.glow);
}
