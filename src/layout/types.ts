// Shapes of the data the layout layer reads. They mirror the core's event
// payloads structurally (metres, radians, room centred at the origin) so the
// core's zod-inferred types are assignable to them without conversion.

export type WallSide = 'north' | 'east' | 'south' | 'west';

export const WALL_SIDES: readonly WallSide[] = ['north', 'east', 'south', 'west'];

/** Room box. x ∈ [-width/2, width/2], z ∈ [-depth/2, depth/2], floor at y = 0. */
export interface Room {
  readonly width: number;
  readonly depth: number;
  readonly height: number;
  readonly wallThickness: number;
}

export interface Opening {
  readonly id: string;
  readonly kind: 'door' | 'window';
  readonly wall: WallSide;
  /** Metres from the wall's centre along the wall (see `wallFrame` for the sign). */
  readonly offset: number;
  readonly width: number;
  readonly height: number;
  /** 0 for doors. */
  readonly sill: number;
  /** Seen from inside the room, looking at the wall. */
  readonly hinge?: 'left' | 'right' | undefined;
}

export interface ItemSize {
  readonly width: number;
  readonly depth: number;
  readonly height: number;
}

export interface PlacedItem {
  readonly id: string;
  /** Catalog kind id. */
  readonly kind: string;
  readonly x: number;
  readonly z: number;
  /** Radians about +Y, as three.js `rotation.y`. */
  readonly rotation: number;
  /** Metres above the floor of the item's base. */
  readonly elevation: number;
  /** The desk a desk-top item stands on. */
  readonly parentId: string | null;
  readonly size?: ItemSize | undefined;
  readonly color?: string | undefined;
  readonly material?: string | undefined;
  /** Irregular desk outline in local coordinates [x, z]. */
  readonly points?: ReadonlyArray<readonly [number, number]> | undefined;
}

/** The part of an item that moves: what snapping and parenting produce. */
export interface Pose {
  readonly x: number;
  readonly z: number;
  readonly rotation: number;
}

export interface PoseWithElevation extends Pose {
  readonly elevation: number;
}
