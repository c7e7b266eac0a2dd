import { memo, useMemo } from 'react';
import { livePoses, selection } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice } from '../app/use-office';
import { getKind } from '../layout/catalog/catalog';
import { CustomModel } from './CustomModel';
import { ItemMarker } from './ItemMarker';
import { useEditor } from './lazy-editor';
import { useItemPointer } from './use-item-pointer';

/**
 * What an item draws besides its instanced parts: its selection/warning
 * outline, or a user's own model. It subscribes to its own record, live
 * pose and flags only.
 */
export const ItemNode = memo(function ItemNode({ id }: { id: string }) {
  const item = useOffice((v) => v.state.items[id]);
  const asset = useOffice((v) => (item?.assetId ? v.state.assets[item.assetId] : undefined));
  const rt = useEditor();
  const colliding = useOffice((v) => rt?.layoutReport(v.state).colliding.has(id) ?? false);
  const flagged = useOffice((v) => rt?.layoutReport(v.state).flagged.has(id) ?? false);
  const live = useSmallStore(livePoses, (m) => m.get(id));
  const selected = useSmallStore(selection, (s) => s.includes(id));
  const pointer = useItemPointer();
  const kind = item ? getKind(item.kind) : undefined;
  const size = useMemo(
    () => ({
      width: item?.size?.width ?? kind?.size.width ?? 0.5,
      depth: item?.size?.depth ?? kind?.size.depth ?? 0.5,
      height: item?.size?.height ?? kind?.size.height ?? 0.5,
    }),
    [item?.size, kind],
  );
  if (!item || !kind) return null;
  const pose = live ?? item;
  return (
    <group
      name={`item-${id}`}
      position={[pose.x, pose.elevation, pose.z]}
      rotation-y={pose.rotation}
      userData={{ itemId: id }}
      onPointerDown={asset ? (e) => pointer.onPointerDown(e, id) : undefined}
      onPointerMove={asset ? pointer.onPointerMove : undefined}
      onPointerUp={asset ? pointer.onPointerUp : undefined}
    >
      {asset && <CustomModel asset={asset} />}
      {(selected || colliding || flagged) && (
        <ItemMarker size={size} selected={selected} colliding={colliding} flagged={flagged} />
      )}
    </group>
  );
});
