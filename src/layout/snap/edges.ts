import type { Aabb } from '../geometry/aabb';
import type { Axis } from './options';

export interface EdgeSnap {
  readonly delta: number;
  readonly line: number;
  readonly itemId: string;
}

export interface Neighbour {
  readonly id: string;
  readonly box: Aabb;
}

const lo = (b: Aabb, axis: Axis) => (axis === 'x' ? b.minX : b.minZ);
const hi = (b: Aabb, axis: Axis) => (axis === 'x' ? b.maxX : b.maxZ);

/**
 * The smallest move along `axis` (within `pull`) that puts one of the box's
 * edges on an edge of a nearby item: aligned (left to left) or abutting
 * (left to right). "Nearby" means within `reach` across the axis.
 */
export function snapToEdges(
  box: Aabb,
  axis: Axis,
  neighbours: readonly Neighbour[],
  pull: number,
  reach: number,
): EdgeSnap | null {
  if (pull <= 0) return null;
  const across: Axis = axis === 'x' ? 'z' : 'x';
  let best: EdgeSnap | null = null;
  for (const n of neighbours) {
    const gapAcross = Math.max(
      lo(n.box, across) - hi(box, across),
      lo(box, across) - hi(n.box, across),
    );
    if (gapAcross > reach) continue;
    const myEdges = [lo(box, axis), hi(box, axis)];
    const theirEdges = [lo(n.box, axis), hi(n.box, axis)];
    for (const mine of myEdges) {
      for (const theirs of theirEdges) {
        const delta = theirs - mine;
        if (Math.abs(delta) > pull) continue;
        if (!best || Math.abs(delta) < Math.abs(best.delta))
          best = { delta, line: theirs, itemId: n.id };
      }
    }
  }
  return best;
}
