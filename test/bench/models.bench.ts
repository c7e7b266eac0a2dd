import { type AnyMachineSnapshot, createActor, createMachine } from 'xstate';
import type { Flat } from '../../models/office/event-shapes';
import { type ActorEntry, OfficeSystem } from '../../models/office/office-system';
import { essayOffice, runEssayScenario } from '../../models/office/scenario';
import { InertScope } from '../../models/office/scope';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

/** Domain events per second of the office system playing the scenario in a loop. */
function officeRate(budgetMs: number): number {
  let events = 0;
  let sys = OfficeSystem.create({ seed: 1, devices: essayOffice });
  const start = performance.now();
  let rounds = 0;
  while (performance.now() - start < budgetMs) {
    // A fresh room every 20 rounds keeps the binder from filling up.
    if (rounds % 20 === 19) sys = OfficeSystem.create({ seed: rounds, devices: essayOffice });
    events += runEssayScenario(sys, ` #${rounds}`).events.length;
    rounds++;
  }
  return (events * 1000) / (performance.now() - start);
}

/** The yardstick: a bare two-state toggle actor, one event per send. */
function toggleRate(budgetMs: number): number {
  const toggle = createMachine({
    initial: 'off',
    states: { off: { on: { TOGGLE: 'on' } }, on: { on: { TOGGLE: 'off' } } },
  });
  const actor = createActor(toggle).start();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    for (let i = 0; i < 1000; i++) actor.send({ type: 'TOGGLE' });
    n += 1000;
  }
  actor.stop();
  return (n * 1000) / (performance.now() - start);
}

/** One XState transition the office system made: what `deliver` handed to the machine. */
type Recorded = { logic: ActorEntry['built']['logic']; snapshot: AnyMachineSnapshot; event: Flat };

class RecordingOffice extends OfficeSystem {
  readonly recorded: Recorded[] = [];
  override deliver(actorId: string, event: Flat, command: string | null): void {
    const entry = this.actors.get(actorId);
    if (entry) this.recorded.push({ logic: entry.built.logic, snapshot: entry.snapshot, event });
    super.deliver(actorId, event, command);
  }
}

/**
 * The ceiling of the ratio: domain events per second if the office system
 * cost nothing but XState's own `transition()` of the scenario's transitions
 * (replayed from a recording of one round, same snapshots and events).
 */
function xstateOnlyRate(budgetMs: number): number {
  const sys = new RecordingOffice({ seed: 1, devices: essayOffice });
  const events = runEssayScenario(sys, ' #0').events.length;
  const inert = new InertScope();
  const sink: NonNullable<InertScope['sink']> = [];
  inert.sink = sink;
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    for (const r of sys.recorded) {
      sink.length = 0;
      r.logic.transition(r.snapshot, r.event, inert.scope);
    }
    rounds++;
  }
  return (rounds * events * 1000) / (performance.now() - start);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/**
 * Both sides get the same warm-up and the same number of equal windows,
 * interleaved (office, toggle, office, toggle, ...) so drift and GC pauses on
 * a shared machine hit both alike; the ratio is the median of the per-round
 * ratios, the rates the medians of their windows.
 */
export async function run(): Promise<BenchRow[]> {
  officeRate(300);
  toggleRate(300); // warm-up of both paths before measuring
  xstateOnlyRate(300);
  const rounds = 5;
  const offices: number[] = [];
  const toggles: number[] = [];
  const ratios: number[] = [];
  const ceilings: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const office = officeRate(400);
    const toggle = toggleRate(400);
    const xstateOnly = xstateOnlyRate(400);
    offices.push(office);
    toggles.push(toggle);
    ratios.push(office / toggle);
    ceilings.push(xstateOnly / toggle);
  }
  const ratio = median(ratios);
  const ceiling = median(ceilings);
  return [
    { name: 'models.events_per_s', value: Math.round(median(offices)), unit: 'events/s' },
    {
      name: 'models.ratio_vs_xstate',
      value: Math.round(ratio * 1000) / 1000,
      unit: 'ratio',
      baseline: Math.round(median(toggles)),
      ratio: Math.round(ratio * 1000) / 1000,
    },
    // Diagnostic, not in the issue: the ratio with zero office overhead.
    {
      name: 'models.ratio_ceiling_xstate_only',
      value: Math.round(ceiling * 1000) / 1000,
      unit: 'ratio',
    },
  ];
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (isMain) {
  run().then((rows) => {
    for (const r of rows) console.log(JSON.stringify(r));
  });
}
