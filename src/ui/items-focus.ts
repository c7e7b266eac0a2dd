import { removalFocus } from './removal-focus';

/**
 * The items list's removals: after Delete (the key on an item focused in
 * the list, or the inspector's Delete button) focus goes to the next item in
 * the list, the previous one if the deleted item was last, the list itself
 * if it is empty (removal-focus.ts; ItemsPanel moves it).
 */
export const itemRemovals = removalFocus();

/** Runs a delete (which returns the ids it removed), keeping focus in the items list. */
export const deleteKeepingFocus = (remove: () => readonly string[]): void =>
  itemRemovals.removeKeepingFocus(remove);
