import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeStore } from '../app/office-store';
import { OfficeStoreContext } from '../app/use-office';
import { App } from './App';

/**
 * Renders the app at once and hands it the store when the log is open. A
 * failure to open is shown as text (it may quote user data).
 */
export function Root({ opening }: { opening: Promise<OfficeStore> }) {
  const { t } = useTranslation();
  const [store, setStore] = useState<OfficeStore | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    opening.then(
      (s) => live && setStore(s),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [opening]);
  if (error) return <p role="alert">{t('app.openFailed', { reason: error })}</p>;
  return (
    <OfficeStoreContext.Provider value={store}>
      <App />
    </OfficeStoreContext.Provider>
  );
}
