import { fileErrorWhere } from '../../../src/app/i18n/problem-text';
import type { Problem } from '../../../src/app/problem';
import type { Reason } from '../../../src/core/reason';

/**
 * Names that stay as they are in either language: file formats, units and
 * glTF's own terms.
 */
const identifiers = ['JSON', 'MB', 'GLB', 'glTF', 'POSITION', 'VEC3', 'BIN', 'Base64'];

/** Parameters that are words the catalog translates; every other parameter is data. */
function worded(r: { code: string }): readonly string[] {
  const code = r.code as Reason['code'];
  if (code === 'expectedType') return ['expected', 'received'];
  if (code === 'tooShort' || code === 'tooLong') return ['unit'];
  if (code === 'openingOffWall') return ['wall'];
  return [];
}

/** The data a sentence quotes as it is: field paths, event types, ids, literals. */
export function dataOf(p: Problem): string[] {
  const fromParams = (r: { code: string; params: object }) =>
    Object.entries(r.params)
      .filter(([k]) => !worded(r).includes(k))
      .map(([, v]) => String(v));
  switch (p.kind) {
    case 'file':
      return [fileErrorWhere(p.error), p.error.type ?? '', ...fromParams(p.error.reason)];
    case 'event':
      return [p.error.path, p.error.type ?? '', ...fromParams(p.error.reason)];
    case 'glb':
      return fromParams(p.error);
    case 'app':
      return fromParams(p.reason);
    case 'storedLog': {
      const { branch, event, reason } = p.error;
      return [branch ?? '', event?.type ?? '', event?.path ?? '', ...fromParams(reason)];
    }
    case 'storage':
      return [p.error.params.detail];
  }
}

/**
 * ASCII words (two letters or more) left in a sentence once its data and
 * the identifiers are taken out: none in a Chinese sentence.
 */
export function englishWordsIn(text: string, data: readonly string[]): string[] {
  let rest = text;
  // Longest first, so a path is removed before a shorter id inside it.
  for (const d of [...data, ...identifiers].filter(Boolean).sort((a, b) => b.length - a.length)) {
    rest = rest.split(d).join(' ');
  }
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}
