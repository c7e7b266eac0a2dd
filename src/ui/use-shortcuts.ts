import { useEffect } from 'react';
import { drawing, select, selection } from '../app/editor-state';
import type { OfficeStore } from '../app/office-store';
import { editor } from '../scene/lazy-editor';
import { finishDrawing } from './drawing';
import { deleteKeepingFocus } from './items-focus';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

const STEP = Math.PI / 12;
const FINE = Math.PI / 180;

/**
 * Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y, V for the view, R to rotate (Shift: by 1°),
 * Delete, Ctrl+D, Escape; never while typing in a field. Undo during a drag
 * drops the drag (and nothing else), so nothing is left half-moved; redo
 * waits until the pointer is released.
 */
export function useShortcuts(store: OfficeStore | null, toggleView: () => void): void {
  useEffect(() => {
    if (!store) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const ids = selection.get();
      const rt = editor();
      if (!rt) return;
      if (drawing.get() && !mod && (key === 'enter' || key === 'escape')) {
        if (key === 'enter') finishDrawing(store);
        else drawing.set(null);
        return;
      }
      if (mod && (key === 'z' || key === 'y')) {
        e.preventDefault();
        // Undo during a drag undoes the drag (not yet in the log): it is dropped,
        // and the step before it stays.
        if (rt.isDragging()) {
          if (key === 'z' && !e.shiftKey) rt.cancelDrag();
          return;
        }
        if (key === 'y' || e.shiftKey) store.redo();
        else store.undo();
      } else if (mod && key === 'd') {
        e.preventDefault();
        rt.duplicateSelection(store, ids);
      } else if (mod || e.altKey) {
        return;
      } else if (key === 'v') {
        toggleView();
      } else if (key === 'r' && ids.length) {
        rt.rotateSelection(store, ids, e.shiftKey ? FINE : STEP);
      } else if ((key === 'delete' || key === 'backspace') && ids.length) {
        e.preventDefault();
        deleteKeepingFocus(() => rt.deleteSelection(store, ids));
      } else if (key === 'escape') {
        if (rt.isDragging()) rt.cancelDrag();
        else select([]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, toggleView]);
}
