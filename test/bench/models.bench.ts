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
  const rounds = 5;
  const offices: number[] = [];
  const toggles: number[] = [];
  const ratios: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const office = officeRate(400);
    const toggle = toggleRate(400);
    offices.push(office);
    toggles.push(toggle);
    ratios.push(office / toggle);
  }
  const ratio = median(ratios);
  return [
    { name: 'models.events_per_s', value: Math.round(median(offices)), unit: 'events/s' },
    {
      name: 'models.ratio_vs_xstate',
      value: Math.round(ratio * 1000) / 1000,
      unit: 'ratio',
      baseline: Math.round(median(toggles)),
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
