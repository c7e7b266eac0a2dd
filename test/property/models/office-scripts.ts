// Random scripts of commands and clock advances for the essay office: the
// property tests of the models and of the app's replay share them.
import fc from 'fast-check';
import type { DeviceSpec, SystemCommand } from '../../../models/office/commands';
import { OfficeSystem } from '../../../models/office/office-system';
import { essayOffice } from '../../../models/office/scenario';

/** A small alphabet of commands that exercises every device, good and bad ones alike. */
export const commands: SystemCommand[] = [
  { to: 'eboard-1', command: { type: 'START_PAGE', kind: 'note', title: 'Notes' } },
  { to: 'eboard-1', command: { type: 'STROKE', count: 40 } },
  { to: 'eboard-1', command: { type: 'END_PAGE' } },
  { to: 'scanner-1', command: { type: 'START_SHEET', sheet: 'A3', name: 'Plan', format: 'png' } },
  { to: 'scanner-1', command: { type: 'PASS', speedMmS: 100, skewDeg: 1, overlapMm: 30 } },
  { to: 'scanner-1', command: { type: 'PASS', speedMmS: 200, skewDeg: 9, overlapMm: 5 } },
  { to: 'recorder-1', command: { type: 'RECORD', title: 'Talk' } },
  { to: 'recorder-1', command: { type: 'STOP' } },
  { to: 'computer-1', command: { type: 'OPEN', assetId: 'eboard-1-p1' } },
  { to: 'computer-1', command: { type: 'SAVE_VERSION' } },
  { to: 'computer-1', command: { type: 'CLOSE' } },
  {
    to: 'aio-1',
    command: { type: 'SUBMIT', kind: 'scan', pages: 2, title: 'Contract', assetId: null },
  },
  { to: 'aio-1', command: { type: 'CLEAR_JAM' } },
  { to: 'network-1', command: { type: 'GO_OFFLINE' } },
  { to: 'network-1', command: { type: 'GO_ONLINE' } },
  { to: 'office', command: { type: 'SHARE_ASSET', assetId: 'eboard-1-p1', client: 'Wang' } },
  { to: 'office', command: { type: 'PRINT_ASSET', assetId: 'eboard-1-p1', pages: 3 } },
  {
    to: 'office',
    command: { type: 'FILE_ORIGINAL', assetId: 'scanner-1-s1', category: 'sketches', info: '' },
  },
  {
    to: 'office',
    command: { type: 'LOCATE_DOCUMENT', query: 'Plan', match: 'fuzzy', signal: 'light' },
  },
  // A device that joins mid-run (see `joiners`): refused as unknown before, served after.
  {
    to: 'printer-2',
    command: { type: 'SUBMIT', kind: 'print', pages: 2, title: 'Brief', assetId: null },
  },
];

/** Placed after the start; the second join of the same ids is refused as a duplicate. */
export const joiners: DeviceSpec[] = [
  { id: 'printer-2', kind: 'printer' },
  { id: 'binder-2', kind: 'smart-binder' },
];

/** A command after a pause, a bare clock advance (`commands.length`), or the joiners joining (one more). */
export const step = fc.record({
  gap: fc.integer({ min: 0, max: 20_000 }),
  pick: fc.integer({ min: 0, max: commands.length + 1 }),
});
export const script = fc.array(step, { minLength: 1, maxLength: 40 });
// Jams and failed uploads are rare by default; raise them so short runs hit them.
export const devices = essayOffice.map((d) =>
  d.kind === 'all-in-one'
    ? { ...d, params: { jamProbabilityPerPage: 0.3 } }
    : d.kind === 'e-board'
      ? { ...d, params: { uploadFailureProbability: 0.4 } }
      : d,
);

/** Runs a script live and records the full state after each input, by journal length. */
export function live(seed: number, steps: Array<{ gap: number; pick: number }>) {
  const sys = OfficeSystem.create({ seed, devices });
  // Journal index of each input, and the state once it and its outputs were applied.
  const inputs: Array<{ index: number; state: string }> = [
    { index: 0, state: JSON.stringify(sys.state()) },
  ];
  let t = 0;
  for (const s of steps) {
    t += s.gap;
    const index = sys.journal.length;
    const cmd = commands[s.pick];
    if (cmd) sys.send(cmd, t);
    else if (s.pick === commands.length) sys.advanceTo(t);
    else sys.join(joiners, t);
    inputs.push({ index, state: JSON.stringify(sys.state()) });
  }
  return { sys, inputs };
}
