import { useTranslation } from 'react-i18next';
import { snapSettings } from '../app/editor-state';
import { type Language, languages } from '../app/i18n';
import { useSmallStore } from '../app/small-store';
import { useOffice, useOfficeStore } from '../app/use-office';
import type { ViewMode } from '../scene/Viewport';

/** Grid steps offered; Alt while dragging turns snapping off for one move. */
const GRID_STEPS = [0.05, 0.1, 0.25, 0.5];

interface Props {
  mode: ViewMode;
  onModeChange(mode: ViewMode): void;
}

export function Toolbar({ mode, onModeChange }: Props) {
  const { t, i18n } = useTranslation();
  const store = useOfficeStore();
  const canUndo = useOffice((v) => v.canUndo && v.viewSeq === null);
  const canRedo = useOffice((v) => v.canRedo && v.viewSeq === null);
  const grid = useSmallStore(snapSettings, (s) => s.gridStep);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" onClick={() => store.undo()} disabled={!canUndo} title="Ctrl+Z">
        {t('toolbar.undo')}
      </button>
      <button type="button" onClick={() => store.redo()} disabled={!canRedo} title="Ctrl+Shift+Z">
        {t('toolbar.redo')}
      </button>
      <button
        type="button"
        aria-pressed={mode === 'plan'}
        onClick={() => onModeChange(mode === 'plan' ? '3d' : 'plan')}
        title="V"
      >
        {mode === 'plan' ? t('toolbar.view3d') : t('toolbar.planView')}
      </button>
      <label className="language">
        <span>{t('editor.grid')}</span>
        <select
          aria-label={t('editor.grid')}
          value={grid === null ? 'off' : String(grid)}
          onChange={(e) =>
            snapSettings.set({ gridStep: e.target.value === 'off' ? null : Number(e.target.value) })
          }
        >
          {GRID_STEPS.map((g) => (
            <option key={g} value={String(g)}>
              {`${Math.round(g * 100)} cm`}
            </option>
          ))}
          <option value="off">{t('editor.gridOff')}</option>
        </select>
      </label>
      <label className="language">
        <span>{t('toolbar.language')}</span>
        <select
          aria-label={t('toolbar.language')}
          value={i18n.language}
          onChange={(e) => void i18n.changeLanguage(e.target.value as Language)}
        >
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
