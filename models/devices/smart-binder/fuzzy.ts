/** Case- and space-insensitive form used for every comparison. */
export function normalise(s: string): string {
  const t = s.trim().toLowerCase();
  // Only a run of 2+ whitespace, or whitespace other than ' ', changes under the replace.
  return untidy.test(t) ? t.replace(/\s+/g, ' ') : t;
}
const untidy = /\s\s|[^\S ]/;

/**
 * Edit distance counting an insertion, a deletion, a changed letter or two
 * neighbouring letters swapped as one edit each (optimal string alignment):
 * "chiar" is one typo from "chair", as a person would count it.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      row[j] = d;
    }
    before = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The words of a normalised text: runs of letters and digits, in order. */
export function words(normalised: string): string[] {
  return normalised.split(nonWord).filter((w) => w !== '');
}
const nonWord = /[^\p{L}\p{N}]+/u;

/** The entries of a related-information text: what is between commas or semicolons. */
function entries(normalised: string): string[] {
  return normalised
    .split(/[,;，；、]/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
}

export interface Named {
  name: string;
  /** Related information typed at filing time: client, project, tags. */
  info: string;
}

/** How many typos a query word may hold: more for a longer word, never more than `maxDistance`. */
export interface TypoAllowance {
  maxDistance: number;
  lettersPerTypo: number;
}

export function typosAllowed(word: string, a: TypoAllowance): number {
  return Math.max(0, Math.min(a.maxDistance, Math.floor(word.length / a.lettersPerTypo)));
}

/**
 * A query word begins a document word ("contr" of "contract"). One Latin
 * letter begins too many words to mean anything ("c" of "client" made
 * "Plan C" find "Plan A", filed for client Wu): two at least; one Han
 * character is a word part of its own (草 of 草图).
 */
function begins(qw: string, dw: string): boolean {
  return dw.startsWith(qw) && (qw.length >= 2 || han.test(qw));
}
const han = /\p{Script=Han}/u;

/**
 * Typos of each query word against its closest word of the document (0 if
 * it begins one), summed; Infinity as soon as one query word is further than
 * its allowance from every word, or when the query has no words at all.
 */
export function wordTypos(
  qWords: readonly string[],
  docWords: readonly string[],
  a: TypoAllowance,
): number {
  if (qWords.length === 0) return Number.POSITIVE_INFINITY;
  let sum = 0;
  for (const qw of qWords) {
    const allowed = typosAllowed(qw, a);
    let best = Number.POSITIVE_INFINITY;
    for (const dw of docWords) {
      if (begins(qw, dw)) {
        best = 0;
        break;
      }
      // The distance is at least the difference in length: skip what cannot be close enough.
      if (Math.abs(dw.length - qw.length) > allowed) continue;
      best = Math.min(best, editDistance(qw, dw));
    }
    if (best > allowed) return Number.POSITIVE_INFINITY;
    sum += best;
  }
  return sum;
}

interface Prepared {
  name: string;
  info: string;
  entries: string[];
  words: string[];
}
// Filed documents are immutable objects (a change makes a new one): their
// normalised forms are computed once per object.
const prepared = new WeakMap<Named, Prepared>();
function prepare(doc: Named): Prepared {
  let p = prepared.get(doc);
  if (!p) {
    const name = normalise(doc.name);
    const info = normalise(doc.info);
    p = { name, info, entries: entries(info), words: [...words(name), ...words(info)] };
    prepared.set(doc, p);
  }
  return p;
}

/** Whether two documents carry the same name, case and spacing aside. */
export function sameName(a: Named, b: Named): boolean {
  return prepare(a).name === prepare(b).name;
}

/**
 * The distances of a whole match, below any partial or fuzzy one (1 and up):
 * the whole name first, then the whole related information or one of its
 * entries. A person who types a paper's name means that paper before one
 * whose client or project reads the same, in one binder or among several.
 */
export const WHOLE_NAME = 0;
export const WHOLE_ENTRY = 0.5;

/**
 * How far a document is from a query; Infinity when it does not match.
 * Exact: `WHOLE_NAME` when the query is the whole name, `WHOLE_ENTRY` when
 * it is the whole related information or one of its entries (between commas
 * or semicolons). Fuzzy: the same for such a whole match;
 * 1 when the query is part of the name or information, or each query word
 * begins one of their words; 1 + the typos summed over the query words when
 * each word is within its allowance of a word of the name or information.
 */
export function matchDistance(
  query: string,
  doc: Named,
  mode: 'exact' | 'fuzzy',
  a: TypoAllowance,
): number {
  const q = normalise(query);
  return matchNormalised(q, words(q), doc, mode, a);
}

/** `matchDistance` with the query already normalised and split, for a scan over many documents. */
export function matchNormalised(
  q: string,
  qWords: readonly string[],
  doc: Named,
  mode: 'exact' | 'fuzzy',
  a: TypoAllowance,
): number {
  const d = prepare(doc);
  if (q === '') return Number.POSITIVE_INFINITY;
  if (q === d.name) return WHOLE_NAME;
  if (q === d.info || d.entries.includes(q)) return WHOLE_ENTRY;
  if (mode === 'exact') return Number.POSITIVE_INFINITY;
  if (d.name.includes(q) || d.info.includes(q)) return 1;
  return 1 + wordTypos(qWords, d.words, a);
}

/**
 * The names nearest a query that found nothing: documents where each query
 * word is within the (looser) `near` allowance of one of their words (or
 * begins one), or whose whole name is within it of the whole query, by
 * typos then name, each name once (the same name in any
 * case or spacing counts once). None when nothing is that close.
 */
export function nearestNames(
  query: string,
  docs: readonly Named[],
  count: number,
  near: TypoAllowance,
): string[] {
  const q = normalise(query);
  const qWords = words(q);
  const whole = typosAllowed(q, near);
  const best = new Map<string, { name: string; d: number }>();
  for (const doc of docs) {
    const p = prepare(doc);
    // Word by word, or the whole name a typo or two away: "Plan C" is near
    // "Plan A" although "c" and "a", one letter each, allow no typo.
    const wholeD = Math.abs(p.name.length - q.length) <= whole ? editDistance(q, p.name) : Infinity;
    const d = Math.min(wordTypos(qWords, p.words, near), wholeD <= whole ? wholeD : Infinity);
    if (d === Number.POSITIVE_INFINITY) continue;
    const had = best.get(p.name);
    if (!had || d < had.d || (d === had.d && doc.name < had.name)) {
      best.set(p.name, { name: doc.name, d });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, count)
    .map((x) => x.name);
}
