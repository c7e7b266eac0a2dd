import { categoryOfSlot } from '../../models';
import type { Translate } from '../app/i18n/problem-text';

/**
 * A binder sleeve as a person reads it: its category worded in the language
 * shown and its number, `sketches-05` → "草图-05". The id itself stays the
 * model's (logged, matched, put back by); only the text changes.
 */
export function slotName(slotId: string, t: Translate): string {
  const category = categoryOfSlot(slotId);
  const number = slotId.slice(category.length + 1);
  return t('binderSlot', {
    category: t(`binderCategory.${category}`, { defaultValue: category }),
    number,
  });
}
