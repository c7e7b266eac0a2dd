// Where keyboard focus goes after a removal. The removed thing's control (an
// item's button in the items list, the inspector's Delete button, a door's
// Remove button) leaves the page with it, and the browser drops focus to
// <body>: the next Tab would start from the top of the page. Instead focus
// goes to the next thing in the list that showed it (the previous one if the
// removed one was last, a fallback such as the list itself if none is left).
// The list moves it when the removal reaches it (use-removal-focus.ts).

export interface Request {
  /** The ids the removal removed (a deleted desk takes what stood on it). */
  removed: ReadonlySet<string>;
  /** What had focus when the removal was asked for. */
  from: Element | null;
}

/** One list's pending request: each list that keeps focus after removals has its own. */
export interface RemovalFocus {
  /**
   * Runs a removal (which returns the ids it removed) and asks the list to
   * take focus once they are gone, if focus went with them.
   */
  removeKeepingFocus(remove: () => readonly string[]): void;
  /**
   * Called by the list after it shows a new list: the request, once the
   * list no longer holds what was removed and the removal was what it
   * showed last; null otherwise. A request the list never saw the removal
   * of is dropped, so it can never take focus later.
   */
  takeFocusRequest(before: readonly string[], now: readonly string[]): Request | null;
}

export function removalFocus(): RemovalFocus {
  let request: Request | null = null;
  return {
    removeKeepingFocus(remove) {
      const from = typeof document === 'undefined' ? null : document.activeElement;
      const removed = remove();
      request = removed.length ? { removed: new Set(removed), from } : null;
    },
    takeFocusRequest(before, now) {
      const r = request;
      if (!r) return null;
      if (now.some((id) => r.removed.has(id))) return null; // not landed yet
      request = null;
      if (!before.some((id) => r.removed.has(id))) return null;
      return r;
    },
  };
}

/** Whether focus went with the removed elements: it was on one, and nothing has it now. */
export function focusWasLost(from: Element | null, active: Element | null): boolean {
  if (!from || from === from.ownerDocument.body) return false;
  return !from.isConnected && (active === null || active === from.ownerDocument.body);
}

/**
 * The id to focus after `removed` left a list that read `before`: the
 * first one still there after `anchor` (the one whose control had focus, or
 * the first one removed), else the last one still there before it; null
 * when nothing is left (focus the fallback).
 */
export function nextFocus(
  before: readonly string[],
  removed: ReadonlySet<string>,
  anchor: string | undefined,
): string | null {
  const at = anchor === undefined ? -1 : before.indexOf(anchor);
  const start = at >= 0 ? at : before.findIndex((id) => removed.has(id));
  if (start < 0) return before.find((id) => !removed.has(id)) ?? null;
  for (let i = start + 1; i < before.length; i++) if (!removed.has(before[i]!)) return before[i]!;
  for (let i = start - 1; i >= 0; i--) if (!removed.has(before[i]!)) return before[i]!;
  return null;
}
