import type { BranchLog } from './branch-log';
import type { EventEnvelope, ProposedEvent } from './envelope';
import { applyEvent } from './fold';
import { type HistoryState, redoEventsOf } from './history';

/**
 * The compensating events for one gesture: each event's inverse computed
 * against the state just before it, last event first.
 */
export function compensationsFor(log: BranchLog, seqs: readonly number[]): ProposedEvent[] {
  if (seqs.length === 0) return [];
  // One seek to just before the gesture, then fold forward through it:
  // the state before each of its events, without a seek per event.
  const first = seqs[0]!;
  const last = seqs[seqs.length - 1]!;
  const state = log.stateAt(first - 1);
  const wanted = new Set(seqs);
  const inverses: ProposedEvent[][] = [];
  for (let seq = first; seq <= last; seq++) {
    const e = log.event(seq);
    if (!e) break;
    if (wanted.has(seq)) {
      const def = log.registry.get(e.type);
      if (def?.invert) inverses.push(def.invert(state, e));
    }
    applyEvent(log.registry, state, e);
  }
  return inverses.reverse().flat();
}

export interface Plan {
  kind: 'undo' | 'redo';
  /** The gesture being undone or redone. */
  target: string;
  events: ProposedEvent[];
}

export function planUndo(log: BranchLog, h: HistoryState, newGesture: string): Plan | null {
  const target = h.undo.at(-1);
  if (!target) return null;
  const seqs = h.gestures.get(target) ?? [];
  const events = compensationsFor(log, seqs).map(
    (p): ProposedEvent => ({ ...p, source: 'user', meta: { gesture: newGesture, undoOf: target } }),
  );
  return { kind: 'undo', target, events };
}

export function planRedo(log: BranchLog, h: HistoryState, newGesture: string): Plan | null {
  const target = h.redo.at(-1);
  if (!target) return null;
  const events = (h.gestures.get(target) ?? [])
    .map((s) => log.event(s))
    .filter((e): e is EventEnvelope => e !== undefined);
  return { kind: 'redo', target, events: redoEventsOf(events, newGesture, target) };
}
