import { z } from 'zod';
import { count, durationMs, paramOverrides, positiveCount } from '../param-overrides';

/**
 * Smart binder (电子书夹) parameters. Reference: an A3 display book with
 * pocket sleeves plus an LED and a buzzer per sleeve (the essay's concept; no
 * datasheet exists, so values are stated assumptions).
 */
export interface SmartBinderParams {
  /** Sleeves per category (assumption: a 100-sleeve display book split by use). */
  categories: Record<string, number>;
  /** The signal stops by itself after this long, ms (assumption: 2 min saves the coin cell). */
  signalTimeoutMs: number;
  /**
   * Most typos a fuzzy query word may hold against a word of the name or
   * related information (assumption: typos of ≤ 3 letters in a long word).
   */
  fuzzyMaxDistance: number;
  /**
   * A query word of n letters may hold ⌊n / this⌋ typos, up to
   * `fuzzyMaxDistance` (after Elasticsearch's `fuzziness: AUTO`: none for
   * 1–2 letters, one for 3–5, two from 6; a swap of two letters is one typo).
   */
  fuzzyLettersPerTypo: number;
  /** Names offered when nothing is found (assumption: what fits on the terminal line). */
  nearestCount: number;
  /**
   * Most typos per query word for a name still offered as "nearest" when
   * nothing is found (assumption: a near miss is a typo or two past a match).
   */
  nearestMaxDistance: number;
  /**
   * A query word of n letters may be ⌊n / this⌋ typos from a "nearest" name's
   * word (assumption: half its letters; beyond that the word is another word).
   */
  nearestLettersPerTypo: number;
  /**
   * Longest name, and longest related information, the binder files, in
   * UTF-16 units after trimming (assumption: the terminal's fields take 200).
   */
  maxTextLength: number;
}

export const defaultSmartBinderParams: SmartBinderParams = {
  categories: { sketches: 40, documents: 40, contracts: 20 },
  signalTimeoutMs: 120_000,
  fuzzyMaxDistance: 3,
  fuzzyLettersPerTypo: 3,
  nearestCount: 3,
  nearestMaxDistance: 4,
  nearestLettersPerTypo: 2,
  maxTextLength: 200,
};

/**
 * Most sleeves a binder may have in all (assumption: ten 100-sleeve display
 * books). Every sleeve gets a slot id when the machine is built, so the cap
 * keeps a mistyped count from building millions of them.
 */
export const MAX_SLEEVES = 1_000;

/** Longest category name (assumption: what the terminal's category list shows). */
export const MAX_CATEGORY_LENGTH = 40;

/**
 * Sleeves per category, replacing the default categories as a whole: at
 * least one category, each with at least one sleeve (a category with none
 * would be offered and then always be full), at most MAX_SLEEVES in all.
 * The count that passes the cap is refused, with the room left for it.
 */
const categories = z
  .record(z.string().min(1).max(MAX_CATEGORY_LENGTH), positiveCount)
  .superRefine((c, ctx) => {
    const names = Object.keys(c);
    if (names.length === 0) {
      ctx.addIssue({ code: 'too_small', origin: 'record', minimum: 1, inclusive: true, input: c });
      return;
    }
    let total = 0;
    for (const name of names) {
      const n = c[name]!;
      if (total + n > MAX_SLEEVES) {
        ctx.addIssue({
          code: 'too_big',
          origin: 'number',
          maximum: MAX_SLEEVES - total,
          inclusive: true,
          path: [name],
          input: n,
        });
        return;
      }
      total += n;
    }
  });

/**
 * Overrides an `OfficeSystemStarted` or `DevicesJoined` may carry. The typo
 * allowances divide a word's length by letters per typo, so those are 1 or
 * more; a name of 0 characters at most would refuse every filing.
 */
export const smartBinderParamOverrides = paramOverrides<SmartBinderParams>(
  {
    categories,
    signalTimeoutMs: durationMs,
    fuzzyMaxDistance: count,
    fuzzyLettersPerTypo: positiveCount,
    nearestCount: count,
    nearestMaxDistance: count,
    nearestLettersPerTypo: positiveCount,
    maxTextLength: positiveCount,
  },
  defaultSmartBinderParams,
);

/** Slot ids are stable and readable: category plus 1-based number, e.g. 'sketches-07'. */
export function slotIds(p: SmartBinderParams): string[] {
  return Object.entries(p.categories).flatMap(([category, n]) =>
    Array.from({ length: n }, (_, i) => `${category}-${String(i + 1).padStart(2, '0')}`),
  );
}

const byCategory = new WeakMap<SmartBinderParams, ReadonlyMap<string, readonly string[]>>();

/**
 * The slot ids of each category, in `slotIds` order: the slots whose
 * `categoryOfSlot` is that category. Parameters are never mutated once a
 * machine closes over them, so this is computed once per parameter object.
 */
export function slotsByCategory(p: SmartBinderParams): ReadonlyMap<string, readonly string[]> {
  let m = byCategory.get(p);
  if (!m) {
    const built = new Map<string, string[]>();
    for (const id of slotIds(p)) {
      const category = categoryOfSlot(id);
      const list = built.get(category);
      if (list) list.push(id);
      else built.set(category, [id]);
    }
    m = built;
    byCategory.set(p, m);
  }
  return m;
}

export function categoryOfSlot(slotId: string): string {
  return slotId.slice(0, slotId.lastIndexOf('-'));
}
