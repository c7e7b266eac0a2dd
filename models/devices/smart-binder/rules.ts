import type { Refused } from '../../events/refusal';
import { refused } from '../../events/refusal';
import type { SmartBinderCommand } from './commands';
import { matchNormalised, nearestNames, normalise } from './fuzzy';
import { type SmartBinderParams, slotsByCategory } from './params';

export interface FiledDocument {
  docId: string;
  name: string;
  info: string;
  category: string;
  assetId: string | null;
  /** The sleeve assigned at filing: where the document belongs. */
  homeSlotId: string;
  /** The sleeve it physically sits in; null while taken out. */
  atSlotId: string | null;
}

export interface BinderState {
  deviceId: string;
  docs: Record<string, FiledDocument>;
}

type Cmd<T extends SmartBinderCommand['type']> = Extract<SmartBinderCommand, { type: T }>;

/** Pure decisions of the binder, shared by its guards and actions so both agree. */
export function freeSlot(s: BinderState, category: string, p: SmartBinderParams): string | null {
  // The first slot of the category, in slotIds order, that is no document's
  // home and holds no misfiled one: a new paper never shares a sleeve.
  const slots = slotsByCategory(p).get(category);
  if (!slots) return null;
  const taken = new Set<string>();
  for (const d of Object.values(s.docs)) {
    taken.add(d.homeSlotId);
    if (d.atSlotId !== null) taken.add(d.atSlotId);
  }
  for (const id of slots) if (!taken.has(id)) return id;
  return null;
}

export function fileRefusal(s: BinderState, c: Cmd<'FILE'>, p: SmartBinderParams): Refused | null {
  if (!(c.category in p.categories)) {
    return refused(s.deviceId, 'FILE', 'binder.unknownCategory', { category: c.category });
  }
  if (s.docs[c.docId])
    return refused(s.deviceId, 'FILE', 'binder.duplicateDocument', { docId: c.docId });
  if (freeSlot(s, c.category, p) === null) {
    return refused(s.deviceId, 'FILE', 'binder.full', {
      category: c.category,
      capacity: p.categories[c.category] ?? 0,
    });
  }
  return null;
}

export function docAt(s: BinderState, slotId: string): FiledDocument | null {
  return Object.values(s.docs).find((d) => d.atSlotId === slotId) ?? null;
}

/** Best match among documents in the binder; ties go to the smaller docId. */
export function locate(
  s: BinderState,
  c: Cmd<'LOCATE'>,
  p: SmartBinderParams,
): FiledDocument | null {
  let best: FiledDocument | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  const limit = c.match === 'exact' ? 0 : p.fuzzyMaxDistance;
  const q = normalise(c.query);
  for (const d of Object.values(s.docs)) {
    if (d.atSlotId === null) continue;
    const dist = matchNormalised(q, d, c.match);
    if (dist > limit) continue;
    if (dist < bestD || (dist === bestD && best !== null && d.docId < best.docId)) {
      best = d;
      bestD = dist;
    }
  }
  return best;
}

export function nearest(s: BinderState, query: string, p: SmartBinderParams): string[] {
  return nearestNames(query, Object.values(s.docs), p.nearestCount);
}

export function putBackRefusal(s: BinderState, c: Cmd<'PUT_BACK'>): Refused | null {
  const d = s.docs[c.docId];
  if (!d || d.atSlotId !== null) {
    return refused(s.deviceId, 'PUT_BACK', 'binder.unknownDocument', { docId: c.docId });
  }
  const occupant = docAt(s, c.slotId);
  if (occupant) return refused(s.deviceId, 'PUT_BACK', 'binder.slotTaken', { slotId: c.slotId });
  return null;
}
