import type { $ZodIssue } from 'zod/v4/core';
import { type LimitOp, type Reason, reason, type SchemaType, schemaTypes } from './reason';

/**
 * Turns zod's first issue into a Reason the UI words in either language.
 * zod's own messages are English (its zh-CN locale leaves type names such as
 * "string" or "object" in English), and are fixed when the data is parsed,
 * so a language switch could not re-word them; the issue's code and fields
 * are all a sentence needs. Parse with `{ reportInput: true }` so the
 * received type can be named.
 */
export function schemaReason(issue: $ZodIssue): Reason {
  switch (issue.code) {
    case 'invalid_type':
      return reason('expectedType', {
        expected: known(issue.expected),
        received: typeOf(issue.input),
      });
    case 'invalid_value':
      return reason('expectedValue', { values: issue.values.map(show).join(' | ') });
    case 'invalid_union':
      // A discriminated union with no matching tag lists the tags it knows.
      return 'options' in issue && issue.options?.length
        ? reason('expectedValue', { values: issue.options.map(show).join(' | ') })
        : reason('invalid');
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? issue.minimum : issue.maximum;
      const op: LimitOp = issue.exact
        ? '='
        : small
          ? issue.inclusive
            ? '≥'
            : '>'
          : issue.inclusive
            ? '≤'
            : '<';
      const params = { op, limit: typeof limit === 'bigint' ? String(limit) : limit };
      const unit = sizeUnits[issue.origin];
      if (unit) return reason(small ? 'tooShort' : 'tooLong', { ...params, unit });
      return reason(small ? 'tooSmall' : 'tooBig', params);
    }
    case 'invalid_format':
      // Our regex checks name their format in the message (envelope.ts, schemas.ts).
      return reason(
        issue.format === 'regex' ? (namedFormats[issue.message] ?? 'badFormat') : 'badFormat',
      );
    case 'not_multiple_of':
      return reason('notMultipleOf', {
        divisor: typeof issue.divisor === 'bigint' ? String(issue.divisor) : issue.divisor,
      });
    case 'unrecognized_keys':
      return reason('unknownKeys', { keys: issue.keys.join(', ') });
    case 'custom':
      // Our refinements name their reason in the message (envelope.ts).
      return issue.message === 'reservedId'
        ? reason('reservedId', { id: String(issue.input) })
        : reason('invalid');
    case 'invalid_key':
    case 'invalid_element': {
      // The key's (or map element's) own issue, e.g. a record key too long.
      const inner = issue.issues[0];
      return inner ? schemaReason(inner) : reason('invalid');
    }
    default: {
      const never: never = issue;
      throw new Error(`unhandled zod issue ${(never as { code: string }).code}`);
    }
  }
}

const sizeUnits: Readonly<Record<string, 'characters' | 'items' | 'entries' | 'bytes'>> = {
  string: 'characters',
  array: 'items',
  set: 'items',
  map: 'entries',
  record: 'entries',
  file: 'bytes',
};

const namedFormats: Readonly<Record<string, 'badId' | 'badColour' | 'badBase64'>> = {
  id: 'badId',
  colour: 'badColour',
  base64: 'badBase64',
};

const isKnown = (t: string): t is SchemaType => (schemaTypes as readonly string[]).includes(t);
const known = (t: string): SchemaType => (isKnown(t) ? t : 'unknown');

/** The type of a JSON-ish value, as zod's messages name it. */
function typeOf(v: unknown): SchemaType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number')
    return Number.isNaN(v) ? 'nan' : Number.isFinite(v) ? 'number' : 'infinity';
  if (v instanceof Date) return 'date';
  return known(typeof v);
}

/** A literal as it would be written in the file. */
const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));
