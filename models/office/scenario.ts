import type { DeviceSpec, SystemCommand } from './commands';
import type { LoggedEvent } from './event-shapes';
import type { OfficeSystem } from './office-system';

/** The room of the essay: one of each device, the all-in-one as the output device. */
export const essayOffice: DeviceSpec[] = [
  { id: 'eboard-1', kind: 'e-board' },
  { id: 'scanner-1', kind: 'handheld-scanner' },
  { id: 'binder-1', kind: 'smart-binder' },
  { id: 'recorder-1', kind: 'audio-recorder' },
  { id: 'computer-1', kind: 'computer' },
  { id: 'aio-1', kind: 'all-in-one' },
  { id: 'network-1', kind: 'network' },
];

/** Runs every pending timer, jumping the clock from one deadline to the next. */
export function settle(sys: OfficeSystem, out: LoggedEvent[] = []): LoggedEvent[] {
  for (let due = sys.nextDue(); due !== undefined; due = sys.nextDue()) {
    out.push(...sys.advanceTo(due));
  }
  return out;
}

/** Runs the timers of one device only, so the rest of the day keeps its pace. */
export function settleActor(sys: OfficeSystem, actorId: string, out: LoggedEvent[]): void {
  for (;;) {
    const next = sys.timers.list().find((t) => t.actorId === actorId);
    if (!next) return;
    out.push(...sys.advanceTo(next.due));
  }
}

const find = (events: readonly LoggedEvent[], type: string): Record<string, unknown> => {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === type) return e.payload as Record<string, unknown>;
  }
  throw new Error(`scenario: expected a ${type}`);
};

/**
 * The scenario, as a designer would play it: a note captured on the
 * e-board is converted, edited on the computer and shared with a client; an
 * A2 sketch is swept in passes (one too fast, one with too little overlap),
 * stitched, uploaded, its paper original filed and then located by name.
 * Returns every event it produced, inputs excluded, and the end time.
 */
export function runEssayScenario(
  sys: OfficeSystem,
  tag = '',
): { events: LoggedEvent[]; end: number } {
  const out: LoggedEvent[] = [];
  let t = sys.now;
  const go = (to: string, command: SystemCommand['command'], dt = 1_000) => {
    t = Math.max(t, sys.now) + dt;
    out.push(...sys.send({ to, command }, t));
  };

  // Input: a note on the e-board, uploaded and converted on its own.
  go('eboard-1', { type: 'START_PAGE', kind: 'note', title: `Site visit notes${tag}` });
  go('eboard-1', { type: 'STROKE', count: 120 }, 60_000);
  go('eboard-1', { type: 'END_PAGE' });
  settleActor(sys, 'eboard-1', out);
  const note = String(find(out, 'EBoardPageConverted').pageId);

  // Edit: one session, one saved version. Output: shared with the client.
  go('computer-1', { type: 'OPEN', assetId: note });
  go('computer-1', { type: 'SAVE_VERSION' }, 300_000);
  settleActor(sys, 'computer-1', out);
  go('computer-1', { type: 'CLOSE' });
  go('office', { type: 'SHARE_ASSET', assetId: note, client: 'Client Wang' });

  // The A2 sketch: 3 passes of a 216 mm wand.
  const name = `Living room sketch${tag}`;
  go('scanner-1', { type: 'START_SHEET', sheet: 'A2', name, format: 'pdf' });
  go('scanner-1', { type: 'PASS', speedMmS: 120, skewDeg: 1, overlapMm: 0 }, 3_000);
  go('scanner-1', { type: 'PASS', speedMmS: 300, skewDeg: 1, overlapMm: 30 }, 6_000);
  go('scanner-1', { type: 'PASS', speedMmS: 120, skewDeg: 2, overlapMm: 30 }, 3_000);
  go('scanner-1', { type: 'PASS', speedMmS: 110, skewDeg: 1, overlapMm: 8 }, 6_000);
  settleActor(sys, 'scanner-1', out);
  go('scanner-1', { type: 'PASS', speedMmS: 110, skewDeg: 1, overlapMm: 35 }, 3_000);
  settleActor(sys, 'scanner-1', out);
  const sketch = String(find(out, 'ScanUploaded').scanId);

  // Its paper original goes to the binder, and is found again by name.
  go('office', {
    type: 'FILE_ORIGINAL',
    assetId: sketch,
    category: 'sketches',
    info: 'client Wang, living room',
  });
  go('office', { type: 'LOCATE_DOCUMENT', query: name, match: 'exact', signal: 'both' }, 3_600_000);
  const slotId = String(find(out, 'BinderSlotSignalled').slotId);
  go('binder-1', { type: 'TAKE_OUT', slotId }, 20_000);
  go('binder-1', { type: 'PUT_BACK', docId: `${sketch}-paper`, slotId }, 600_000);
  settle(sys, out);
  return { events: out, end: sys.now };
}
