// sim.device_seek.p95_ms: a timeline seek into a long simulated day, where
// the devices panel and the status lights rebuild the office system as it
// was at that point. The log is the essay scenario played ROUNDS times
// (about 1,900 device events, a long working day); seeks land anywhere in it.
// Measured against replaying the run from its start (how it was done before
// the checkpoints), in the same run; the ratio is checkpointed / from start.

import { OfficeSystem } from '../../models/office/office-system';
import { rebuildFromLog } from '../../models/office/rebuild';
import { essayOffice, runEssayScenario } from '../../models/office/scenario';
import { Rng } from '../../models/rng';
import type { EventEnvelope } from '../../src/core/envelope';
import { OfficeCheckpoints } from '../../src/sim/office-checkpoints';
import { isDeviceEvent, officeSystemAt } from '../../src/sim/office-runtime';
import { compared, p95, type Row } from './harness/row';

const ROUNDS = 30;
const SEEKS = 200;

function dayLog(): EventEnvelope[] {
  const sys = OfficeSystem.create({ seed: 1, devices: essayOffice });
  for (let r = 0; r < ROUNDS; r++) runEssayScenario(sys, ` #${r}`);
  return sys.journal.map(
    (e, i) =>
      ({ ...e, seq: i + 1, id: `e${i + 1}`, v: 1, source: 'sim', at: e.at }) as EventEnvelope,
  );
}

/** The way before checkpoints: every seek replays the run from its start. */
function fromStart(events: readonly EventEnvelope[], seq: number): OfficeSystem {
  const own = events
    .slice(0, seq)
    .filter((e) => isDeviceEvent(e.type))
    .map((e) => ({ type: e.type, at: e.at, payload: e.payload }));
  return rebuildFromLog(own);
}

function seekTimes(events: readonly EventEnvelope[], seek: (seq: number) => unknown): number[] {
  const rng = new Rng(7);
  for (let i = 0; i < 20; i++) seek(rng.int(1, events.length)); // warm-up
  const times: number[] = [];
  for (let i = 0; i < SEEKS; i++) {
    const seq = rng.int(1, events.length);
    const t = performance.now();
    seek(seq);
    times.push(performance.now() - t);
  }
  return times;
}

export async function run(): Promise<Row[]> {
  const events = dayLog();
  const checkpoints = new OfficeCheckpoints();
  // The first seek to the end replays the day once and leaves its checkpoints.
  const firstStart = performance.now();
  officeSystemAt(events, events.length, checkpoints);
  const firstMs = performance.now() - firstStart;
  const withCheckpoints = p95(seekTimes(events, (s) => officeSystemAt(events, s, checkpoints)));
  const replayed = p95(seekTimes(events, (s) => fromStart(events, s)));
  console.log(
    `  ${events.length} events; first seek ${firstMs.toFixed(1)} ms; p95 ${withCheckpoints.toFixed(2)} ms vs ${replayed.toFixed(2)} ms from the start`,
  );
  return [compared('sim.device_seek.p95_ms', 'ms', withCheckpoints, replayed, 3)];
}
