import { memo } from 'react';
import { livePoses } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice } from '../app/use-office';
import { CustomModel } from './CustomModel';
import { useItemPointer } from './use-item-pointer';

/**
 * A user's own model (GLB): drawn and picked on its own, since it shares no
 * geometry with the catalog. It subscribes to its own record and live pose.
 */
export const ItemNode = memo(function ItemNode({ id }: { id: string }) {
  const item = useOffice((v) => v.state.items[id]);
  const asset = useOffice((v) => (item?.assetId ? v.state.assets[item.assetId] : undefined));
  const live = useSmallStore(livePoses, (m) => m.get(id));
  const pointer = useItemPointer();
  if (!item || !asset) return null;
  const pose = live ?? item;
  return (
    <group
      name={`item-${id}`}
      position={[pose.x, pose.elevation, pose.z]}
      rotation-y={pose.rotation}
      userData={{ itemId: id }}
      onPointerDown={(e) => pointer.onPointerDown(e, id)}
      onPointerMove={pointer.onPointerMove}
      onPointerUp={pointer.onPointerUp}
    >
      <CustomModel asset={asset} size={item.size ?? asset.size} />
    </group>
  );
});
