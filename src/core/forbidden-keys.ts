import { formatIssuePath } from './issue-path';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  value: unknown;
  key: PropertyKey | null;
  parent: Frame | null;
}

/**
 * Finds the first key that could pollute prototypes once the data is spread
 * or merged somewhere. JSON.parse keeps `__proto__` as an own key, so a walk
 * over own keys sees it. Iterative, so deep nesting cannot overflow the stack;
 * each frame links to its parent and the path is built only for a hit, so a
 * deeply nested file costs linear time, not quadratic.
 */
export function findForbiddenKey(root: unknown): string | null {
  const stack: Frame[] = [{ value: root, key: null, parent: null }];
  while (stack.length) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], key: i, parent: frame });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) return formatIssuePath([...pathOf(frame), key]) || key;
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: frame });
    }
  }
  return null;
}

function pathOf(frame: Frame): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let f: Frame | null = frame; f && f.key !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}
