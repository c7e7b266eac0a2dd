// The catalog's vocabularies, apart from the zod schema that checks them: the
// app needs these lists at start-up, the schema only where data is checked.

export const CATEGORIES = [
  'desk',
  'seating',
  'storage',
  'home',
  'partition',
  'rug',
  'plant',
  'lamp',
  'device',
  // Imported glTF/GLB items: anything a user brings.
  'custom',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const MATERIAL_IDS = [
  'wood',
  'leather',
  'glass',
  'metal',
  'steel',
  'fabric',
  'plastic',
  'ceramic',
  'foliage',
] as const;
export type MaterialId = (typeof MATERIAL_IDS)[number];

export const DEVICE_MODELS = [
  'eBoard',
  'handheldScanner',
  'scannerDock',
  'smartBinder',
  'audioRecorder',
  'computer',
  'allInOnePrinter',
  'printer',
  'copier',
  'scanner',
  'router',
] as const;
export type DeviceModel = (typeof DEVICE_MODELS)[number];

export const MOUNTS = ['floor', 'desk', 'wall', 'ceiling'] as const;
export type Mount = (typeof MOUNTS)[number];
