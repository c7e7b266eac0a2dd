import type { Polygon } from '../geometry/polygon';
import type { Vec2 } from '../geometry/vec';
import { wallFrame } from '../room';
import type { Opening, Room } from '../types';

/**
 * The floor a door leaf sweeps: a quarter disc of radius = door width,
 * centred on the hinge jamb, inside the room. `hinge` is seen from inside
 * the room looking at the wall; doors without one are taken as left-hinged.
 */
export function doorSwingPolygon(room: Room, door: Opening, segments = 8): Polygon {
  const f = wallFrame(room, door.wall);
  const centre: Vec2 = {
    x: f.center.x + f.along.x * door.offset,
    z: f.center.z + f.along.z * door.offset,
  };
  // Facing the wall from inside means facing -inward; the viewer's right is
  // then (inward.z, -inward.x) (y up, right = forward × up).
  const right: Vec2 = { x: f.inward.z, z: -f.inward.x };
  const sign = (door.hinge ?? 'left') === 'right' ? 1 : -1;
  const r = door.width;
  const hinge: Vec2 = {
    x: centre.x + right.x * sign * (r / 2),
    z: centre.z + right.z * sign * (r / 2),
  };
  // Closed, the leaf points from the hinge to the other jamb; open, into the room.
  const closed: Vec2 = { x: -right.x * sign, z: -right.z * sign };
  const pts: Vec2[] = [hinge];
  for (let i = 0; i <= segments; i++) {
    const t = (i / segments) * (Math.PI / 2);
    const c = Math.cos(t);
    const s = Math.sin(t);
    pts.push({
      x: hinge.x + r * (closed.x * c + f.inward.x * s),
      z: hinge.z + r * (closed.z * c + f.inward.z * s),
    });
  }
  return pts;
}
