// Event-sourced core benchmarks: replay (fold from scratch) against immer's
// per-event `produce`, and seek (`stateAt`) on a 1,000,000-event log, with
// the snapshot spacing K swept so DEFAULT_SNAPSHOT_EVERY is chosen by
// measurement. Standalone: `npx tsx test/bench/core.bench.ts`; or through
// `npm run bench -- core`. Seeded: every run measures the same events.

import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { produce } from 'immer';
import { Rng } from '../../models/rng';
import { BranchLog, DEFAULT_SNAPSHOT_EVERY } from '../../src/core/branch-log';
import type { EventEnvelope } from '../../src/core/envelope';
import { coreEventDefinitions } from '../../src/core/events/core-definitions';
import { applyEvent, foldInto } from '../../src/core/fold';
import { initialOfficeState } from '../../src/core/office-state';
import { createRegistry } from '../../src/core/registry';
import { median, p95, type Row, round } from './harness/row';

export const REPLAY_EVENTS = 1_000_000;
export const IMMER_SAMPLE = 50_000;
export const SEEKS = 500;
export const SWEEP_K = [512, 1024, 2048, 4096, 8192] as const;

/** The models' seeded generator (mulberry32), as a plain function. */
function rng(seed: number): () => number {
  const g = new Rng(seed >>> 0);
  return () => g.next();
}

const KINDS = ['desk', 'chair', 'lamp', 'plant', 'monitor', 'shelf', 'printer', 'rug'];
const MATERIALS = ['oak', 'walnut', 'steel', 'mesh', 'fabric'];

/**
 * `count` valid core events over about 200 items, the mix of an editing
 * session with long drags: ~86% ItemsMoved (mostly one item, some groups),
 * placements and removals that keep the room at 150–250 items, styles,
 * resizes, labels, and the odd room resize or rename.
 */
export function syntheticEvents(count = REPLAY_EVENTS, seed = 2026): EventEnvelope[] {
  const r = rng(seed);
  const coord = () => Math.round((r() * 4 - 2) * 1000) / 1000;
  const alive: string[] = [];
  let nextItem = 0;
  const events: EventEnvelope[] = new Array(count);
  let at = 0;
  const push = (seq: number, type: string, payload: unknown) => {
    at += Math.floor(r() * 50);
    events[seq - 1] = { seq, id: `e${seq}`, type, v: 1, at, source: 'user', payload };
  };
  const place = (seq: number) => {
    const id = `item-${nextItem++}`;
    alive.push(id);
    push(seq, 'ItemPlaced', {
      item: {
        id,
        kind: KINDS[Math.floor(r() * KINDS.length)]!,
        x: coord(),
        z: coord(),
        rotation: 0,
        elevation: 0,
        parentId: null,
        size: { width: 0.5 + r(), depth: 0.5 + r(), height: 0.3 + r() },
      },
    });
  };
  const pick = () => alive[Math.floor(r() * alive.length)]!;
  for (let seq = 1; seq <= count; seq++) {
    if (alive.length < 200 && seq <= 200) {
      place(seq);
      continue;
    }
    const p = r();
    if (p < 0.86) {
      const n = r() < 0.9 ? 1 : 2 + Math.floor(r() * 3);
      const ids = new Set<string>();
      while (ids.size < Math.min(n, alive.length)) ids.add(pick());
      push(seq, 'ItemsMoved', {
        moves: [...ids].map((id) => ({
          id,
          x: coord(),
          z: coord(),
          rotation: Math.round(r() * 628) / 100,
          elevation: 0,
          parentId: null,
        })),
      });
    } else if (p < 0.9) {
      if (alive.length < 250) place(seq);
      else
        push(seq, 'ItemsRemoved', { ids: [alive.splice(Math.floor(r() * alive.length), 1)[0]!] });
    } else if (p < 0.93) {
      if (alive.length > 150) {
        push(seq, 'ItemsRemoved', { ids: [alive.splice(Math.floor(r() * alive.length), 1)[0]!] });
      } else place(seq);
    } else if (p < 0.96) {
      push(seq, 'ItemStyled', {
        id: pick(),
        color: `#${Math.floor(r() * 0xffffff)
          .toString(16)
          .padStart(6, '0')}`,
        material: MATERIALS[Math.floor(r() * MATERIALS.length)]!,
      });
    } else if (p < 0.98) {
      push(seq, 'ItemResized', {
        id: pick(),
        size: { width: 0.5 + r(), depth: 0.5 + r(), height: 0.3 + r() },
      });
    } else if (p < 0.995) {
      push(seq, 'ItemLabelled', { id: pick(), label: `label ${seq}` });
    } else if (p < 0.998) {
      push(seq, 'RoomResized', {
        width: 4 + Math.round(r() * 40) / 10,
        depth: 4 + Math.round(r() * 40) / 10,
        height: 2.7,
        wallThickness: 0.12,
      });
    } else {
      push(seq, 'SceneNamed', { name: `scene ${seq}` });
    }
  }
  return events;
}

