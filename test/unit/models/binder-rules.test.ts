import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smartBinderEvents } from '../../../models/devices/smart-binder/events';
import { editDistance, normalise } from '../../../models/devices/smart-binder/fuzzy';
import {
  categoryOfSlot,
  defaultSmartBinderParams,
  type SmartBinderParams,
  slotIds,
} from '../../../models/devices/smart-binder/params';
import {
  type BinderState,
  type FiledDocument,
  fileRefusal,
  freeSlot,
  locate,
  nearest,
} from '../../../models/devices/smart-binder/rules';
import { OfficeSystem } from '../../../models/office/office-system';

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

/** A binder holding these documents, each in its own sleeve, filed in this order. */
function binderOf(...docs: [docId: string, name: string, info?: string][]): BinderState {
  const filed = docs.map(([docId, name, info = ''], i): FiledDocument => {
    const slot = `sketches-${String(i + 1).padStart(2, '0')}`;
    return {
      docId,
      name,
      info,
      category: 'sketches',
      assetId: null,
      homeSlotId: slot,
      atSlotId: slot,
    };
  });
  return { deviceId: 'b', docs: Object.fromEntries(filed.map((d) => [d.docId, d])) };
}
const p = defaultSmartBinderParams;
const find = (s: BinderState, query: string, match: 'exact' | 'fuzzy' = 'fuzzy') => {
  const hit = locate(s, { type: 'LOCATE', query, match, signal: 'both' }, p);
  return hit && { name: hit.doc.name, others: hit.others };
};

