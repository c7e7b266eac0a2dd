import { useMemo } from 'react';
import { livePoses, selection } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { shallowArrayEqual, useOffice } from '../app/use-office';
import { ItemNode } from './ItemNode';
import { batchParts } from './instancing/batch-parts';
import { InstancedBatch } from './instancing/InstancedBatch';
import { useEditor } from './lazy-editor';
import { useItemPointer } from './use-item-pointer';

/**
 * All placed items: their parts drawn as instanced batches (few draw calls
 * whatever the count), plus a small node per item that needs its own
 * drawing (selected, flagged, or a user's model).
 */
export function Items() {
  const items = useOffice((v) => v.state.items);
  const live = useSmallStore(livePoses, (m) => m);
  const selected = useSmallStore(selection, (s) => s);
  const rt = useEditor();
  const report = useOffice((v) => rt?.layoutReport(v.state) ?? null);
  const pointer = useItemPointer();
  const batches = useMemo(
    () => [...batchParts(Object.values(items), live).values()],
    [items, live],
  );
  const special = useOffice(
    (v) =>
      Object.values(v.state.items)
        .filter((i) => i.assetId)
        .map((i) => i.id),
    shallowArrayEqual,
  );
  const overlay = useMemo(() => {
    const ids = new Set<string>([
      ...special,
      ...selected,
      ...(report?.colliding ?? []),
      ...(report?.flagged ?? []),
    ]);
    return [...ids].filter((id) => items[id]).sort();
  }, [special, selected, report, items]);
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
      {overlay.map((id) => (
        <ItemNode key={id} id={id} />
      ))}
    </group>
  );
}
