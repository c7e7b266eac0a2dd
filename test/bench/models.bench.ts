import { createActor, createMachine } from 'xstate';
import { OfficeSystem } from '../../models/office/office-system';
import { essayOffice, runEssayScenario } from '../../models/office/scenario';

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

export async function run(): Promise<BenchRow[]> {
  officeRate(200);
  toggleRate(200); // warm-up of both paths before measuring
  const office = officeRate(1500);
  const toggle = toggleRate(1500);
  const ratio = office / toggle;
  return [
    { name: 'models.events_per_s', value: Math.round(office), unit: 'events/s' },
    {
      name: 'models.ratio_vs_xstate',
      value: Math.round(ratio * 1000) / 1000,
      unit: 'ratio',
      baseline: Math.round(toggle),
      ratio: Math.round(ratio * 1000) / 1000,
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