describe('finding a document word by word', () => {
  const binder = binderOf(
    ['d1', 'Chair sketch v2', 'client Rossi, Villa A2'],
    ['d2', 'Lease contract'],
    ['d3', 'Floor plan'],
  );

  it('tolerates typos in each word, a swap of two letters counting as one', () => {
    expect(find(binder, 'Chiar sketch')).toEqual({ name: 'Chair sketch v2', others: 0 });
    expect(find(binder, 'chair skecth v2')).toEqual({ name: 'Chair sketch v2', others: 0 });
    expect(find(binder, 'sketch chair')?.name).toBe('Chair sketch v2');
    expect(find(binder, 'lese contrakt')?.name).toBe('Lease contract');
    expect(find(binder, 'flor')?.name).toBe('Floor plan');
  });

  it('matches the beginning of a word, and words of the related information', () => {
    expect(find(binder, 'contr')?.name).toBe('Lease contract');
    expect(find(binder, 'rosi')?.name).toBe('Chair sketch v2');
    expect(find(binder, 'villa chair')?.name).toBe('Chair sketch v2');
  });

  it('does not stretch a short word into another one, nor match on one word of several', () => {
    // "plan" is 4 letters: one typo ("plna") is allowed, two ("pxxn") are not.
    expect(find(binder, 'plna')?.name).toBe('Floor plan');
    expect(find(binder, 'pxxn')).toBeNull();
    // Two letters allow no typo at all.
    expect(find(binder, 'v3')).toBeNull();
    // Every query word must match: "lease" does, "sofa" does not.
    expect(find(binder, 'lease sofa')).toBeNull();
    expect(find(binder, 'zzz')).toBeNull();
    expect(find(binder, '#')).toBeNull();
  });

  it('takes a beginning of two letters at least, or one Han character', () => {
    const plans = binderOf(['a', 'Plan A', 'Client Wu'], ['b', 'Plan B'], ['c', '草图 Chair']);
    // "c" would begin "client": not enough to find Plan A for "Plan C".
    expect(find(plans, 'Plan C')).toBeNull();
    expect(find(plans, 'Plan cl')?.name).toBe('Plan A');
    expect(find(plans, '草')?.name).toBe('草图 Chair');
    // Offered as near, both, whole name against whole query.
    expect(nearest(plans, 'Plan C', p)).toEqual(['Plan A', 'Plan B']);
  });

  it('keeps exact mode exact: the whole name, the whole information or one of its entries', () => {
    expect(find(binder, 'Chiar sketch v2', 'exact')).toBeNull();
    expect(find(binder, 'chair sketch', 'exact')).toBeNull();
    expect(find(binder, '  CHAIR   sketch v2 ', 'exact')?.name).toBe('Chair sketch v2');
    expect(find(binder, 'villa a2', 'exact')?.name).toBe('Chair sketch v2');
    expect(find(binder, 'client rossi, villa a2', 'exact')?.name).toBe('Chair sketch v2');
    expect(find(binder, 'villa', 'exact')).toBeNull();
  });

  it('signals the best match and counts the others; the whole name beats a part of one', () => {
    const plans = binderOf(['a', 'Plan B'], ['b', 'Plan'], ['c', 'Plna C'], ['d', 'Roof']);
    expect(find(plans, 'plan')).toEqual({ name: 'Plan', others: 2 });
    expect(find(plans, 'plan c')).toEqual({ name: 'Plna C', others: 0 });
    // Equal distances: the smaller docId wins, whatever the order of filing.
    const twins = binderOf(['z', 'Lease'], ['m', 'lease']);
    expect(find(twins, 'LEASE')).toEqual({ name: 'lease', others: 1 });
  });

  it('a whole name beats a whole entry of another paper’s related information', () => {
    // 'a' is the smaller docId, so a tie would go to it.
    const both = binderOf(['a', 'Flat contract', 'Lease; client Wang'], ['b', 'Lease']);
    expect(find(both, 'lease', 'exact')).toEqual({ name: 'Lease', others: 1 });
    expect(find(both, 'lease')).toEqual({ name: 'Lease', others: 1 });
    // With no paper of that name, the entry still finds its paper.
    expect(find(both, 'client wang', 'exact')?.name).toBe('Flat contract');
  });

  it('swapping two neighbouring letters is one edit', () => {
    expect(editDistance('chiar', 'chair')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

// Four letters or more: with a typo, a word keeps the 3+ letters that allow one.
const word = fc.stringMatching(/^[a-z]{4,9}$/);
const names = fc.uniqueArray(fc.array(word, { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 6,
  selector: (ws) => ws.join(' '),
});
/** One typo a person makes: a letter dropped, doubled, changed, or two neighbours swapped. */
const typo = (w: string, at: number, kind: number) => {
  const i = at % (w.length - 1);
  const a = w[i]!;
  const b = w[i + 1]!;
  const edits = [
    w.slice(0, i) + w.slice(i + 1),
    w.slice(0, i) + a + w.slice(i),
    `${w.slice(0, i)}${a === 'q' ? 'x' : 'q'}${w.slice(i + 1)}`,
    w.slice(0, i) + b + a + w.slice(i + 2),
  ];
  return edits[kind % edits.length]!;
};

describe('finding, for any binder', () => {
  const build = (ns: string[][]) =>
    binderOf(...ns.map((ws, i): [string, string] => [`d${i}`, ws.join(' ')]));

  it('a name typed with a typo in every word is found', () => {
    fc.assert(
      fc.property(names, fc.nat(), fc.nat(), fc.nat(), (ns, pick, at, kind) => {
        const target = ns[pick % ns.length]!;
        const query = target.map((w) => typo(w, at, kind)).join(' ');
        const hit = find(build(ns), query);
        expect(hit, query).not.toBeNull();
      }),
    );
  });

  it('what exact mode finds, fuzzy mode finds too, and exact finds only a whole name', () => {
    fc.assert(
      fc.property(names, fc.array(word, { minLength: 1, maxLength: 3 }), (ns, q) => {
        const b = build(ns);
        const query = q.join(' ');
        const exact = find(b, query, 'exact');
        if (exact) {
          expect(normalise(exact.name)).toBe(normalise(query));
          expect(find(b, query)).not.toBeNull();
        }
        for (const ws of ns)
          expect(find(b, ` ${ws.join('  ').toUpperCase()} `, 'exact')).not.toBeNull();
      }),
    );
  });

  it('the outcome does not depend on the order the documents were filed in', () => {
    fc.assert(
      fc.property(
        names,
        fc.array(word, { minLength: 1, maxLength: 2 }),
        fc.nat(),
        (ns, q, seed) => {
          const docs = Object.values(build(ns).docs);
          const shuffled = [...docs].sort(
            (a, b) =>
              ((a.docId.charCodeAt(1) * 31 + seed) % 7) - ((b.docId.charCodeAt(1) * 31 + seed) % 7),
          );
          const other: BinderState = {
            deviceId: 'b',
            docs: Object.fromEntries(shuffled.map((d) => [d.docId, d])),
          };
          const query = q.join(' ');
          const one = locate(
            build(ns),
            { type: 'LOCATE', query, match: 'fuzzy', signal: 'both' },
            p,
          );
          const two = locate(other, { type: 'LOCATE', query, match: 'fuzzy', signal: 'both' }, p);
          expect(two?.doc.docId).toBe(one?.doc.docId);
          expect(two?.others).toBe(one?.others);
          expect(nearest(other, query, p)).toEqual(nearest(build(ns), query, p));
        },
      ),
    );
  });
});

describe('nearest names when nothing is found', () => {
  const binder = binderOf(
    ['d1', 'Chair sketch v2'],
    ['d2', 'Lease contract'],
    ['d3', 'Floor plan'],
    ['d4', 'Floor plan'],
  );

  it('offers only names close to the query, each once, or none', () => {
    // Two swaps in "chair": too far to find, near enough to offer.
    expect(find(binder, 'cahri')).toBeNull();
    expect(nearest(binder, 'cahri', p)).toEqual(['Chair sketch v2']);
    // An exact query that is part of a name offers that name.
    expect(find(binder, 'floor', 'exact')).toBeNull();
    expect(nearest(binder, 'floor', p)).toEqual(['Floor plan']);
    // Nothing alike: no names at all, rather than every document in the binder.
    expect(nearest(binder, 'zzzz', p)).toEqual([]);
    expect(nearest(binder, 'invoice', p)).toEqual([]);
    expect(nearest(binder, '', p)).toEqual([]);
  });

  it('never offers more than nearestCount, nearest first', () => {
    const many = binderOf(
      ['a', 'Plan'],
      ['b', 'Plank'],
      ['c', 'Plans'],
      ['d', 'Planet'],
      ['e', 'Pan'],
    );
    // "Plan" is one typo away; "Pan", "Plank" and "Plans" two; "Planet" three, past half of "plam".
    expect(nearest(many, 'plam', { ...p, nearestCount: 3 })).toEqual(['Plan', 'Pan', 'Plank']);
    expect(nearest(many, 'plam', { ...p, nearestCount: 10 })).toEqual([
      'Plan',
      'Pan',
      'Plank',
      'Plans',
    ]);
  });
});

describe('filing at the binder', () => {
  const start = () =>
    OfficeSystem.create({
      seed: 3,
      devices: [{ id: 'binder-1', kind: 'smart-binder', params: { categories: { sketches: 4 } } }],
    });
  let at = 0;
  const send = (sys: OfficeSystem, command: object) => {
    at += 1_000;
    return sys.send({ to: 'binder-1', command: command as never }, at);
  };
  const docsOf = (sys: OfficeSystem) => (sys.stateOf('binder-1')!.context as BinderState).docs;
  const file = (docId: string, name: string, info = '') => ({
    type: 'FILE',
    docId,
    name,
    category: 'sketches',
    info,
    assetId: null,
  });
  const outcome = (events: { type: string; payload: unknown }[]) =>
    events
      .filter((e) => e.type !== 'DeviceCommanded')
      .map((e) => ({ type: e.type, ...(e.payload as object) }));

  it('trims the name and the related information it files', () => {
    const sys = start();
    expect(outcome(send(sys, file('a', '  padded  ', '\tclient Rossi ')))).toEqual([
      expect.objectContaining({ type: 'BinderDocumentFiled', name: 'padded' }),
    ]);
    const doc = docsOf(sys).a;
    expect(doc).toMatchObject({ name: 'padded', info: 'client Rossi' });
  });

  it('refuses a blank name, and a name or information longer than the terminal takes', () => {
    const sys = start();
    const refusal = (events: { type: string; payload: unknown }[]) =>
      outcome(events).map((e) => {
        const r = e as { type: string; reasonKey?: string; params?: object };
        return r.reasonKey ? [r.reasonKey, r.params] : r.type;
      });
    expect(refusal(send(sys, file('a', ' \t ')))).toEqual([['binder.emptyName', {}]]);
    expect(refusal(send(sys, file('b', 'x'.repeat(201))))).toEqual([
      ['binder.nameTooLong', { max: 200 }],
    ]);
    expect(refusal(send(sys, file('c', 'ok', 'i'.repeat(201))))).toEqual([
      ['binder.infoTooLong', { max: 200 }],
    ]);
    // 200 letters, padded: fine once trimmed.
    expect(refusal(send(sys, file('d', ` ${'x'.repeat(200)} `, ` ${'i'.repeat(200)} `)))).toEqual([
      'BinderDocumentFiled',
    ]);
    expect(Object.keys(docsOf(sys))).toEqual(['d']);
  });

  it('files a second paper under a name already in the binder, and says where the other is', () => {
    const sys = start();
    expect(outcome(send(sys, file('a', 'Lease')))).toEqual([
      expect.objectContaining({ slotId: 'sketches-01', sameNameSlotIds: [] }),
    ]);
    send(sys, file('b', 'Roof'));
    expect(outcome(send(sys, file('c', ' lease ')))).toEqual([
      expect.objectContaining({
        type: 'BinderDocumentFiled',
        slotId: 'sketches-03',
        sameNameSlotIds: ['sketches-01'],
      }),
    ]);
    expect(outcome(send(sys, file('d', 'LEASE')))).toEqual([
      expect.objectContaining({
        slotId: 'sketches-04',
        sameNameSlotIds: ['sketches-01', 'sketches-03'],
      }),
    ]);
    // Finding it signals one (the smaller docId) and counts the others.
    expect(
      outcome(send(sys, { type: 'LOCATE', query: 'Lease', match: 'exact', signal: 'light' })),
    ).toEqual([
      expect.objectContaining({
        type: 'BinderSlotSignalled',
        docId: 'a',
        slotId: 'sketches-01',
        otherMatches: 2,
      }),
    ]);
  });

  it('reads v1 events logged before the counts existed', () => {
    const def = (type: string) => smartBinderEvents.find((d) => d.type === type)!;
    const filed = def('BinderDocumentFiled');
    const v1 = {
      deviceId: 'b',
      docId: 'a',
      slotId: 's-01',
      name: 'n',
      category: 'sketches',
      assetId: null,
    };
    expect(filed.version).toBe(2);
    expect(filed.schema.parse(filed.upcasters![1]!(v1))).toEqual({ ...v1, sameNameSlotIds: [] });
    const signalled = def('BinderSlotSignalled');
    const s1 = { deviceId: 'b', docId: 'a', slotId: 's-01', name: 'n', query: 'n', signal: 'both' };
    expect(signalled.schema.parse(signalled.upcasters![1]!(s1))).toEqual({
      ...s1,
      otherMatches: 0,
    });
  });
});

describe('filing into a category', () => {
  const file = (category: string) =>
    fileRefusal(
      binderOf(),
      { type: 'FILE', docId: 'd1', name: 'Plan A', category, info: '', assetId: null },
      p,
    );

  it('takes the binder’s own categories only, not names every object inherits', () => {
    expect(file('sketches')).toBeNull();
    for (const category of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(file(category)).toMatchObject({
        type: 'CommandRefused',
        reasonKey: 'binder.unknownCategory',
        params: { category },
      });
    }
  });
});
