export {
  builtinCatalog,
  type Catalog,
  catalogKindIds,
  getKind,
  resolveKind,
  sizeOf,
  surfaceTopOf,
} from './catalog';
export { defineKind } from './define';
export { deviceKinds } from './kinds-devices';
export { furnitureKinds } from './kinds-furniture';
export { type MaterialPreset, materialPreset, materialPresets } from './materials';
export { catalogNames } from './names';
export {
  CATEGORIES,
  type CatalogKind,
  type CatalogKindInput,
  CatalogKindSchema,
  type Category,
  type ClearanceSpec,
  DEVICE_MODELS,
  type DeviceModel,
  type FootprintSpec,
  MATERIAL_IDS,
  type MaterialId,
  MOUNTS,
  type Mount,
} from './schema';
export { type CatalogIssue, validateBuiltinCatalog, validateCatalog } from './validate';
