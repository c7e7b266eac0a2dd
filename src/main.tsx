import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { boot } from './app/boot';
import { initI18n } from './app/i18n';
import { openPreset } from './app/presets';
import { OfficeStoreContext } from './app/use-office';
import { App } from './ui/App';
import './ui/styles.css';

const i18n = initI18n();
const root = createRoot(document.getElementById('root')!);

boot()
  .then(async ({ store }) => {
    // A link may name a preset scene (?scene=stress): instructors share rooms this way.
    const preset = new URLSearchParams(location.search).get('scene');
    if (preset) {
      const r = await openPreset(store, preset);
      if (!r.ok)
        store.setNotice({ kind: 'error', key: 'import.refused', params: { reason: r.error } });
    }
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <OfficeStoreContext.Provider value={store}>
            <App />
          </OfficeStoreContext.Provider>
        </I18nextProvider>
      </StrictMode>,
    );
  })
  .catch((e: unknown) => {
    // Rendered as text: an error message may quote user data.
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `The office could not open: ${e instanceof Error ? e.message : String(e)}`;
    document.getElementById('root')!.replaceChildren(p);
  });
