import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../app/office-store';
import { openPreset, presetNames, presetOf } from '../app/presets';
import { useOffice, useOfficeStore } from '../app/use-office';

/**
 * The rooms that ship with the app (scenes/), opened from the app as well
 * as by link (`?scene=`): each opens as a branch of its own, so an
 * instructor can show the essay's office, then the same office with a
 * separate printer, copier and scanner, and go back and forth.
 *
 * The picker shows the example the branch on screen was opened from, so
 * "Open example" on a copy gives that example as published.
 */
export function ExampleRooms() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const follower = useOffice((v) => v.role === 'follower');
  const loaded = useOffice((v) => v.historyLoaded);
  const branch = useOffice((v) => v.branch);
  const branches = useOffice((v) => v.branches);
  // A pick is for the branch it was made on: switching branch shows that branch's example.
  const [pick, setPick] = useState<{ branch: string; name: string } | null>(null);
  const chosen =
    pick?.branch === branch.id ? pick.name : (presetOf(branch, branches) ?? presetNames[0] ?? '');
  const [opening, setOpening] = useState(false);
  const open = async () => {
    if (opening) return;
    setOpening(true);
    try {
      const r = await openPreset(store, chosen, { fresh: true, branchName: exampleName(t) });
      // Done with: from now on the picker follows the branch shown.
      if (r.ok) setPick(null);
      store.setNotice(
        r.ok
          ? presetNotice(r.value.copy === 'new' ? 'presets.opened' : 'presets.unchanged', r.value)
          : { kind: 'error', key: 'presets.refused', reason: r.error },
      );
    } finally {
      setOpening(false);
    }
  };
  return (
    <div className="row example-rooms">
      <select
        aria-label={t('presets.label')}
        value={chosen}
        onChange={(e) => setPick({ branch: branch.id, name: e.target.value })}
      >
        {presetNames.map((name) => (
          <option key={name} value={name}>
            {t(`presets.name.${name}`, { defaultValue: name })}
          </option>
        ))}
      </select>
      {/* Not `disabled` while opening: a disabled button drops keyboard focus to the page. */}
      <button
        type="button"
        disabled={follower || !loaded}
        aria-disabled={opening || undefined}
        onClick={() => void open()}
      >
        {t('presets.open')}
      </button>
    </div>
  );
}

/** A new copy of an example is named after it in the language shown (once: the name is the person's after). */
export function exampleName(t: (key: string) => string): (preset: string) => string {
  return (preset) => t(`presets.name.${preset}`);
}

/** What opening an example did, naming the example and the branch it is on. */
export function presetNotice(
  key: 'presets.opened' | 'presets.unchanged' | 'presets.yourCopy',
  opened: { preset: string; info: { name: string } },
): Notice {
  return { kind: 'info', key, params: { preset: opened.preset, name: opened.info.name } };
}
