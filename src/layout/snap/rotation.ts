import { normalizeAngle } from '../geometry/vec';

/** Nearest multiple of `step` (15° by default), wrapped into (-π, π]; null = free. */
export function snapRotation(rotation: number, step: number | null = Math.PI / 12): number {
  if (step === null || step <= 0) return normalizeAngle(rotation);
  return normalizeAngle(Math.round(rotation / step) * step);
}

/**
 * One press of `R` (direction +1) or Shift+`R` (-1): to the next step from
 * the current angle, so an off-grid angle first lands on the grid.
 */
export function rotateStep(rotation: number, direction: 1 | -1, step = Math.PI / 12): number {
  const k = rotation / step;
  const snapped = Math.round(k);
  // Within rounding noise of a step counts as on it, otherwise step to the
  // neighbouring grid angle in the requested direction.
  const onGrid = Math.abs(k - snapped) < 1e-6;
  const next = onGrid ? snapped + direction : direction > 0 ? Math.ceil(k) : Math.floor(k);
  return normalizeAngle(next * step);
}
