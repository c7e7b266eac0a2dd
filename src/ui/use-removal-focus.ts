import { useLayoutEffect, useRef } from 'react';
import { focusWasLost, nextFocus, type RemovalFocus } from './removal-focus';

/**
 * A list's side of removal-focus.ts: once a removal asked of `removals` has
 * left the list, and focus went with it, focuses the next entry's target
 * (the previous one's if the removed entry was last; `fallback()` when none
 * is left). `ids` are the entries shown, in order: the same array until
 * they change (a memo). Register each entry's target with `target(id)`
 * (a ref): the control that takes focus for it, and that a removal started
 * from counts from.
 */
export function useRemovalFocus(
  removals: RemovalFocus,
  ids: readonly string[],
  fallback: () => HTMLElement | null,
): {
  target(id: string): (el: HTMLElement | null) => void;
  /** Focuses an entry's target; false when it has none on the page. */
  focus(id: string): boolean;
} {
  const targets = useRef(new Map<string, HTMLElement>());
  // Which entry an element was for, still known once it has left the page.
  const idOf = useRef(new WeakMap<Element, string>());
  const shown = useRef<readonly string[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the entries change, not on each render
  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = ids;
    const request = removals.takeFocusRequest(before, ids);
    if (!request || !focusWasLost(request.from, document.activeElement)) return;
    const anchor = request.from ? idOf.current.get(request.from) : undefined;
    const next = nextFocus(before, request.removed, anchor);
    (next === null ? fallback() : targets.current.get(next))?.focus();
  }, [ids]);
  return {
    focus: (id) => {
      const el = targets.current.get(id);
      el?.focus();
      return el !== undefined;
    },
    target: (id) => (el) => {
      if (el) {
        targets.current.set(id, el);
        idOf.current.set(el, id);
      } else targets.current.delete(id);
    },
  };
}
