import { useTranslation } from 'react-i18next';
import type { AnyCommand, OfficeSystem } from '../../models';
import { deviceControls, type TitleOf } from './device-controls';

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
  const controls = deviceControls(sys, actor, title);
  if (controls.length === 0) return null;
  return (
    <fieldset
      className="row device-controls"
      aria-label={t('devices.controlsOf', { name })}
      disabled={readOnly}
    >
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
