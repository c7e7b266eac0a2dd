import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { importGlbItem } from '../app/commands/asset-commands';
import { placeKind } from '../app/commands/item-commands';
import { DRAG_MIME } from '../app/editor-state';
import { useOffice, useOfficeStore } from '../app/use-office';
import { builtinCatalog } from '../layout/catalog/catalog';
import { CATEGORIES } from '../layout/catalog/schema';

/** Catalog kinds by category; click to place, or drag onto the room. */
export function CatalogPanel() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const readOnly = useOffice((v) => v.viewSeq !== null);
  const kinds = [...builtinCatalog.values()].filter((k) => k.category !== 'custom');
  const glbInput = useRef<HTMLInputElement>(null);
  return (
    <section className="panel catalog" aria-label={t('editor.catalog')}>
      <h2>{t('editor.catalog')}</h2>
      {CATEGORIES.filter((c) => kinds.some((k) => k.category === c)).map((c) => (
        <fieldset key={c} className="catalog-group">
          <legend>{t(`category.${c}`)}</legend>
          <div className="catalog-items">
            {kinds
              .filter((k) => k.category === c)
              .map((k) => (
                <button
                  key={k.id}
                  type="button"
                  draggable={!readOnly}
                  disabled={readOnly}
                  aria-label={t('editor.place', { name: t(`catalog.${k.id}`) })}
                  title={t('editor.price', { price: k.priceEur })}
                  onClick={() => placeKind(store, k.id)}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(DRAG_MIME, k.id);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                >
                  {t(`catalog.${k.id}`)}
                </button>
              ))}
          </div>
        </fieldset>
      ))}
      <fieldset className="catalog-group">
        <legend>{t('category.custom')}</legend>
        <button type="button" disabled={readOnly} onClick={() => glbInput.current?.click()}>
          {t('editor.importGlb')}
        </button>
        <input
          ref={glbInput}
          type="file"
          accept=".glb,model/gltf-binary"
          aria-label={t('editor.importGlb')}
          hidden
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const r = importGlbItem(store, file.name, new Uint8Array(await file.arrayBuffer()));
            if (!r.ok)
              store.setNotice({
                kind: 'error',
                key: 'editor.glbRefused',
                params: { reason: r.error },
              });
          }}
        />
      </fieldset>
    </section>
  );
}