const gc = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

interface SeekResult {
  K: number;
  p95: number;
  medianMs: number;
  maxMs: number;
  buildMs: number;
  snapshotMb: number;
  snapshots: number;
}

function measureSeek(events: EventEnvelope[], K: number, seeks = SEEKS): SeekResult {
  const registry = createRegistry(coreEventDefinitions);
  const before = heapMb();
  const t0 = performance.now();
  const log = new BranchLog(registry, () => 'bench', { events, snapshotEvery: K });
  const buildMs = performance.now() - t0;
  // The log's own copy of the events array is 8 bytes per event; the rest is snapshots.
  const snapshotMb = heapMb() - before - (events.length * 8) / 1048576;
  const r = rng(K);
  for (let i = 0; i < 20; i++) log.stateAt(Math.floor(r() * (events.length + 1))); // warm-up
  const times: number[] = [];
  for (let i = 0; i < seeks; i++) {
    const seq = Math.floor(r() * (events.length + 1));
    const t = performance.now();
    log.stateAt(seq);
    times.push(performance.now() - t);
  }
  const snapshots = Math.floor(events.length / K) + 1;
  return {
    K,
    p95: p95(times),
    medianMs: median(times),
    maxMs: Math.max(...times),
    buildMs,
    snapshotMb,
    snapshots,
  };
}

export async function run(): Promise<Row[]> {
  const registry = createRegistry(coreEventDefinitions);
  const tGen = performance.now();
  const events = syntheticEvents();
  const genMs = performance.now() - tGen;

  // Replay: fold 1M events from scratch, no immer; best of 3 after a warm-up.
  foldInto(registry, initialOfficeState(), events, 0, 100_000);
  const foldRates: number[] = [];
  let folded = initialOfficeState();
  for (let i = 0; i < 3; i++) {
    const state = initialOfficeState();
    const t = performance.now();
    foldInto(registry, state, events);
    foldRates.push(events.length / ((performance.now() - t) / 1000));
    folded = state;
  }
  const foldRate = Math.max(...foldRates);

  // The same events through immer, one `produce` per event (a sample).
  const sample = events.slice(0, IMMER_SAMPLE);
  let s = initialOfficeState();
  for (const e of sample.slice(0, 2000)) s = produce(s, (d) => applyEvent(registry, d, e)); // warm-up
  s = initialOfficeState();
  const tImmer = performance.now();
  for (const e of sample) s = produce(s, (d) => applyEvent(registry, d, e));
  const immerRate = sample.length / ((performance.now() - tImmer) / 1000);
  // Both paths agree on the sample.
  const check = foldInto(registry, initialOfficeState(), sample);
  if (JSON.stringify(check) !== JSON.stringify(s)) throw new Error('immer and fold disagree');

  // Seek at the default K, then the sweep.
  const seekDefault = measureSeek(events, DEFAULT_SNAPSHOT_EVERY);
  const sweep = SWEEP_K.map((K) =>
    K === DEFAULT_SNAPSHOT_EVERY ? seekDefault : measureSeek(events, K),
  );

  const ratio = foldRate / immerRate;
  const rows: Row[] = [
    { name: 'core.replay.events_per_s', value: Math.round(foldRate), unit: 'events/s' },
    {
      name: 'core.replay.ratio_vs_immer_per_event',
      value: Math.round(foldRate),
      unit: 'events/s',
      baseline: Math.round(immerRate),
      ratio: round(ratio, 1),
    },
    { name: 'core.seek.p95_ms', value: round(seekDefault.p95, 3), unit: 'ms' },
    ...sweep.map((m) => ({ name: `core.seek.p95_ms.k${m.K}`, value: round(m.p95, 3), unit: 'ms' })),
    ...sweep.map((m) => ({
      name: `core.seek.snapshots_mb.k${m.K}`,
      value: round(m.snapshotMb, 1),
      unit: 'MB',
    })),
  ];

  console.log(
    `core: ${events.length} events generated in ${genMs.toFixed(0)} ms; ` +
      `head has ${Object.keys(folded.items).length} items; fold rates ${foldRates
        .map((x) => `${(x / 1e6).toFixed(2)}M`)
        .join(', ')}/s; immer ${Math.round(immerRate)}/s on ${sample.length} events`,
  );
  console.log('core: K      p95 ms  median ms  max ms  build ms  snapshots  snapshot MB');
  for (const m of sweep) {
    console.log(
      `core: ${String(m.K).padEnd(6)} ${m.p95.toFixed(2).padStart(6)}  ${m.medianMs
        .toFixed(2)
        .padStart(9)}  ${m.maxMs.toFixed(2).padStart(6)}  ${m.buildMs
        .toFixed(0)
        .padStart(8)}  ${String(m.snapshots).padStart(9)}  ${m.snapshotMb.toFixed(1).padStart(11)}`,
    );
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t = performance.now();
  const rows = await run();
  for (const r of rows) console.log(JSON.stringify(r));
  console.log(`core bench: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
