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
  /** Largest edit distance a fuzzy query may be from a name (assumption: typos of ≤ 3 letters). */
  fuzzyMaxDistance: number;
  /** Names offered when nothing is found (assumption: what fits on the terminal line). */
  nearestCount: number;
}

export const defaultSmartBinderParams: SmartBinderParams = {
  categories: { sketches: 40, documents: 40, contracts: 20 },
  signalTimeoutMs: 120_000,
  fuzzyMaxDistance: 3,
  nearestCount: 3,
};

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
