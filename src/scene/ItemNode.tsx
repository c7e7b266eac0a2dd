import { type ThreeEvent, useThree } from '@react-three/fiber';
import { memo, useMemo } from 'react';
import { layoutReport } from '../app/derived';
import { livePoses, select, selection } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice, useOfficeStore } from '../app/use-office';
import { getKind } from '../layout/catalog/catalog';
import { CustomModel } from './CustomModel';
import { beginDrag, dragTo, endDrag } from './drag-session';
import { ItemMarker } from './ItemMarker';
import { ItemModel } from './ItemModel';

type Controls = { enabled: boolean } | null;

/**
 * One placed item. It subscribes to its own record, its own live pose and
 * its own flags only, so moving one item re-renders one item.
 */
export const ItemNode = memo(function ItemNode({ id }: { id: string }) {
  const store = useOfficeStore();
  const item = useOffice((v) => v.state.items[id]);
  const asset = useOffice((v) => (item?.assetId ? v.state.assets[item.assetId] : undefined));
  const colliding = useOffice((v) => layoutReport(v.state).colliding.has(id));
  const flagged = useOffice((v) => layoutReport(v.state).flagged.has(id));
  const live = useSmallStore(livePoses, (m) => m.get(id));
  const selected = useSmallStore(selection, (s) => s.includes(id));
  const controls = useThree((s) => s.controls) as unknown as Controls;
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

  const onDown = (e: ThreeEvent<PointerEvent>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    const cur = selection.get();
    if (e.shiftKey) {
      select(cur.includes(id) ? cur.filter((x) => x !== id) : [...cur, id]);
      return;
    }
    if (!cur.includes(id)) select([id]);
    if (beginDrag(store, id, e.ray, e.pointerId)) {
      (e.target as unknown as Element).setPointerCapture?.(e.pointerId);
      if (controls) controls.enabled = false;
    }
  };
  const onMove = (e: ThreeEvent<PointerEvent>) => dragTo(store, e.ray, e.pointerId, e.altKey);
  const onUp = (e: ThreeEvent<PointerEvent>) => {
    endDrag(store, e.pointerId);
    if (controls) controls.enabled = true;
  };

  return (
    <group
      name={`item-${id}`}
      position={[pose.x, pose.elevation, pose.z]}
      rotation-y={pose.rotation}
      userData={{ itemId: id }}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
    >
      {asset ? <CustomModel asset={asset} /> : <ItemModel item={item} kind={kind} size={size} />}
      {(selected || colliding || flagged) && (
        <ItemMarker size={size} selected={selected} colliding={colliding} flagged={flagged} />
      )}
    </group>
  );
});
