import { useTranslation } from 'react-i18next';
import type { OfficeSystem } from '../../models';
import { deviceReadings, readingText } from './device-readings';

type Actor = OfficeSystem['actors'] extends Map<string, infer A> ? A : never;

/** A device's levels and counts under its state line; names in them are data, shown as text. */
export function DeviceReadings({ actor, now }: { actor: Actor; now: number }) {
  const { t } = useTranslation();
  const readings = deviceReadings(actor, now);
  if (readings.length === 0) return null;
  return (
    <span className="device-readings">{readings.map((r) => readingText(r, t)).join(' · ')}</span>
  );
}
