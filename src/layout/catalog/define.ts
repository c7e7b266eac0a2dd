import type { CatalogKindInput } from './schema';

// Defaults for the catalog data files so each kind lists only what makes it
// different. The result is still validated by CatalogKindSchema.

type Required = Pick<
  CatalogKindInput,
  'id' | 'category' | 'size' | 'mount' | 'priceEur' | 'materials'
>;

export function defineKind(k: Required & Partial<CatalogKindInput>): CatalogKindInput {
  return {
    label: `catalog.${k.id}`,
    footprint: { shape: 'rect' },
    surfaceHeight: null,
    collides: true,
    backToWall: false,
    tucksUnderDesk: false,
    resizable: false,
    clearances: [],
    defaultElevation: 0,
    ...k,
  };
}
