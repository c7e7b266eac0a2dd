import { type ThreeEvent, useThree } from '@react-three/fiber';
import { useMemo } from 'react';
import { drawing, select, selection } from '../app/editor-state';
import { useOfficeStore } from '../app/use-office';
import { editor } from './lazy-editor';

type Controls = { enabled: boolean } | null;

/** Click selects (Shift adds), press-and-drag moves; orbiting pauses meanwhile. */
export function useItemPointer() {
  const store = useOfficeStore();
  const controls = useThree((s) => s.controls) as unknown as Controls;
  return useMemo(
    () => ({
      onPointerDown(e: ThreeEvent<PointerEvent>, id: string) {
        // While a desk outline is being drawn, clicks go through to the floor.
        if (e.button !== 0 || drawing.get()) return;
        e.stopPropagation();
        const cur = selection.get();
        if (e.shiftKey) {
          select(cur.includes(id) ? cur.filter((x) => x !== id) : [...cur, id]);
          return;
        }
        if (!cur.includes(id)) select([id]);
        const rt = editor();
        if (rt?.beginDrag(store, id, e.ray, e.pointerId)) {
          (e.target as unknown as Element).setPointerCapture?.(e.pointerId);
          if (controls) controls.enabled = false;
        }
      },
      onPointerMove(e: ThreeEvent<PointerEvent>) {
        editor()?.dragTo(store, e.ray, e.pointerId, e.altKey);
      },
      onPointerUp(e: ThreeEvent<PointerEvent>) {
        editor()?.endDrag(store, e.pointerId);
        if (controls) controls.enabled = true;
      },
    }),
    [store, controls],
  );
}
