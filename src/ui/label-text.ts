import type { Translate } from '../app/i18n/problem-text';
import type { LabelRef } from '../app/office-store';

/**
 * A label kept as keys, worded in the language `t` speaks now: its params
 * are catalog keys (worded too), its values go in as they are (a number).
 */
export function labelText(ref: LabelRef, t: Translate): string {
  const params: Record<string, string | number> = { ...ref.values };
  for (const [k, key] of Object.entries(ref.params ?? {})) params[k] = t(key);
  return t(ref.key, params);
}
