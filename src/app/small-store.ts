import { useSyncExternalStore } from 'react';

/**
 * A tiny external store for UI state that is not part of the log
 * (selection, live drag poses): changes never become events.
 */
export class SmallStore<T> {
  private listeners = new Set<() => void>();
  constructor(private value: T) {}
  get = (): T => this.value;
  set(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const l of this.listeners) l();
  }
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
}

export function useSmallStore<T, S>(store: SmallStore<T>, select: (v: T) => S): S {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}
