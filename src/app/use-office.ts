import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
import type { OfficeStore, OfficeView } from './office-store';

export const OfficeStoreContext = createContext<OfficeStore | null>(null);

export function useOfficeStore(): OfficeStore {
  const store = useContext(OfficeStoreContext);
  if (!store) throw new Error('useOfficeStore outside <OfficeStoreContext>');
  return store;
}

/**
 * Reads a selection of the office view. The component re-renders only when
 * the selection changes by `isEqual` (default Object.is), so an edit to one
 * item does not re-render the others.
 */
export function useOffice<T>(
  selector: (v: OfficeView) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useOfficeStore();
  const memo = useRef<{ view: OfficeView; value: T } | null>(null);
  const get = () => {
    const view = store.getSnapshot();
    const m = memo.current;
    if (m && m.view === view) return m.value;
    const value = selector(view);
    if (m && isEqual(m.value, value)) {
      memo.current = { view, value: m.value };
      return m.value;
    }
    memo.current = { view, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, get, get);
}

export const shallowArrayEqual = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
