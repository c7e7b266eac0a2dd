import type { Translate } from '../app/i18n/problem-text';
import type { LabelRef } from '../app/office-store';
import type { OfficeState, Opening } from '../core/office-state';
import { labelText } from './label-text';

type Openings = OfficeState['openings'];

const plainKey = (o: Opening) => (o.kind === 'door' ? 'room.doorOn' : 'room.windowOn');
const numberedKey = (o: Opening) =>
  o.kind === 'door' ? 'room.doorNumberedOn' : 'room.windowNumberedOn';

/**
 * Every door's and window's name as the whole UI shows it (the Room panel,
 * the Layout checks, the notices about its fields), kept as a label worded
 * when drawn: its kind and wall ("Door on the south wall"), and, when that
 * wall has more than one of its kind, a number counted in the room's order
 * (the Room panel's), "Door 1 on the south wall", "Door 2 on the south
 * wall", as copies of an item are numbered.
 */
export function openingLabels(openings: Openings): ReadonlyMap<string, LabelRef> {
  let labels = cache.get(openings);
  if (!labels) {
    labels = number(openings);
    cache.set(openings, labels);
  }
  return labels;
}

/** Openings maps are replaced on every change: they key the memo (the labels are language-free). */
const cache = new WeakMap<Openings, ReadonlyMap<string, LabelRef>>();

function number(openings: Openings): ReadonlyMap<string, LabelRef> {
  const list = Object.values(openings);
  const group = (o: Opening) => `${o.kind}\u0000${o.wall}`;
  const total = new Map<string, number>();
  for (const o of list) total.set(group(o), (total.get(group(o)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out = new Map<string, LabelRef>();
  for (const o of list) {
    const params = { wall: `room.wall.${o.wall}` };
    if (total.get(group(o)) === 1) {
      out.set(o.id, { key: plainKey(o), params });
      continue;
    }
    const n = (seen.get(group(o)) ?? 0) + 1;
    seen.set(group(o), n);
    out.set(o.id, { key: numberedKey(o), params, values: { n } });
  }
  return out;
}

/** One opening's label; null for an id no longer in the room. */
export function openingLabel(openings: Openings, id: string | undefined): LabelRef | null {
  return id === undefined ? null : (openingLabels(openings).get(id) ?? null);
}

/** One opening's name in the language `t` speaks; '' for an id no longer in the room. */
export function openingName(openings: Openings, id: string | undefined, t: Translate): string {
  const label = openingLabel(openings, id);
  return label ? labelText(label, t) : '';
}
