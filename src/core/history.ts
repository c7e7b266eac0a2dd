import type { EventEnvelope, ProposedEvent } from './envelope';

/**
 * Undo/redo stacks, derived from the log alone: each user event carries its
 * gesture id in `meta`, compensations carry `undoOf`, replays `redoOf`.
 * So the stacks survive a reload and travel with an exported branch.
 */
export interface HistoryState {
  undo: string[];
  redo: string[];
  /** Gesture id → seqs of its events, in order. */
  gestures: Map<string, number[]>;
}

export const emptyHistory = (): HistoryState => ({ undo: [], redo: [], gestures: new Map() });

export function recordInHistory(h: HistoryState, e: EventEnvelope): void {
  const m = e.meta;
  if (!m?.gesture) {
    // A person's act that is no gesture (a command at a device, starting the
    // office) cannot be compensated: the simulated day went on from it. Undo
    // must not reach past it to an older edit, so the stacks start again here;
    // going back before it is the timeline's job ("Continue from here").
    if (e.source === 'user') {
      h.undo.length = 0;
      h.redo.length = 0;
    }
    return;
  }
  let seqs = h.gestures.get(m.gesture);
  if (!seqs) {
    seqs = [];
    h.gestures.set(m.gesture, seqs);
    // The first event of a gesture moves the stacks; the rest only join it.
    if (m.undoOf) {
      removeLast(h.undo, m.undoOf);
      h.redo.push(m.undoOf);
    } else if (m.redoOf) {
      removeLast(h.redo, m.redoOf);
      h.undo.push(m.redoOf);
    } else {
      h.undo.push(m.gesture);
      h.redo.length = 0;
    }
  }
  seqs.push(e.seq);
}

export function historyOf(events: readonly EventEnvelope[]): HistoryState {
  const h = emptyHistory();
  for (const e of events) recordInHistory(h, e);
  return h;
}

function removeLast(stack: string[], id: string): void {
  const i = stack.lastIndexOf(id);
  if (i >= 0) stack.splice(i, 1);
}

/** The events that redo a gesture: the same changes, appended again. */
export function redoEventsOf(
  gestureEvents: readonly EventEnvelope[],
  gesture: string,
  redoOf: string,
): ProposedEvent[] {
  return gestureEvents.map((e) => ({
    type: e.type,
    payload: structuredClone(e.payload),
    source: 'user',
    meta: { gesture, redoOf },
  }));
}
