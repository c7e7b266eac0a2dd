import { useTranslation } from 'react-i18next';
import { planScale } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice } from '../app/use-office';

const fmt = (m: number) => `${m.toFixed(2)} m`;

/** A scale bar whose length in metres is a round number near 1/5 of the width shown. */
export function niceScaleLength(pxPerM: number, targetPx = 120): number {
  const raw = targetPx / pxPerM;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 5, 10];
  return (steps.find((s) => s * pow >= raw) ?? 10) * pow;
}

/**
 * Dimensions of the room and a scale bar over the plan view, as text a
 * person (and a screen reader) can read.
 */
export function PlanOverlay() {
  const { t } = useTranslation();
  const pxPerM = useSmallStore(planScale, (s) => s);
  const room = useOffice((v) => v.state.room);
  if (!pxPerM) return null;
  const bar = niceScaleLength(pxPerM);
  const w = room.width * pxPerM;
  const d = room.depth * pxPerM;
  // The dimension lines sit outside the walls, measuring the room inside them.
  const wall = room.wallThickness * pxPerM;
  return (
    <section className="plan-overlay" aria-label={t('plan.dimensions')}>
      <div
        className="dim dim-width"
        style={{ width: w, marginLeft: -w / 2, marginTop: -d / 2 - wall - 24 }}
      >
        <span>{t('plan.width', { value: fmt(room.width) })}</span>
      </div>
      <div
        className="dim dim-depth"
        style={{ height: d, marginTop: -d / 2, marginLeft: -w / 2 - wall - 28 }}
      >
        <span>{t('plan.depth', { value: fmt(room.depth) })}</span>
      </div>
      <figure className="scale-bar" aria-label={t('plan.scale', { value: `${bar} m` })}>
        <div className="scale-line" style={{ width: bar * pxPerM }} />
        <span>{bar} m</span>
      </figure>
    </section>
  );
}
