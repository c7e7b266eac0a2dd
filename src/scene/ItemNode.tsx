import { memo, useMemo } from 'react';
import { useOffice } from '../app/use-office';
import { getKind } from '../layout/catalog/catalog';
import { materialForPart } from './item-materials';
import { outlineOf } from './parts/desk-parts';
import { partsFor } from './parts/parts-for';
import { outlineGeometry, unitGeometries } from './shared-resources';

/**
 * One placed item. It subscribes to its own record only, so moving one
 * item re-renders one item.
 */
export const ItemNode = memo(function ItemNode({ id }: { id: string }) {
  const item = useOffice((v) => v.state.items[id]);
  const kind = item ? getKind(item.kind) : undefined;
  const w = item?.size?.width ?? kind?.size.width ?? 0.5;
  const d = item?.size?.depth ?? kind?.size.depth ?? 0.5;
  const h = item?.size?.height ?? kind?.size.height ?? 0.5;
  const parts = useMemo(() => (kind ? partsFor(kind, w, d, h) : []), [kind, w, d, h]);
  const points = item?.points;
  const outline = useMemo(
    () =>
      kind && parts.some((p) => p.shape === 'outline')
        ? outlineOf(w, d, kind.footprint, points)
        : null,
    [kind, parts, w, d, points],
  );
  if (!item || !kind) return null;
  return (
    <group
      name={`item-${id}`}
      position={[item.x, item.elevation, item.z]}
      rotation-y={item.rotation}
      userData={{ itemId: id }}
    >
      {parts.map((part, i) => {
        const material = materialForPart(part, kind, item);
        if (part.shape === 'outline') {
          return (
            <mesh
              // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed list per kind
              key={i}
              geometry={outlineGeometry(outline ?? [], part.scale[1])}
              material={material}
              position={part.position}
            />
          );
        }
        return (
          <mesh
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed list per kind
            key={i}
            geometry={unitGeometries[part.shape]}
            material={material}
            position={part.position}
            scale={part.scale}
          />
        );
      })}
    </group>
  );
});
