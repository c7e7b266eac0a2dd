import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../models/devices/smart-binder/fuzzy';
import {
  categoryOfSlot,
  defaultSmartBinderParams,
  type SmartBinderParams,
  slotIds,
} from '../../../models/devices/smart-binder/params';
import { type FiledDocument, freeSlot } from '../../../models/devices/smart-binder/rules';

/** The plain definitions the faster versions must agree with. */
const referenceFreeSlot = (docs: FiledDocument[], category: string, p: SmartBinderParams) => {
  const taken = new Set(docs.flatMap((d) => [d.homeSlotId, d.atSlotId ?? d.homeSlotId]));
  return slotIds(p).find((id) => categoryOfSlot(id) === category && !taken.has(id)) ?? null;
};
const referenceNormalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const params: SmartBinderParams = {
  ...defaultSmartBinderParams,
  categories: { sketches: 4, 'client-a': 3, 'client-a-01': 2, '': 2 },
};
const categories = [...Object.keys(params.categories), 'unknown'];
const slots = slotIds(params);

describe('smart binder rules', () => {
  it('freeSlot picks the first sleeve of the category that is no home and holds no paper, as the plain definition does', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...slots), { maxLength: slots.length }),
        fc.array(fc.option(fc.constantFrom(...slots)), { maxLength: slots.length }),
        fc.constantFrom(...categories),
        (homes, moves, category) => {
          // Some papers are taken out (null) or sit misfiled in another sleeve, one paper per sleeve.
          const held = new Set(homes);
          const docs = homes.map((home, i) => {
            const move = moves[i];
            let at: string | null = home;
            if (move === null) at = null;
            else if (move !== undefined && !held.has(move)) at = move;
            if (at !== home) {
              held.delete(home);
              if (at) held.add(at);
            }
            return {
              docId: `d${i}`,
              name: `n${i}`,
              info: '',
              category: categoryOfSlot(home),
              assetId: null,
              homeSlotId: home,
              atSlotId: at,
            };
          });
          const state = { deviceId: 'b', docs: Object.fromEntries(docs.map((d) => [d.docId, d])) };
          expect(freeSlot(state, category, params)).toBe(referenceFreeSlot(docs, category, params));
        },
      ),
    );
  });

  it('normalise matches trim, lower case and collapsed whitespace', () => {
    const ch = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u3000',
      'a',
      'B',
      'İ',
      '#',
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 10 }), (cs) => {
        const s = cs.join('');
        expect(normalise(s)).toBe(referenceNormalise(s));
      }),
      { numRuns: 500 },
    );
  });
});
