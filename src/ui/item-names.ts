import type { OfficeState, PlacedItem } from '../core/office-state';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Items = OfficeState['items'];

/** An item's label, or the name of its kind in the language shown. */
function baseName(item: PlacedItem, t: Translate): string {
  return item.label || t(`catalog.${item.kind}`);
}

/**
 * Every item's name as the whole UI shows it, in the room's order: its
 * label or kind, numbered where two would read the same ("Task chair 2"),
 * so the checks, the inspector, the devices and the list all tell copies
 * apart the same way.
 */
export function itemNames(items: Items, t: Translate): ReadonlyMap<string, string> {
  let byT = cache.get(items);
  if (!byT) {
    byT = new WeakMap();
    cache.set(items, byT);
  }
  let names = byT.get(t);
  if (!names) {
    names = number(items, t);
    byT.set(t, names);
  }
  return names;
}

/** Items maps are replaced on every change, and `t` on a language switch: both key the memo. */
const cache = new WeakMap<Items, WeakMap<Translate, ReadonlyMap<string, string>>>();

function number(items: Items, t: Translate): ReadonlyMap<string, string> {
  const ids = Object.keys(items);
  const names = ids.map((id) => baseName(items[id]!, t));
  const total = new Map<string, number>();
  for (const n of names) total.set(n, (total.get(n) ?? 0) + 1);
  // Names already unique are taken: a number never repeats one (a chair labelled "Task chair 2").
  const taken = new Set(names.filter((n) => total.get(n) === 1));
  const next = new Map<string, number>();
  const out = new Map<string, string>();
  ids.forEach((id, i) => {
    const name = names[i]!;
    if (total.get(name) === 1) {
      out.set(id, name);
      return;
    }
    let n = next.get(name) ?? 1;
    let numbered = t('editor.itemNumbered', { name, n });
    while (taken.has(numbered)) numbered = t('editor.itemNumbered', { name, n: ++n });
    next.set(name, n + 1);
    taken.add(numbered);
    out.set(id, numbered);
  });
  return out;
}

/** One item's name as the UI shows it; an id no longer in the room is shown as is. */
export function itemName(state: OfficeState, id: string | undefined, t: Translate): string {
  if (!id) return '';
  return itemNames(state.items, t).get(id) ?? id;
}
