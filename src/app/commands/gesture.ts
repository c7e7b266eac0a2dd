import type { ProposedEvent } from '../../core/envelope';
import type { HistoryState } from '../../core/history';
import { newId } from '../ids';

/** Stamps a list of proposals as one gesture: they undo as one step. */
export function asGesture(events: ProposedEvent[], gesture: string = newId()): ProposedEvent[] {
  return events.map((e) => ({ ...e, source: 'user', meta: { gesture } }));
}

/**
 * The gesture id for the next edit of a gesture that spans several edits
 * (a colour picked by dragging in the picker): the open one while it is
 * still the last step to undo, or not logged yet (refused, or on its way
 * from another tab); a new one once it is not (undone, or another edit came
 * after it), so an edit never joins a step that is no longer the last.
 */
export function continueGesture(
  history: Pick<HistoryState, 'undo' | 'gestures'> | null,
  open: string | null,
): string {
  if (open && (!history?.gestures.has(open) || history.undo.at(-1) === open)) return open;
  return newId();
}
