import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfficeStore } from '../app/use-office';
import { type ViewMode, Viewport } from '../scene/Viewport';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './use-shortcuts';

export function App() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const [mode, setMode] = useState<ViewMode>('3d');
  useShortcuts(store, () => setMode((m) => (m === 'plan' ? '3d' : 'plan')));
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <Toolbar mode={mode} onModeChange={setMode} />
      </header>
      <main className="app-main">
        <Viewport mode={mode} />
      </main>
      <StatusBar />
    </div>
  );
}
