import type { BranchLog } from './branch-log';
import type { EventEnvelope, ProposedEvent } from './envelope';
import { type HistoryState, redoEventsOf } from './history';

/**
 * The compensating events for one gesture: each event's inverse computed
 * against the state just before it, last event first.
 */
export function compensationsFor(log: BranchLog, seqs: readonly number[]): ProposedEvent[] {
  const out: ProposedEvent[] = [];
  for (let i = seqs.length - 1; i >= 0; i--) {
    const e = log.event(seqs[i]!);
    if (!e) continue;
    const def = log.registry.get(e.type);
    if (!def?.invert) continue;
    out.push(...def.invert(log.stateAt(e.seq - 1), e));
  }
  return out;
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
