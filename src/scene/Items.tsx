import { useMemo } from 'react';
import { livePoses } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { shallowArrayEqual, useOffice } from '../app/use-office';
import { ItemNode } from './ItemNode';
import { batchParts } from './instancing/batch-parts';
import { InstancedBatch } from './instancing/InstancedBatch';
import { useItemPointer } from './use-item-pointer';

/**
 * All placed items: their parts as instanced batches (few draw calls
 * whatever the count), and a node of its own only for a user's model. Their
 * outlines are editing aids, drawn by Markers in EditorAids.
 */
export function Items() {
  const items = useOffice((v) => v.state.items);
  const live = useSmallStore(livePoses, (m) => m);
  const pointer = useItemPointer();
  const batches = useMemo(
    () => [...batchParts(Object.values(items), live).values()],
    [items, live],
  );
  const custom = useOffice(
    (v) =>
      Object.values(v.state.items)
        .filter((i) => i.assetId)
        .map((i) => i.id),
    shallowArrayEqual,
  );
  return (
    <group name="items">
      {batches.map((b) => (
        <InstancedBatch
          key={b.key}
          batch={b}
          onPointerDown={pointer.onPointerDown}
          onPointerMove={pointer.onPointerMove}
          onPointerUp={pointer.onPointerUp}
        />
      ))}
      {custom.map((id) => (
        <ItemNode key={id} id={id} />
      ))}
    </group>
  );
}
