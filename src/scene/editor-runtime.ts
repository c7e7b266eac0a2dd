/**
 * Everything the editor needs beyond drawing the room: layout analysis,
 * snapping and dragging, edit commands. Loaded right after the first frame
 * (see lazy-editor.ts), so the room shows before this code is parsed.
 */

export { fromBase64 } from '../app/commands/asset-commands';
export {
  commitMoves,
  deleteSelection,
  duplicateSelection,
  placeKind,
  rotateSelection,
} from '../app/commands/item-commands';
export { placePolygonDesk } from '../app/commands/polygon-desk';
export { type LayoutReport, layoutReport } from '../app/derived';
export {
  beginDrag,
  beginRotate,
  cancelDrag,
  dragTo,
  endDrag,
  endRotate,
  isDragging,
  rotateTo,
} from './drag-session';
