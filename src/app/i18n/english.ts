import type { Problem } from '../problem';
import { en } from './en';
import { problemText, type Translate } from './problem-text';

/**
 * `t` over the English catalog without i18next, for text read outside the
 * UI: the validate CLI and start-up failures. Same messages, same words.
 */
export const englishT: Translate = (key, params = {}) => {
  let node: unknown = en;
  for (const k of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[k];
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
};

export const inEnglish = (p: Problem): string => problemText(p, englishT);
