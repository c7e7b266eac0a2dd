/**
 * The folded state of one branch. Plain JSON data only: it is cloned with
 * structuredClone for snapshots, frozen by immer for React, and compared with
 * deep equality in property tests.
 */
export type WallSide = 'north' | 'east' | 'south' | 'west';

export interface Room {
  width: number;
  depth: number;
  height: number;
  wallThickness: number;
}

export interface Opening {
  id: string;
  kind: 'door' | 'window';
  wall: WallSide;
  /** Metres from the wall's centre along the wall. */
  offset: number;
  width: number;
  height: number;
  sill: number;
  hinge?: 'left' | 'right';
}

export interface Size3 {
  width: number;
  depth: number;
  height: number;
}

export interface PlacedItem {
  id: string;
  kind: string;
  x: number;
  z: number;
  /** Radians about +Y, as three.js rotation.y. */
  rotation: number;
  elevation: number;
  parentId: string | null;
  size?: Size3;
  color?: string;
  material?: string;
  points?: Array<[number, number]>;
  /** Custom glTF items: the asset's id in `assets`. */
  assetId?: string;
  label?: string;
}

/** A user's glTF model; its bytes stay in the AssetImported event, not in state. */
export interface AssetInfo {
  id: string;
  name: string;
  bytes: number;
  scale: number;
  size: Size3;
  /** Translation that centres the model's footprint and puts its base on the floor. */
  offset: [number, number, number];
}

export interface OfficeState {
  /** Seq of the last event folded in; 0 before any. */
  seq: number;
  /** Simulation time of the last event. */
  at: number;
  name: string;
  room: Room;
  openings: Record<string, Opening>;
  items: Record<string, PlacedItem>;
  assets: Record<string, AssetInfo>;
}

export const initialOfficeState = (): OfficeState => ({
  seq: 0,
  at: 0,
  name: '',
  room: { width: 4, depth: 3.5, height: 2.7, wallThickness: 0.12 },
  openings: {},
  items: {},
  assets: {},
});

/** How far outside the room an item may stand before input counts as insane. */
export const ROOM_MARGIN_M = 1;
