import * as THREE from 'three';
import { MATERIAL_IDS, type MaterialId } from '../layout/catalog/ids';
import { materialPresets } from '../layout/catalog/materials';

/**
 * GPU resources shared by every item: one unit geometry per shape and one
 * material per (preset, colour, glow). Items never clone them, so 300 items
 * of ten kinds hold ten-odd buffers, and a rename allocates nothing.
 */
export const unitGeometries = {
  box: new THREE.BoxGeometry(1, 1, 1),
  cylinder: new THREE.CylinderGeometry(0.5, 0.5, 1, 20),
  sphere: new THREE.IcosahedronGeometry(0.5, 1),
} as const;

const materials = new Map<string, THREE.MeshStandardMaterial>();

export function isMaterialId(id: string | undefined): id is MaterialId {
  return id !== undefined && (MATERIAL_IDS as readonly string[]).includes(id);
}

export function sharedMaterial(
  preset: MaterialId,
  color?: string,
  glow?: string,
): THREE.MeshStandardMaterial {
  const key = `${preset}|${color ?? ''}|${glow ?? ''}`;
  let m = materials.get(key);
  if (!m) {
    const p = materialPresets[preset];
    m = new THREE.MeshStandardMaterial({
      color: color ?? p.color,
      roughness: p.roughness,
      // Metals look black without an environment map; keep them readable offline.
      metalness: Math.min(p.metalness, 0.4),
      transparent: p.opacity < 1,
      opacity: p.opacity,
    });
    if (glow) {
      m.emissive = new THREE.Color(glow);
      m.emissiveIntensity = 0.8;
    }
    materials.set(key, m);
  }
  return m;
}

const outlines = new Map<string, THREE.ExtrudeGeometry>();

/** Extruded desk tops of a given outline; cached by outline so equal desks share it. */
export function outlineGeometry(
  points: ReadonlyArray<readonly [number, number]>,
  thickness: number,
) {
  const key = `${thickness}|${points.map((p) => `${p[0].toFixed(3)},${p[1].toFixed(3)}`).join(';')}`;
  let g = outlines.get(key);
  if (!g) {
    // Shape lives in x/y; rotating by +90° about x maps shape y to world -z, so negate.
    const shape = new THREE.Shape(points.map(([x, z]) => new THREE.Vector2(x, -z)));
    g = new THREE.ExtrudeGeometry(shape, { depth: thickness, bevelEnabled: false });
    g.rotateX(-Math.PI / 2);
    outlines.set(key, g);
  }
  return g;
}

export const unitEdges = new THREE.EdgesGeometry(unitGeometries.box);

export const markerMaterials = {
  selected: new THREE.LineBasicMaterial({ color: '#1f6fd1' }),
  colliding: new THREE.LineBasicMaterial({ color: '#d62b1f' }),
  flagged: new THREE.LineBasicMaterial({ color: '#d08a00' }),
  collidingFill: new THREE.MeshBasicMaterial({
    color: '#ff3b2f',
    transparent: true,
    opacity: 0.25,
    depthWrite: false,
  }),
} as const;
