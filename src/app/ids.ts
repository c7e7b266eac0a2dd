/**
 * Ids for events, items, gestures and branches. Ids are assigned when an
 * event is appended and then stored in the log, so a replay never calls this.
 */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `id-${(++fallback).toString(36)}-${performance.now().toString(36).replace('.', '')}`;
}
let fallback = 0;
