export { type EdgeSnap, type Neighbour, snapToEdges } from './edges';
export { snapEdgesToGrid, snapToGrid } from './grid';
export {
  type Axis,
  defaultSnapOptions,
  type SnapOptions,
  type SnapResult,
  type SnapTarget,
} from './options';
export { rotateStep, snapRotation } from './rotation';
export { type SnapRequest, snapPose } from './snap-pose';
export { flushDelta, nearestWall, type WallGap, wallGaps } from './walls';
