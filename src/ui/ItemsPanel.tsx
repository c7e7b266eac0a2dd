import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { select, selection } from '../app/editor-state';
import { useSmallStore } from '../app/small-store';
import { useOffice } from '../app/use-office';
import type { OfficeState } from '../core/office-state';
import { itemName } from './ChecksPanel';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The names the list shows, in the room's order: an item's label or its
 * kind, numbered where two would read the same ("Task chair 2").
 */
export function listedNames(state: OfficeState, t: Translate): { id: string; name: string }[] {
  const ids = Object.keys(state.items);
  const names = ids.map((id) => itemName(state, id, t));
  const total = new Map<string, number>();
  for (const n of names) total.set(n, (total.get(n) ?? 0) + 1);
  // Names already unique are taken: a number never repeats one (a chair labelled "Task chair 2").
  const taken = new Set(names.filter((n) => total.get(n) === 1));
  const next = new Map<string, number>();
  return ids.map((id, i) => {
    const name = names[i]!;
    if (total.get(name) === 1) return { id, name };
    let n = next.get(name) ?? 1;
    let numbered = t('editor.itemNumbered', { name, n });
    while (taken.has(numbered)) numbered = t('editor.itemNumbered', { name, n: ++n });
    next.set(name, n + 1);
    taken.add(numbered);
    return { id, name: numbered };
  });
}

/**
 * Every item in the room as a button that selects it, so the room can be
 * edited without a pointer: select here, then type in the inspector, or use
 * R to rotate and Delete to remove.
 */
export function ItemsPanel() {
  const { t } = useTranslation();
  const state = useOffice((v) => v.state);
  const selected = useSmallStore(selection, (s) => s);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the names change only with the items (or the language)
  const listed = useMemo(() => listedNames(state, t), [state.items, t]);
  return (
    <section className="panel items" aria-label={t('editor.items')}>
      <h2>{t('editor.items')}</h2>
      <ul className="item-list">
        {listed.map(({ id, name }) => (
          <li key={id}>
            <button type="button" aria-pressed={selected.includes(id)} onClick={() => select([id])}>
              {name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
