import { useTranslation } from 'react-i18next';
import type { OfficeSystem } from '../../models';
import { deviceReadings } from './device-readings';

type Actor = OfficeSystem['actors'] extends Map<string, infer A> ? A : never;

/** A device's levels and counts under its state line; names in them are data, shown as text. */
export function DeviceReadings({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const readings = deviceReadings(actor);
  if (readings.length === 0) return null;
  return (
    <span className="device-readings">
      {readings.map((r) => t(`readings.${r.key}`, r.params)).join(' · ')}
    </span>
  );
}
