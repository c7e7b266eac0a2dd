import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { boot } from './app/boot';
import { initI18n } from './app/i18n';
import type { OfficeStore } from './app/office-store';
import { openPreset } from './app/presets';
import { exampleName, presetNotice } from './ui/ExampleRooms';
import { Root } from './ui/Root';
import './ui/styles.css';

performance.mark('hos:script-start');
const i18n = initI18n();

/** Opens the log; a link may name a preset scene (?scene=stress), as instructors share rooms. */
async function open(): Promise<OfficeStore> {
  const preset = new URLSearchParams(location.search).get('scene');
  // A preset looks for the branch it made before among all branches: restore them in full.
  // The first branch is named once, in the language shown then; after that the name is the user's.
  const { store } = await boot({ full: preset !== null, firstBranchName: i18n.t('branches.main') });
  performance.mark('hos:booted');
  if (preset !== null) {
    const r = await openPreset(store, preset, { branchName: exampleName(i18n.t) });
    if (!r.ok) store.setNotice({ kind: 'error', key: 'presets.refused', reason: r.error });
    // The person's own copy, edited since: said, with the way back to the example as published.
    else if (r.value.copy === 'edited') store.setNotice(presetNotice('presets.yourCopy', r.value));
    // The link has done its work: a reload now restores the branch the person
    // is on, not the example. Kept only when loading failed and a reload is the cure.
    const retry = !r.ok && r.error.kind === 'app' && r.error.reason.code === 'presetUnreadable';
    if (!retry) forgetSceneParam();
  }
  return store;
}

function forgetSceneParam(): void {
  const url = new URL(location.href);
  url.searchParams.delete('scene');
  history.replaceState(history.state, '', url);
}

// Started before React renders: the log opens while the canvas mounts.
const opening = open();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Root opening={opening} />
    </I18nextProvider>
  </StrictMode>,
);
