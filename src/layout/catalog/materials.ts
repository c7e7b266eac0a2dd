import type { MaterialId } from './schema';

// Physically based presets for the renderer (MeshStandardMaterial numbers).
// Colours follow the essay: warm wood and leather against cold device
// black, grey, steel and glass.

export interface MaterialPreset {
  readonly id: MaterialId;
  readonly label: string;
  readonly color: string;
  readonly roughness: number;
  readonly metalness: number;
  /** < 1 means the renderer should make it transparent. */
  readonly opacity: number;
}

export const materialPresets: Readonly<Record<MaterialId, MaterialPreset>> = {
  wood: {
    id: 'wood',
    label: 'material.wood',
    color: '#a0703c',
    roughness: 0.65,
    metalness: 0,
    opacity: 1,
  },
  leather: {
    id: 'leather',
    label: 'material.leather',
    color: '#6b3e26',
    roughness: 0.5,
    metalness: 0,
    opacity: 1,
  },
  glass: {
    id: 'glass',
    label: 'material.glass',
    color: '#cfe6ec',
    roughness: 0.05,
    metalness: 0,
    opacity: 0.35,
  },
  metal: {
    id: 'metal',
    label: 'material.metal',
    color: '#a8adb3',
    roughness: 0.35,
    metalness: 1,
    opacity: 1,
  },
  steel: {
    id: 'steel',
    label: 'material.steel',
    color: '#6e7378',
    roughness: 0.3,
    metalness: 0.9,
    opacity: 1,
  },
  fabric: {
    id: 'fabric',
    label: 'material.fabric',
    color: '#8a8f99',
    roughness: 0.95,
    metalness: 0,
    opacity: 1,
  },
  plastic: {
    id: 'plastic',
    label: 'material.plastic',
    color: '#2b2b2e',
    roughness: 0.4,
    metalness: 0,
    opacity: 1,
  },
  ceramic: {
    id: 'ceramic',
    label: 'material.ceramic',
    color: '#e8e2d8',
    roughness: 0.3,
    metalness: 0,
    opacity: 1,
  },
  foliage: {
    id: 'foliage',
    label: 'material.foliage',
    color: '#3f7d3a',
    roughness: 0.8,
    metalness: 0,
    opacity: 1,
  },
};

export function materialPreset(id: MaterialId): MaterialPreset {
  return materialPresets[id];
}
