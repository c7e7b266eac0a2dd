import { memo, useMemo } from 'react';
import type { PlacedItem, Size3 } from '../core/office-state';
import type { CatalogKind } from '../layout/catalog/schema';
import { materialForPart } from './item-materials';
import { outlineOf } from './parts/desk-parts';
import { partsFor } from './parts/parts-for';
import { outlineGeometry, unitGeometries } from './shared-resources';

interface Props {
  item: PlacedItem;
  kind: CatalogKind;
  size: Size3;
}

/** The procedural model of an item: shared unit geometries and shared materials. */
export const ItemModel = memo(function ItemModel({ item, kind, size }: Props) {
  const { width: w, depth: d, height: h } = size;
  const parts = useMemo(() => partsFor(kind, w, d, h), [kind, w, d, h]);
  const points = item.points;
  const outline = useMemo(
    () =>
      parts.some((p) => p.shape === 'outline') ? outlineOf(w, d, kind.footprint, points) : null,
    [kind, parts, w, d, points],
  );
  return (
    <>
      {parts.map((part, i) => {
        const material = materialForPart(part, kind, item);
        const geometry =
          part.shape === 'outline'
            ? outlineGeometry(outline ?? [], part.scale[1])
            : unitGeometries[part.shape];
        return (
          <mesh
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed list per kind and size
            key={i}
            geometry={geometry}
            material={material}
            position={part.position}
            scale={part.shape === 'outline' ? undefined : part.scale}
          />
        );
      })}
    </>
  );
});
