// One line of bench/results.json. Every test/bench/*.bench.ts module exports
// `run(): Promise<Row[]>`; test/bench/run.ts collects and writes them.
export interface Row {
  /** dotted, stable: e.g. "startup.first_frame_ms" */
  name: string;
  value: number;
  /** e.g. "ms", "KB", "events/s", "x" */
  unit: string;
  /** the same measure on the reference, measured in the same run */
  baseline?: number;
  /** value / baseline */
  ratio?: number;
}

export type BenchRow = Row;

/** The signature a bench module exports. */
export type BenchRun = () => Promise<Row[]>;

/** Why `x` is not a Row, or null when it is one. */
export function rowProblem(x: unknown): string | null {
  if (typeof x !== 'object' || x === null) return 'not an object';
  const r = x as Record<string, unknown>;
  if (typeof r.name !== 'string' || r.name === '') return 'name must be a non-empty string';
  if (typeof r.value !== 'number' || !Number.isFinite(r.value))
    return `${r.name}: value must be a finite number`;
  if (typeof r.unit !== 'string') return `${r.name}: unit must be a string`;
  for (const key of ['baseline', 'ratio'] as const) {
    if (r[key] !== undefined && (typeof r[key] !== 'number' || !Number.isFinite(r[key]))) {
      return `${r.name}: ${key} must be a finite number when present`;
    }
  }
  return null;
}

/** Keeps only the Row fields, in the documented order. */
export function cleanRow(r: Row): Row {
  const row: Row = { name: r.name, value: r.value, unit: r.unit };
  if (r.baseline !== undefined) row.baseline = r.baseline;
  if (r.ratio !== undefined) row.ratio = r.ratio;
  return row;
}

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** A measure and its reference from the same run: value, baseline, and value / baseline. */
export const compared = (
  name: string,
  unit: string,
  value: number,
  baseline: number,
  digits: number,
): Row => ({
  name,
  value: round(value, digits),
  unit,
  baseline: round(baseline, digits),
  ratio: round(value / baseline, 3),
});

/** The smallest value at or above 95 % of the sample (nearest rank). */
export const p95 = (xs: readonly number[]): number => {
  if (xs.length === 0) throw new Error('p95 of nothing');
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.ceil(0.95 * s.length) - 1]!;
};

export const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
