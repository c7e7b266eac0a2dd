import type { Size3 } from '../core/office-state';
import { markerMaterials, unitEdges, unitGeometries } from './shared-resources';

interface Props {
  size: Size3;
  selected: boolean;
  colliding: boolean;
  flagged: boolean;
}

/**
 * The item's bounds drawn as lines: blue when selected, red when it
 * collides, amber when a clearance is blocked. Warnings, not refusals.
 */
export function ItemMarker({ size, selected, colliding, flagged }: Props) {
  const material = colliding
    ? markerMaterials.colliding
    : flagged && !selected
      ? markerMaterials.flagged
      : markerMaterials.selected;
  return (
    <group>
      <lineSegments
        geometry={unitEdges}
        material={material}
        position={[0, size.height / 2, 0]}
        scale={[size.width + 0.02, size.height + 0.02, size.depth + 0.02]}
        raycast={() => null}
      />
      {colliding && (
        <mesh
          geometry={unitGeometries.box}
          material={markerMaterials.collidingFill}
          position={[0, size.height / 2, 0]}
          scale={[size.width + 0.01, size.height + 0.01, size.depth + 0.01]}
          raycast={() => null}
        />
      )}
      {selected && colliding && (
        <lineSegments
          geometry={unitEdges}
          material={markerMaterials.selected}
          position={[0, size.height / 2, 0]}
          scale={[size.width + 0.05, size.height + 0.05, size.depth + 0.05]}
          raycast={() => null}
        />
      )}
    </group>
  );
}
