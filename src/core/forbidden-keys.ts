import { formatIssuePath } from './issue-path';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Names an id may not take: the forbidden keys and every member a plain
 * object inherits. Ids are keys of the state's maps (`items[id]`), where
 * such a name reads an inherited member (an item "toString" would seem to
 * exist already) or, for `__proto__`, sets the map's prototype. Listed, not
 * read from `Object.prototype`, so a file is valid or not in every engine.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...FORBIDDEN,
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

/** True for an id no map key may be (see RESERVED_IDS); the schema refuses it as `reservedId`. */
export const isReservedId = (id: string): boolean => RESERVED_IDS.has(id);

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
