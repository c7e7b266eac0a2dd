// Layout benchmark: findCollisions on a stress scene of 300 random items.
// Standalone (no vitest): `npx tsx test/bench/layout.bench.ts`, or import
// `run()` from a bench runner. Seeded, so every run measures the same scene.

import { pathToFileURL } from 'node:url';
import { Rng } from '../../models/rng';
import {
  catalogKindIds,
  findClearanceIssues,
  findCollisions,
  type PlacedItem,
} from '../../src/layout';

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/** The models' seeded generator (mulberry32), as a plain function. */
function rng(seed: number): () => number {
  const g = new Rng(seed >>> 0);
  return () => g.next();
}

export function stressItems(count = 300, seed = 42): PlacedItem[] {
  const r = rng(seed);
  const kinds = catalogKindIds.filter((k) => k !== 'customModel');
  return Array.from({ length: count }, (_, i) => ({
    id: `item-${i}`,
    kind: kinds[Math.floor(r() * kinds.length)]!,
    x: (r() - 0.5) * 11,
    z: (r() - 0.5) * 11,
    rotation: (r() - 0.5) * Math.PI * 2,
    elevation: 0,
    parentId: null,
  }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function timeMs(fn: () => unknown, repeats: number): number {
  for (let i = 0; i < 20; i++) fn(); // warm the JIT: the first runs are interpreted
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function run(): Promise<BenchResult[]> {
  const items = stressItems();
  const room = { width: 12, depth: 12, height: 3, wallThickness: 0.12 };
  return [
    {
      name: 'layout.collisions_300_ms',
      value: timeMs(() => findCollisions(items), 51),
      unit: 'ms',
    },
    {
      name: 'layout.clearance_300_ms',
      value: timeMs(() => findClearanceIssues(room, [], items), 21),
      unit: 'ms',
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await run()) console.log(`${r.name} ${r.value.toFixed(3)} ${r.unit}`);
}
