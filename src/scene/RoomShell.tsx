import { useEffect, useMemo } from 'react';
import { liveRoom } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice } from '../app/use-office';
import type { Opening, Room, WallSide } from '../core/office-state';
import { floorDrawn } from './FrameProbe';
import { wallGeometry, wallPlacement } from './wall-geometry';

const WALLS: WallSide[] = ['north', 'east', 'south', 'west'];
export const FLOOR_COLOR = '#d9ccb6';
/**
 * The shell is drawn as one-instance instanced meshes: then everything lit
 * in the room shares one shader program with the item batches. Software
 * WebGL compiles a program in tens of ms, all before the first frame.
 */
const ONE: [undefined, undefined, number] = [undefined, undefined, 1];
const WALL_COLOR = '#efe9df';
const CAP_COLOR = '#8f8577';

/** Floor, walls with their doors and windows cut out. */
export function RoomShell() {
  const stored = useOffice((v) => v.state.room);
  const live = useSmallStore(liveRoom, (r) => r);
  const room = useMemo(() => (live ? { ...stored, ...live } : stored), [stored, live]);
  const openings = useOffice((v) => v.state.openings);
  const list = useMemo(() => Object.values(openings), [openings]);
  return (
    <group name="room">
      <instancedMesh name="floor" args={ONE} rotation-x={-Math.PI / 2} onAfterRender={floorDrawn}>
        <planeGeometry args={[room.width, room.depth]} />
        <meshStandardMaterial color={FLOOR_COLOR} roughness={0.85} />
      </instancedMesh>
      {WALLS.map((w) => (
        <Wall key={w} room={room} wall={w} openings={list} />
      ))}
      {list.map((o) => (
        <OpeningFill key={o.id} room={room} opening={o} />
      ))}
    </group>
  );
}

function Wall({ room, wall, openings }: { room: Room; wall: WallSide; openings: Opening[] }) {
  const p = wallPlacement(room, wall);
  const geometry = useMemo(() => wallGeometry(room, wall, openings), [room, wall, openings]);
  // Rebuilt geometries must release the old GPU buffers.
  useEffect(() => () => geometry.dispose(), [geometry]);
  const t = room.wallThickness;
  return (
    <group position={p.position} rotation-y={p.rotationY}>
      <instancedMesh name={`wall-${wall}`} args={[geometry, undefined, 1]}>
        <meshStandardMaterial color={WALL_COLOR} roughness={0.95} />
      </instancedMesh>
      {/* The wall's cut top, as thick as the wall: seen from above and in the plan. */}
      <instancedMesh
        name={`wall-cap-${wall}`}
        args={ONE}
        position={[0, room.height + 0.01, -t / 2]}
      >
        <boxGeometry args={[p.length + 2 * t, 0.02, t]} />
        <meshStandardMaterial color={CAP_COLOR} roughness={0.9} />
      </instancedMesh>
    </group>
  );
}

/**
 * A glass pane in a window, a door leaf in a door: single-sided like the
 * wall, so they vanish with it when the camera is outside.
 */
function OpeningFill({ room, opening: o }: { room: Room; opening: Opening }) {
  const p = wallPlacement(room, o.wall);
  const u = o.offset * p.sign;
  const isDoor = o.kind === 'door';
  return (
    <group position={p.position} rotation-y={p.rotationY}>
      <instancedMesh args={ONE} position={[u, o.sill + o.height / 2, 0.005]}>
        <planeGeometry args={[o.width, o.height]} />
        {isDoor ? (
          <meshStandardMaterial color="#b99a74" roughness={0.7} />
        ) : (
          // Opaque sky-pale glass: a transparent one would cost a shader program of its own.
          <meshStandardMaterial color="#cfe3ec" roughness={0.1} />
        )}
      </instancedMesh>
    </group>
  );
}
