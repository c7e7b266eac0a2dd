/**
 * Moves an item along one axis so one of its edges lies on a grid line:
 * whichever edge needs the smaller move. Edges, not centres (PRIOR-ART 4):
 * a 1.25 m desk centred on a line would leave both edges off the grid.
 */
export function snapEdgesToGrid(
  min: number,
  max: number,
  step: number,
): { readonly delta: number; readonly line: number } {
  const lineMin = Math.round(min / step) * step;
  const lineMax = Math.round(max / step) * step;
  const dMin = lineMin - min;
  const dMax = lineMax - max;
  return Math.abs(dMin) <= Math.abs(dMax)
    ? { delta: dMin, line: lineMin }
    : { delta: dMax, line: lineMax };
}

/** Snaps a plain coordinate (a point, not an item) to the grid. */
export function snapToGrid(value: number, step: number | null): number {
  if (step === null || step <= 0) return value;
  const v = Math.round(value / step) * step;
  return v === 0 ? 0 : v;
}
