import { useTranslation } from 'react-i18next';
import { importGlbItem } from '../app/commands/asset-commands';
import { placeKind } from '../app/commands/item-commands';
import { DRAG_MIME, drawing } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice, useOfficeStore } from '../app/use-office';
import { builtinCatalog } from '../layout/catalog/catalog';
import { CATEGORIES } from '../layout/catalog/ids';
import { finishDrawing } from './drawing';
import { FilePicker } from './FilePicker';

/** Catalog kinds by category; click to place, or drag onto the room. */
export function CatalogPanel() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const readOnly = useOffice((v) => v.viewSeq !== null);
  const kinds = [...builtinCatalog.values()].filter((k) => k.category !== 'custom');
  const corners = useSmallStore(drawing, (d) => d);
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
        <legend>{t('draw.legend')}</legend>
        {corners === null ? (
          <button type="button" disabled={readOnly} onClick={() => drawing.set([])}>
            {t('draw.start')}
          </button>
        ) : (
          <>
            <p className="hint" role="status">
              {t('draw.hint', { count: corners.length })}
            </p>
            <div className="row">
              <button
                type="button"
                disabled={corners.length < 3}
                onClick={() => finishDrawing(store)}
              >
                {t('draw.finish')}
              </button>
              <button type="button" onClick={() => drawing.set(null)}>
                {t('draw.cancel')}
              </button>
            </div>
          </>
        )}
      </fieldset>
      <fieldset className="catalog-group">
        <legend>{t('category.custom')}</legend>
        <FilePicker
          label={t('editor.importGlb')}
          accept=".glb,model/gltf-binary"
          disabled={readOnly}
          onFile={async (file) => {
            const r = importGlbItem(store, file.name, new Uint8Array(await file.arrayBuffer()));
            if (!r.ok) {
              store.setNotice({ kind: 'error', key: 'editor.glbRefused', reason: r.error });
            }
          }}
        />
      </fieldset>
    </section>
  );
}
