/** Case- and space-insensitive form used for every comparison. */
export function normalise(s: string): string {
  const t = s.trim().toLowerCase();
  // Only a run of 2+ whitespace, or whitespace other than ' ', changes under the replace.
  return untidy.test(t) ? t.replace(/\s+/g, ' ') : t;
}
const untidy = /\s\s|[^\S ]/;

/** Levenshtein distance with one row of memory (names are short). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

export interface Named {
  name: string;
  /** Related information typed at filing time: client, project, tags. */
  info: string;
}

/**
 * How far a document is from a query: 0 for an exact name, or for a fuzzy
 * query that is part of the name or of its related information; otherwise
 * the edit distance to the name.
 */
export function matchDistance(query: string, doc: Named, mode: 'exact' | 'fuzzy'): number {
  return matchNormalised(normalise(query), doc, mode);
}

/** `matchDistance` with the query already normalised, for a scan over many documents. */
export function matchNormalised(q: string, doc: Named, mode: 'exact' | 'fuzzy'): number {
  const name = normalise(doc.name);
  if (mode === 'exact') return q === name ? 0 : Number.POSITIVE_INFINITY;
  if (name.includes(q) || normalise(doc.info).includes(q)) return 0;
  return editDistance(q, name);
}

/** Stable order: by distance, then by name, so ties never depend on insertion order. */
export function nearestNames(query: string, docs: readonly Named[], count: number): string[] {
  const q = normalise(query);
  return docs
    .map((d) => ({ name: d.name, d: editDistance(q, normalise(d.name)) }))
    .sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, count)
    .map((x) => x.name);
}
