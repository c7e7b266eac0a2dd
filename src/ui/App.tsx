import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfficeStore } from '../app/use-office';
import { type ViewMode, Viewport } from '../scene/Viewport';
import { PlanOverlay } from './PlanOverlay';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './use-shortcuts';

const LeftPanels = lazy(() => import('./Panels').then((m) => ({ default: m.LeftPanels })));
const RightPanels = lazy(() => import('./Panels').then((m) => ({ default: m.RightPanels })));
const FileActions = lazy(() => import('./Panels').then((m) => ({ default: m.FileActions })));

export function App() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const [mode, setMode] = useState<ViewMode>('3d');
  const toggle = useCallback(() => setMode((m) => (m === 'plan' ? '3d' : 'plan')), []);
  useShortcuts(store, toggle);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <Toolbar mode={mode} onModeChange={setMode} />
        <Suspense fallback={null}>
          <FileActions />
        </Suspense>
      </header>
      <aside className="side side-left">
        <Suspense fallback={null}>
          <LeftPanels />
        </Suspense>
      </aside>
      <main className="app-main">
        <Viewport mode={mode} />
        {mode === 'plan' && <PlanOverlay />}
      </main>
      <aside className="side side-right">
        <Suspense fallback={null}>
          <RightPanels />
        </Suspense>
      </aside>
      <StatusBar />
    </div>
  );
}
