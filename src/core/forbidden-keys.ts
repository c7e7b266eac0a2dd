import { formatIssuePath } from './issue-path';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Finds the first key that could pollute prototypes once the data is spread
 * or merged somewhere. JSON.parse keeps `__proto__` as an own key, so a walk
 * over own keys sees it. Iterative, so deep nesting cannot overflow the stack.
 */
export function findForbiddenKey(root: unknown): string | null {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) return formatIssuePath([...path, key]) || key;
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}
