// `npm run bench`: runs every test/bench/*.bench.ts (alphabetical order; each
// exports `run(): Promise<Row[]>`), writes bench/results.json and prints a table.
//
//   npm run bench                 all benches
//   npm run bench -- startup core only those files (results merged into the JSON)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cleanRow, type Row, rowProblem } from './harness/row';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '../..');
const resultsPath = resolve(repoRoot, 'bench/results.json');

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()
  .filter((f) => only.length === 0 || only.some((o) => f === o || f.startsWith(`${o}.`)));

if (files.length === 0) {
  console.error(
    `no bench module matches ${only.length ? only.join(', ') : 'test/bench/*.bench.ts'}`,
  );
  process.exit(1);
}

const rows: Row[] = [];
const failures: string[] = [];

for (const file of files) {
  const started = performance.now();
  console.log(`▶ ${file}`);
  try {
    const mod = (await import(pathToFileURL(resolve(benchDir, file)).href)) as { run?: unknown };
    if (typeof mod.run !== 'function') throw new Error('exports no run(): Promise<Row[]>');
    const out: unknown = await mod.run();
    if (!Array.isArray(out)) throw new Error('run() did not resolve to an array of rows');
    for (const r of out) {
      const problem = rowProblem(r);
      if (problem !== null) throw new Error(`bad row: ${problem}`);
      rows.push(cleanRow(r as Row));
    }
    console.log(
      `✓ ${file}: ${out.length} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    failures.push(`${file}: ${message}`);
    console.error(`✗ ${file}: ${message}`);
  }
}

// A partial run keeps the other modules' rows from the previous results.
let results = rows;
if (only.length > 0 && existsSync(resultsPath)) {
  try {
    const previous = JSON.parse(readFileSync(resultsPath, 'utf8')) as Row[];
    const fresh = new Set(rows.map((r) => r.name));
    results = [...previous.filter((r) => !fresh.has(r.name)), ...rows];
  } catch {
    results = rows;
  }
}

mkdirSync(dirname(resultsPath), { recursive: true });
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);

// Display only: six significant digits (the JSON keeps the values as given).
const cell = (x: number | undefined): string =>
  x === undefined ? '' : String(Number(x.toPrecision(6)));
const table = [
  ['name', 'value', 'unit', 'baseline', 'ratio'],
  ...rows.map((r) => [r.name, cell(r.value), r.unit, cell(r.baseline), cell(r.ratio)]),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((line) => line[c]!.length)));
const numeric = new Set([1, 3, 4]);
const line = (cells: string[]) =>
  cells.map((v, c) => (numeric.has(c) ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join('  ');
console.log('');
console.log(line(table[0]!));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const cells of table.slice(1)) console.log(line(cells));
console.log(`\nwrote ${resultsPath} (${results.length} rows)`);

if (failures.length > 0) {
  console.error(`\n${failures.length} bench module(s) failed:\n${failures.join('\n')}`);
  process.exit(1);
}
process.exit(0);
