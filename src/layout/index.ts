// Public surface of the layout layer: pure geometry over plain data, no
// React, three.js or DOM. The scene and the app import from here only.

export { sweepPairs } from './broadphase';
export * from './catalog/index';
export * from './clearance/index';
export {
  type CollisionPair,
  collidingIds,
  collisionsFor,
  findCollisions,
  footprintsCollide,
  itemsCollide,
  kindsMayCollide,
} from './collision';
export {
  armFor,
  bandsOverlap,
  type Footprint,
  footprintOf,
  localBounds,
  localShape,
  type VerticalBand,
  verticalBand,
  worldOutline,
} from './footprint';
export { type Aabb, aabbOfPoints, aabbOverlaps, aabbUnion } from './geometry/aabb';
export { partsGap } from './geometry/distance';
export {
  convexHull,
  isConvex,
  type Polygon,
  polygonContains,
  signedArea,
} from './geometry/polygon';
export { convexOverlap, partsOverlap, satDepth } from './geometry/sat';
export { convexDecompose } from './geometry/triangulate';
export {
  EPS,
  frontDirection,
  normalizeAngle,
  rotateY,
  toLocal,
  toWorld,
  type Vec2,
} from './geometry/vec';
export * from './glb/index';
export { freeOpeningOffset, SPOT_GAP, SPOT_STEP } from './opening-spot';
export {
  type ChildPose,
  descendantsOf,
  findSurfaceAt,
  itemMetrics,
  moveChildren,
  restingElevation,
  type Standing,
  type Support,
  standingAt,
} from './parenting';
export type { Err, Ok } from './result';
export { Result } from './result';
export { facingRoomRotation, openingJambs, roomBounds, type WallFrame, wallFrame } from './room';
export { clampIntoRoom, type RoomClampOptions, type RoomShift } from './room-clamp';
export {
  type DuplicateOffset,
  type DuplicateOptions,
  findDuplicateOffset,
  selectionBounds,
} from './selection';
export * from './snap/index';
export type {
  ItemSize,
  Opening,
  PlacedItem,
  Pose,
  PoseWithElevation,
  Room,
  WallSide,
} from './types';
export { WALL_SIDES } from './types';
