import { drawing } from '../app/editor-state';
import type { OfficeStore } from '../app/office-store';
import { editor } from '../scene/lazy-editor';

/** Places the drawn desk, or says why not (too few corners, edges crossing). */
export function finishDrawing(store: OfficeStore): void {
  const corners = drawing.get();
  const rt = editor();
  if (!corners || !rt) return;
  const r = rt.placePolygonDesk(store, corners);
  if (!r.ok) store.setNotice({ kind: 'error', key: r.reasonKey });
}
