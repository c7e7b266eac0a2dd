import { useSyncExternalStore } from 'react';

type Runtime = typeof import('./editor-runtime');

let runtime: Runtime | null = null;
let loading: Promise<Runtime> | null = null;
const listeners = new Set<() => void>();

/** Starts loading the editor code (idempotent); components re-render when it arrives. */
export function loadEditor(): Promise<Runtime> {
  loading ??= import('./editor-runtime').then((m) => {
    runtime = m;
    for (const l of listeners) l();
    return m;
  });
  return loading;
}

export const editor = (): Runtime | null => runtime;

export function useEditor(): Runtime | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => runtime,
    () => runtime,
  );
}
