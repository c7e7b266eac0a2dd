import type { Pose, WallSide } from '../types';

export interface SnapOptions {
  /** False while Alt is held: the pose passes through untouched ("free"). */
  readonly enabled: boolean;
  /** Grid step in metres (0.05, 0.1, 0.25 …); null turns the grid off. */
  readonly gridStep: number | null;
  /** Rotation step in radians (15° by default); null = free rotation (Shift). */
  readonly rotationStep: number | null;
  /** Wall pull distance; openPlan3D cut theirs from 0.30 to 0.12 m as too grabby. 0 disables. */
  readonly wallPull: number;
  /** Pull distance towards other items' edges. 0 disables. */
  readonly edgePull: number;
  /** How far apart (across the snapping axis) another item may be and still offer its edges. */
  readonly edgeReach: number;
}

export const defaultSnapOptions: SnapOptions = {
  enabled: true,
  gridStep: 0.1,
  rotationStep: Math.PI / 12,
  wallPull: 0.12,
  edgePull: 0.12,
  edgeReach: 1,
};

export type Axis = 'x' | 'z';

/** What the pose snapped to; the scene draws a guide line per entry. */
export type SnapTarget =
  | { readonly type: 'grid'; readonly axis: Axis; readonly line: number }
  | { readonly type: 'wall'; readonly wall: WallSide; readonly axis: Axis; readonly line: number }
  | { readonly type: 'edge'; readonly axis: Axis; readonly line: number; readonly itemId: string }
  | { readonly type: 'rotation'; readonly angle: number };

export interface SnapResult {
  readonly pose: Pose;
  readonly snappedTo: readonly SnapTarget[];
}
