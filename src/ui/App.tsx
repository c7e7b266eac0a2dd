import { lazy, Suspense, useCallback, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstFrameDrawn } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { OfficeStoreContext } from '../app/use-office';
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
  // Null while the log is opening: the canvas is already mounted then.
  const store = useContext(OfficeStoreContext);
  const [mode, setMode] = useState<ViewMode>('3d');
  const toggle = useCallback(() => setMode((m) => (m === 'plan' ? '3d' : 'plan')), []);
  useShortcuts(store, toggle);
  // The panels' code and layout wait until the room is on screen.
  const drawn = useSmallStore(firstFrameDrawn, (v) => v) && store !== null;
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        {store && <Toolbar mode={mode} onModeChange={setMode} />}
        {drawn && (
          <Suspense fallback={null}>
            <FileActions />
          </Suspense>
        )}
      </header>
      <aside className="side side-left">
        {drawn && (
          <Suspense fallback={null}>
            <LeftPanels />
          </Suspense>
        )}
      </aside>
      <main className="app-main">
        <Viewport mode={mode} />
        {store && mode === 'plan' && <PlanOverlay />}
      </main>
      <aside className="side side-right">
        {drawn && (
          <Suspense fallback={null}>
            <RightPanels />
          </Suspense>
        )}
      </aside>
      {store ? <StatusBar /> : <div className="status" />}
    </div>
  );
}
