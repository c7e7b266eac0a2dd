/**
 * A part of an item's procedural model, in the item's local frame (metres,
 * y up from the item's base, front towards +z). Parts name a shared
 * geometry and a material slot, so every item of a kind shares GPU buffers.
 */
export type PartShape = 'box' | 'cylinder' | 'sphere' | 'outline';

export interface Part {
  shape: PartShape;
  /** Centre of the part. */
  position: [number, number, number];
  /** Extent along x, y, z (the unit geometry is scaled to it). */
  scale: [number, number, number];
  /** Material slot: a key of the kind's materials, or a fixed preset. */
  slot: string;
  /** The slot an item's own colour/material replaces. */
  main?: boolean;
  /** Emissive parts (screens, binder slot lights). */
  glow?: string;
}

export const box = (
  x: number,
  y: number,
  z: number,
  w: number,
  h: number,
  d: number,
  slot: string,
  main = false,
): Part => ({ shape: 'box', position: [x, y, z], scale: [w, h, d], slot, main });

export const cylinder = (
  x: number,
  y: number,
  z: number,
  diameter: number,
  h: number,
  slot: string,
  main = false,
): Part => ({ shape: 'cylinder', position: [x, y, z], scale: [diameter, h, diameter], slot, main });
