import { useMemo } from 'react';
import { livePoses, selection } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { shallowArrayEqual, useOffice } from '../app/use-office';
import { ItemNode } from './ItemNode';
import { batchParts } from './instancing/batch-parts';
import { InstancedBatch } from './instancing/InstancedBatch';
import { useEditor } from './lazy-editor';
import { Markers } from './Markers';
import { useItemPointer } from './use-item-pointer';

const NONE: ReadonlySet<string> = new Set();

/**
 * All placed items: their parts as instanced batches, their outlines as
 * batched lines (few draw calls whatever the count), and a node of its own
 * only for a user's model.
 */
export function Items() {
  const state = useOffice((v) => v.state);
  const items = state.items;
  const live = useSmallStore(livePoses, (m) => m);
  const selected = useSmallStore(selection, (s) => s);
  // The analysis arrives with the editor code; recomputed when either changes.
  const rt = useEditor();
  const report = useMemo(() => rt?.layoutReport(state) ?? null, [rt, state]);
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
      <Markers
        items={items}
        live={live}
        selected={selected}
        colliding={report?.colliding ?? NONE}
        flagged={report?.flagged ?? NONE}
      />
    </group>
  );
}
