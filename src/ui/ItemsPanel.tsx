import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { select, selection } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice } from '../app/use-office';
import type { OfficeState } from '../core/office-state';
import { itemNames } from './item-names';
import { itemRemovals } from './items-focus';
import { useRemovalFocus } from './use-removal-focus';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The names the list shows, in the room's order (numbered like everywhere else). */
export function listedNames(state: OfficeState, t: Translate): { id: string; name: string }[] {
  return [...itemNames(state.items, t)].map(([id, name]) => ({ id, name }));
}

/**
 * Every item in the room as a button that selects it, so the room can be
 * edited without a pointer: select here, then type in the inspector, or use
 * R to rotate and Delete to remove. After a Delete (here or in the
 * inspector) focus goes to the next item, not to the page (removal-focus.ts).
 */
export function ItemsPanel() {
  const { t } = useTranslation();
  const state = useOffice((v) => v.state);
  const selected = useSmallStore(selection, (s) => s);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the names change only with the items (or the language)
  const listed = useMemo(() => listedNames(state, t), [state.items, t]);
  const list = useRef<HTMLUListElement>(null);
  const ids = useMemo(() => listed.map((l) => l.id), [listed]);
  const focus = useRemovalFocus(itemRemovals, ids, () => list.current);
  return (
    <section className="panel items" aria-label={t('editor.items')}>
      <h2>{t('editor.items')}</h2>
      <ul className="item-list" ref={list} tabIndex={-1} aria-label={t('editor.items')}>
        {listed.map(({ id, name }) => (
          <li key={id}>
            <button
              type="button"
              ref={focus.target(id)}
              aria-pressed={selected.includes(id)}
              onClick={() => select([id])}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
