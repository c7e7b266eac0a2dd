import { useRef } from 'react';
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

export function FileActions() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const input = useRef<HTMLInputElement>(null);
  const follower = useOffice((v) => v.role === 'follower');
  return (
    <div className="file-actions">
      <button
        type="button"
        onClick={() => {
          const { name, json } = exportCurrentBranch(store);
          downloadText(fileNameFor(name), json);
        }}
      >
        {t('toolbar.export')}
      </button>
      <button
        type="button"
        onClick={async () => {
          const name = store.getSnapshot().branch.name;
          downloadBlob(fileNameFor(name).replace('.home-office.json', '.glb'), await exportGlb());
        }}
      >
        {t('toolbar.exportGlb')}
      </button>
      <button
        type="button"
        onClick={async () => {
          const name = store.getSnapshot().branch.name;
          downloadBlob(fileNameFor(name).replace('.home-office.json', '.png'), await exportPng());
        }}
      >
        {t('toolbar.exportPng')}
      </button>
      <button type="button" disabled={follower} onClick={() => input.current?.click()}>
        {t('toolbar.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('toolbar.import')}
        hidden
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          const r = await importFile(store, file);
          store.setNotice(
            r.ok
              ? { kind: 'info', key: 'import.accepted', params: { name: r.value.name } }
              : { kind: 'error', key: 'import.refused', params: { reason: r.error } },
          );
        }}
      />
    </div>
  );
}
