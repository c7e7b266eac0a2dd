import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AnyCommand,
  type OfficeSystem,
  type SheetSize,
  scanFormat,
  sheetSizes,
} from '../../models';
import {
  defaultScanChoice,
  deviceControls,
  type ScanChoice,
  type TitleOf,
} from './device-controls';

const SHEETS = Object.keys(sheetSizes) as SheetSize[];
const FORMATS = scanFormat.options;

type Actor = OfficeSystem['actors'] extends Map<string, infer A> ? A : never;

export interface DeviceControlsProps {
  sys: OfficeSystem;
  actor: Actor;
  /** The device's name in the room, for the group's accessible name. */
  name: string;
  /** While the timeline shows the past, nothing can be sent. */
  readOnly: boolean;
  onCommand: (to: string, command: AnyCommand) => void;
}

/** The buttons of one device: what its statechart accepts now is enabled. */
export function DeviceControls({ sys, actor, name, readOnly, onCommand }: DeviceControlsProps) {
  const { t } = useTranslation();
  const title: TitleOf = (kind, n) => t(`devices.controls.title.${kind}`, { n });
  // The scanner's sheet and format are chosen before a scan starts; kept while the panel lives.
  const [scan, setScan] = useState<ScanChoice>(defaultScanChoice);
  const controls = deviceControls(sys, actor, title, scan, t('devices.demoClient'));
  if (controls.length === 0) return null;
  return (
    <fieldset
      className="row device-controls"
      aria-label={t('devices.controlsOf', { name })}
      disabled={readOnly}
    >
      {actor.kind === 'handheld-scanner' && (
        <>
          <select
            aria-label={t('devices.sheet')}
            value={scan.sheet}
            onChange={(e) => setScan({ ...scan, sheet: e.target.value as SheetSize })}
          >
            {SHEETS.map((s) => (
              <option key={s} value={s}>
                {t(`devices.sheets.${s}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('devices.format')}
            value={scan.format}
            onChange={(e) => setScan({ ...scan, format: e.target.value as ScanChoice['format'] })}
          >
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {f.toUpperCase()}
              </option>
            ))}
          </select>
        </>
      )}
      {controls.map((c) => (
        <button
          key={c.id}
          type="button"
          disabled={!c.enabled}
          onClick={() => onCommand(c.to, c.command)}
        >
          {t(`devices.controls.${c.id}`)}
        </button>
      ))}
    </fieldset>
  );
}
