import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../app/i18n/problem-text';
import type { OfficeStore } from '../app/office-store';
import { ProblemError } from '../app/problem';
import { OfficeStoreContext } from '../app/use-office';
import { App } from './App';

/**
 * Renders the app at once and hands it the store when the log is open. A
 * failure to open is shown as text (it may quote user data), worded in the
 * language shown when it is a Problem.
 */
export function Root({ opening }: { opening: Promise<OfficeStore> }) {
  const { t } = useTranslation();
  const [store, setStore] = useState<OfficeStore | null>(null);
  const [error, setError] = useState<{ failure: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    opening.then(
      (s) => live && setStore(s),
      (e: unknown) => live && setError({ failure: e }),
    );
    return () => {
      live = false;
    };
  }, [opening]);
  if (error) {
    const e = error.failure;
    const reason =
      e instanceof ProblemError
        ? problemText(e.problem, t)
        : e instanceof Error
          ? e.message
          : String(e);
    return <p role="alert">{t('app.openFailed', { reason })}</p>;
  }
  return (
    <OfficeStoreContext.Provider value={store}>
      <App />
    </OfficeStoreContext.Provider>
  );
}
