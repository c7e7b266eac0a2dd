import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openPreset, presetNames } from '../app/presets';
import { useOffice, useOfficeStore } from '../app/use-office';

/**
 * The rooms that ship with the app (scenes/), opened from the app as well
 * as by link (`?scene=`): each opens as a branch of its own, so an
 * instructor can show the essay's office, then the same office with a
 * separate printer, copier and scanner, and go back and forth.
 */
export function ExampleRooms() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const follower = useOffice((v) => v.role === 'follower');
  const loaded = useOffice((v) => v.historyLoaded);
  const [chosen, setChosen] = useState(presetNames[0] ?? '');
  const [opening, setOpening] = useState(false);
  const open = async () => {
    setOpening(true);
    const r = await openPreset(store, chosen, { fresh: true }).finally(() => setOpening(false));
    store.setNotice(
      r.ok
        ? { kind: 'info', key: 'presets.opened', params: { name: r.value.info.name } }
        : { kind: 'error', key: 'import.refused', reason: r.error },
    );
  };
  return (
    <div className="row example-rooms">
      <select
        aria-label={t('presets.label')}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
      >
        {presetNames.map((name) => (
          <option key={name} value={name}>
            {t(`presets.name.${name}`, { defaultValue: name })}
          </option>
        ))}
      </select>
      <button type="button" disabled={follower || !loaded || opening} onClick={() => void open()}>
        {t('presets.open')}
      </button>
    </div>
  );
}
