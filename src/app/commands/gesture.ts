import type { ProposedEvent } from '../../core/envelope';
import { newId } from '../ids';

/** Stamps a list of proposals as one gesture: they undo as one step. */
export function asGesture(events: ProposedEvent[]): ProposedEvent[] {
  const gesture = newId();
  return events.map((e) => ({ ...e, source: 'user', meta: { gesture } }));
}
