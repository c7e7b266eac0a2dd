import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteSelection,
  duplicateSelection,
  pickColour,
  resizeItem,
  rotateSelection,
  setPose,
  styleItem,
} from '../app/commands/item-commands';
import { selection } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice, useOfficeStore } from '../app/use-office';
import { getKind } from '../layout/catalog/catalog';
import { MATERIAL_IDS } from '../layout/catalog/ids';
import { itemName } from './item-names';
import { deleteKeepingFocus } from './items-focus';
import { NumberField } from './NumberField';

const DEG = 180 / Math.PI;

/** Typed position, rotation, size, colour and material of the selection. */
export function Inspector() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const ids = useSmallStore(selection, (s) => s);
  const state = useOffice((v) => v.state);
  const readOnly = useOffice((v) => v.viewSeq !== null);
  const present = ids.filter((id) => state.items[id]);
  const item = present.length === 1 ? state.items[present[0]!] : undefined;
  const kind = item ? getKind(item.kind) : undefined;
  return (
    <section className="panel inspector" aria-label={t('editor.inspector')}>
      <h2>{t('editor.inspector')}</h2>
      {present.length === 0 && <p>{t('editor.nothingSelected')}</p>}
      {present.length > 1 && <p>{t('editor.selectedCount', { count: present.length })}</p>}
      {item && kind && (
        <fieldset disabled={readOnly}>
          <legend>{itemName(state, item.id, t)}</legend>
          {item.parentId && state.items[item.parentId] && (
            <p>{t('editor.standsOn', { name: itemName(state, item.parentId, t) })}</p>
          )}
          <NumberField
            labelKey="editor.x"
            value={item.x}
            step={0.05}
            onCommit={(x) => setPose(store, item.id, { x })}
          />
          <NumberField
            labelKey="editor.z"
            value={item.z}
            step={0.05}
            onCommit={(z) => setPose(store, item.id, { z })}
          />
          <NumberField
            labelKey="editor.rotation"
            value={degreesShown(item.rotation)}
            step={15}
            onCommit={(deg) => setPose(store, item.id, { rotation: deg / DEG })}
          />
          {kind.resizable &&
            (['width', 'depth', 'height'] as const).map((dim) => {
              const size = item.size ?? kind.size;
              return (
                <NumberField
                  key={dim}
                  labelKey={`editor.${dim}`}
                  value={size[dim]}
                  step={0.05}
                  min={0.05}
                  onCommit={(v) => resizeItem(store, item.id, { ...size, [dim]: v })}
                />
              );
            })}
          <ColourField key={item.id} id={item.id} value={item.color ?? '#888888'} />
          <label className="field">
            <span>{t('editor.material')}</span>
            <select
              value={item.material ?? ''}
              onChange={(e) => styleItem(store, item.id, { material: e.target.value || null })}
            >
              <option value="">—</option>
              {MATERIAL_IDS.map((m) => (
                <option key={m} value={m}>
                  {t(`material.${m}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
      {present.length > 0 && (
        <div className="row">
          <button
            type="button"
            disabled={readOnly}
            onClick={() => rotateSelection(store, present, Math.PI / 12)}
          >
            {t('editor.rotate')}
          </button>
          <button
            type="button"
            disabled={readOnly}
            onClick={() => duplicateSelection(store, present)}
          >
            {t('editor.duplicate')}
          </button>
          <button
            type="button"
            disabled={readOnly}
            onClick={() => deleteKeepingFocus(() => deleteSelection(store, present))}
          >
            {t('editor.delete')}
          </button>
        </div>
      )}
    </section>
  );
}

/**
 * The item's colour. The picker sends a change for every step of a drag
 * (Chrome fires `input` all along): each is logged as it comes, so the room
 * shows it, but one pick (from its first change until the picker closes,
 * `change`, or the field loses focus) is one gesture, undone in one step.
 */
function ColourField({ id, value }: { id: string; value: string }) {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const input = useRef<HTMLInputElement>(null);
  const open = useRef<string | null>(null);
  useEffect(() => {
    const el = input.current;
    const doc = el?.ownerDocument;
    if (!el || !doc) return;
    // On the document, so it runs after React's onChange for the same event
    // (whose last value still joins the pick).
    const closed = (e: Event) => {
      if (e.target === el) open.current = null;
    };
    doc.addEventListener('change', closed);
    return () => doc.removeEventListener('change', closed);
  }, []);
  return (
    <label className="field">
      <span>{t('editor.color')}</span>
      <input
        ref={input}
        type="color"
        value={value}
        onChange={(e) => {
          open.current = pickColour(store, id, e.target.value, open.current);
        }}
        onBlur={() => {
          open.current = null;
        }}
      />
    </label>
  );
}

/**
 * A turn as people read it, 0 to 359.9°: the store keeps angles in
 * (−180°, 180°] after R, so 195° would otherwise read "-165".
 */
export function degreesShown(radians: number): number {
  const tenths = Math.round(radians * DEG * 10);
  return (((tenths % 3600) + 3600) % 3600) / 10;
}
