import { useTranslation } from 'react-i18next';
import { type Language, languages } from '../app/i18n';
import { useOffice, useOfficeStore } from '../app/use-office';
import type { ViewMode } from '../scene/Viewport';

interface Props {
  mode: ViewMode;
  onModeChange(mode: ViewMode): void;
}

export function Toolbar({ mode, onModeChange }: Props) {
  const { t, i18n } = useTranslation();
  const store = useOfficeStore();
  const canUndo = useOffice((v) => v.canUndo && v.viewSeq === null);
  const canRedo = useOffice((v) => v.canRedo && v.viewSeq === null);
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
