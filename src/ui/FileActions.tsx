import { useTranslation } from 'react-i18next';
import {
  downloadBlob,
  downloadText,
  exportCurrentBranch,
  fileNameFor,
  importFile,
} from '../app/file-commands';
import { useOffice, useOfficeStore } from '../app/use-office';
import { exportGlb, exportPng } from '../scene/export-view';
import { ExampleRooms } from './ExampleRooms';
import { FilePicker } from './FilePicker';

export function FileActions() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const follower = useOffice((v) => v.role === 'follower');
  // The export holds the whole log; an import joins the full list of branches.
  const loaded = useOffice((v) => v.historyLoaded);
  return (
    <div className="file-actions">
      <button
        type="button"
        disabled={!loaded}
        aria-busy={!loaded}
        onClick={() => {
          const { name, json } = exportCurrentBranch(store);
          downloadText(fileNameFor(name), json);
          store.actionSucceeded();
        }}
      >
        {t('toolbar.export')}
      </button>
      <button
        type="button"
        onClick={async () => {
          const name = store.getSnapshot().branch.name;
          downloadBlob(fileNameFor(name).replace('.home-office.json', '.glb'), await exportGlb());
          store.actionSucceeded();
        }}
      >
        {t('toolbar.exportGlb')}
      </button>
      <button
        type="button"
        onClick={async () => {
          const name = store.getSnapshot().branch.name;
          downloadBlob(fileNameFor(name).replace('.home-office.json', '.png'), await exportPng());
          store.actionSucceeded();
        }}
      >
        {t('toolbar.exportPng')}
      </button>
      <FilePicker
        label={t('toolbar.import')}
        accept=".json,application/json"
        disabled={follower || !loaded}
        onFile={async (file) => {
          const r = await importFile(store, file);
          store.setNotice(
            r.ok
              ? { kind: 'info', key: 'import.accepted', params: { name: r.value.name } }
              : { kind: 'error', key: 'import.refused', reason: { kind: 'file', error: r.error } },
          );
        }}
      />
      <ExampleRooms />
    </div>
  );
}
