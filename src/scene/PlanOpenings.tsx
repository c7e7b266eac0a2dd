import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useOffice } from '../app/use-office';
import type { Opening, Room } from '../core/office-state';
import { clashingDoors } from '../layout/clearance/door-clash';
import { doorSwingPolygon } from '../layout/clearance/door-swing';
import { openingMisfit } from '../layout/clearance/opening-fit';
import { overlappingPairs } from '../layout/clearance/opening-overlap';
import { FLOOR_COLOR } from './RoomShell';
import { wallPlacement } from './wall-geometry';

const GLASS_COLOR = '#8fc1e3';
const SWING_COLOR = '#5b4a36';
/** An opening that no longer fits its wall, overlaps another or clashes with another door: the amber of flagged items (shared-resources.ts). */
const MISFIT_COLOR = '#d08a00';
/** Above the wall caps (at height + 0.01..0.02), so the plan shows these on top. */
const LIFT = 0.03;

/**
 * Doors and windows as a plan draws them: seen from straight above, a
 * wall's cut-outs are hidden under its cap, so the plan view adds a gap
 * and the leaf's swing for each door and a glass band for each window;
 * one that no longer fits its wall, overlaps another on it, or is a door
 * whose leaf hits another's, is drawn in the flagged items' amber.
 * Plan only; unlit materials, compiled when the plan is first shown.
 */
export function PlanOpenings() {
  const room = useOffice((v) => v.state.room);
  const openings = useOffice((v) => v.state.openings);
  const list = useMemo(() => Object.values(openings), [openings]);
  // Both of two overlapping openings, or clashing doors, are flagged, as the Layout checks name both.
  const paired = useMemo(
    () =>
      new Set([
        ...overlappingPairs(list).flatMap(([a, b]) => [a.id, b.id]),
        ...clashingDoors(room, list).flatMap((c) => [c.a.id, c.b.id]),
      ]),
    [room, list],
  );
  return (
    <group name="plan-openings">
      {list.map((o) => (
        <PlanOpening key={o.id} room={room} opening={o} paired={paired.has(o.id)} />
      ))}
    </group>
  );
}

function PlanOpening({
  room,
  opening: o,
  paired,
}: {
  room: Room;
  opening: Opening;
  /** Flagged with another opening: they overlap, or their leaves hit. */
  paired: boolean;
}) {
  const p = wallPlacement(room, o.wall);
  const t = room.wallThickness;
  const isDoor = o.kind === 'door';
  // Past a wall's end (a room made narrower since), over another opening, or hitting
  // another door, it is drawn where it is, flagged in amber, as the Layout checks list it.
  const misfit = paired || openingMisfit(room, o) !== null;
  const swing = useMemo(
    () => (isDoor ? swingLine(room, o, misfit ? MISFIT_COLOR : SWING_COLOR) : null),
    [isDoor, room, o, misfit],
  );
  // Rebuilt lines must release the old GPU buffers and program uniforms.
  useEffect(
    () => () => {
      swing?.geometry.dispose();
      (swing?.material as THREE.Material | undefined)?.dispose();
    },
    [swing],
  );
  // A door is a gap in the wall, in the floor's colour.
  return (
    <>
      <group position={p.position} rotation-y={p.rotationY}>
        <mesh
          name={`plan-${o.kind}-${o.id}`}
          position={[o.offset * p.sign, room.height + LIFT, -t / 2]}
          rotation-x={-Math.PI / 2}
        >
          <planeGeometry args={[o.width, t + 0.004]} />
          <meshBasicMaterial color={misfit ? MISFIT_COLOR : isDoor ? FLOOR_COLOR : GLASS_COLOR} />
        </mesh>
      </group>
      {swing && <primitive object={swing} />}
    </>
  );
}

/** The leaf, open, and the arc its edge sweeps, flat above everything in the room. */
function swingLine(room: Room, door: Opening, color: string): THREE.LineLoop {
  const y = room.height + LIFT + 0.005;
  const points = doorSwingPolygon(room, door, 16).map((v) => new THREE.Vector3(v.x, y, v.z));
  const line = new THREE.LineLoop(
    new THREE.BufferGeometry().setFromPoints(points),
    new THREE.LineBasicMaterial({ color }),
  );
  line.name = `plan-swing-${door.id}`;
  return line;
}
