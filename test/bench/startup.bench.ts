// bundle.initial_gzip_kb and startup.first_frame_ms / _ratio.
//
// The production app (`vite build`, dist/) and a minimal R3F page with one
// box (test/bench/baseline, dist-baseline/) are built and served the same way
// (vite preview on 127.0.0.1), then opened alternately in fresh Chromium
// contexts; each run reads the `hos:first-frame` mark (ms from navigation
// start). One unrecorded warm-up each, then RUNS recorded runs each; medians.

import { initialAssets } from './harness/bundle';
import { buildApp, buildBaseline, timeToMark, withChromium, withServed } from './harness/chromium';
import { compared, median, type Row, round } from './harness/row';

const RUNS = Number(process.env.HOS_BENCH_RUNS ?? 7);

const kb = (bytes: number): number => bytes / 1024;

export async function run(): Promise<Row[]> {
  const appDir = await buildApp('production');
  const baselineDir = await buildBaseline();

  const appAssets = initialAssets(appDir);
  const baselineAssets = initialAssets(baselineDir);
  const appKb = kb(appAssets.reduce((s, a) => s + a.gzipBytes, 0));
  const baselineKb = kb(baselineAssets.reduce((s, a) => s + a.gzipBytes, 0));
  for (const a of appAssets) {
    console.log(`  initial asset ${a.path}: ${round(kb(a.gzipBytes), 1)} KB gzip`);
  }

  const { app, baseline } = await withServed(appDir, (appURL) =>
    withServed(baselineDir, (baselineURL) =>
      withChromium(async (browser) => {
        await timeToMark(browser, appURL);
        await timeToMark(browser, baselineURL);
        const app: number[] = [];
        const baseline: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          app.push(await timeToMark(browser, appURL));
          baseline.push(await timeToMark(browser, baselineURL));
        }
        return { app, baseline };
      }),
    ),
  );
  const fmt = (xs: number[]) => xs.map((x) => Math.round(x)).join(' ');
  console.log(`  first frame, app (ms):      ${fmt(app)}`);
  console.log(`  first frame, baseline (ms): ${fmt(baseline)}`);

  const appMs = median(app);
  const baselineMs = median(baseline);
  const ratio = appMs / baselineMs;
  return [
    compared('bundle.initial_gzip_kb', 'KB', appKb, baselineKb, 1),
    compared('startup.first_frame_ms', 'ms', appMs, baselineMs, 1),
    { name: 'startup.first_frame_ratio', value: round(ratio, 3), unit: 'x' },
  ];
}
