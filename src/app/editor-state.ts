import type { PlacedItem } from '../core/office-state';
import { SmallStore } from './small-store';

export type LivePose = Pick<PlacedItem, 'x' | 'z' | 'rotation' | 'elevation' | 'parentId'>;

/**
 * Editor state that is not in the log: what is selected, and the poses of
 * items while a drag is in progress. The log gets one event when the drag
 * ends (one gesture, one undo step).
 */
export const selection = new SmallStore<readonly string[]>([]);
export const livePoses = new SmallStore<ReadonlyMap<string, LivePose>>(new Map());

export interface SnapSettings {
  gridStep: number | null;
}
export const snapSettings = new SmallStore<SnapSettings>({ gridStep: 0.1 });

/** Drops a drag in progress: nothing of it reaches the log. */
export function cancelLiveDrag(): boolean {
  if (livePoses.get().size === 0) return false;
  livePoses.set(new Map());
  return true;
}

export function select(ids: readonly string[]): void {
  const cur = selection.get();
  if (cur.length === ids.length && cur.every((id, i) => id === ids[i])) return;
  selection.set([...ids]);
}

/**
 * A request to focus a door or window's first control in the Room panel
 * (a Layout checks row about it: openings are not selectable in the room).
 * A new object each time, so asking twice for one opening focuses it again.
 */
export const openingFocus = new SmallStore<{ readonly id: string } | null>(null);

export function focusOpening(id: string): void {
  openingFocus.set({ id });
}

/** dataTransfer type of a catalog kind dragged onto the room. */
export const DRAG_MIME = 'application/x-home-office-kind';

/** Pixels per metre of the plan view's camera (null in 3D): the overlay's scale. */
export const planScale = new SmallStore<number | null>(null);

/** The room's size while a wall handle is dragged (null otherwise). */
export const liveRoom = new SmallStore<{ width: number; depth: number } | null>(null);

/** True once the room's first frame is on screen: the side panels wait for it. */
export const firstFrameDrawn = new SmallStore<boolean>(false);

/** Corners clicked so far while drawing an irregular desk (null when not drawing). */
export const drawing = new SmallStore<ReadonlyArray<{ x: number; z: number }> | null>(null);
