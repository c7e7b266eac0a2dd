import type { Refused } from '../../events/refusal';
import { refused } from '../../events/refusal';
import type { SmartBinderCommand } from './commands';
import { matchNormalised, nearestNames, normalise, sameName, words } from './fuzzy';
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

/**
 * A FILE command as the binder takes it: name and related information
 * trimmed, so "  Lease " is filed, found and compared as "Lease".
 */
export function tidyFile(c: Cmd<'FILE'>): Cmd<'FILE'> {
  const name = c.name.trim();
  const info = c.info.trim();
  return name === c.name && info === c.info ? c : { ...c, name, info };
}

/**
 * Why a FILE command cannot be filed, or null. A name already in the binder
 * is no reason: two copies of a paper, or two papers under one title, exist
 * in real life, and refusing would leave the paper in hand with nowhere to
 * go. The filing says where the others are instead (`sameNameSlots`).
 */
export function fileRefusal(
  s: BinderState,
  raw: Cmd<'FILE'>,
  p: SmartBinderParams,
): Refused | null {
  const c = tidyFile(raw);
  if (c.name === '') return refused(s.deviceId, 'FILE', 'binder.emptyName');
  if (c.name.length > p.maxTextLength) {
    return refused(s.deviceId, 'FILE', 'binder.nameTooLong', { max: p.maxTextLength });
  }
  if (c.info.length > p.maxTextLength) {
    return refused(s.deviceId, 'FILE', 'binder.infoTooLong', { max: p.maxTextLength });
  }
  // Own keys only: a category named "toString" or "constructor" is not one of the binder's.
  if (!Object.hasOwn(p.categories, c.category)) {
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

/**
 * The home slots of the other documents filed under the same name (case and
 * spacing aside) as `doc`, sorted by slot id.
 */
export function sameNameSlots(s: BinderState, doc: FiledDocument): string[] {
  const slots: string[] = [];
  for (const d of Object.values(s.docs)) {
    if (d.docId !== doc.docId && sameName(d, doc)) slots.push(d.homeSlotId);
  }
  return slots.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface Located {
  /** The best match: the one whose slot is signalled. */
  doc: FiledDocument;
  /** How many other documents in their sleeves match the query too. */
  others: number;
  /**
   * How near the best match is (see `matchNormalised`): 0 for the whole
   * name, ½ for a whole entry of the related information, 1 and up for a part or a typo.
   */
  distance: number;
}

/**
 * Best match among the documents in their sleeves (see `matchNormalised`
 * for the distance); ties go to the smaller docId.
 */
export function locate(s: BinderState, c: Cmd<'LOCATE'>, p: SmartBinderParams): Located | null {
  let best: FiledDocument | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  let matches = 0;
  const q = normalise(c.query);
  const qWords = words(q);
  const allowance = { maxDistance: p.fuzzyMaxDistance, lettersPerTypo: p.fuzzyLettersPerTypo };
  for (const d of Object.values(s.docs)) {
    if (d.atSlotId === null) continue;
    const dist = matchNormalised(q, qWords, d, c.match, allowance);
    if (dist === Number.POSITIVE_INFINITY) continue;
    matches++;
    if (dist < bestD || (dist === bestD && best !== null && d.docId < best.docId)) {
      best = d;
      bestD = dist;
    }
  }
  return best ? { doc: best, others: matches - 1, distance: bestD } : null;
}

/** Names close to a query that found nothing, or none when nothing is close. */
export function nearest(s: BinderState, query: string, p: SmartBinderParams): string[] {
  return nearestNames(query, Object.values(s.docs), p.nearestCount, {
    maxDistance: p.nearestMaxDistance,
    lettersPerTypo: p.nearestLettersPerTypo,
  });
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
