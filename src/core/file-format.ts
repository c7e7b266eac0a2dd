import type { BranchLog } from './branch-log';
import type { EventEnvelope } from './envelope';
import { labelSchema } from './events/schemas';
import { applyEvent } from './fold';
import { findForbiddenKey } from './forbidden-keys';
import { formatIssuePath } from './issue-path';
import { initialOfficeState } from './office-state';
import { type Reason, reason } from './reason';
import type { EventError, EventRegistry } from './registry';
import { err, ok, type Result } from './result';
import { schemaReason } from './schema-reason';
import { z } from './zod';

export const FILE_FORMAT = 'home-office-sim';
/** Version of the file format itself; each event type versions its own payload. */
export const FILE_VERSION = 1;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const headerSchema = z.object({
  format: z.string(),
  version: z.int().check(z.gte(1)),
  createdAt: z.string().check(z.maxLength(64)),
  branch: z.looseObject({ name: labelSchema.check(z.minLength(1)) }),
  events: z.array(z.unknown()),
});

export interface OfficeFile {
  format: typeof FILE_FORMAT;
  version: number;
  createdAt: string;
  branch: { name: string };
  events: EventEnvelope[];
}

/**
 * Why a file was refused: the event at fault (`index` null when the file
 * itself is: its size, its JSON, its header), the first bad field and why.
 */
export type FileError = Omit<EventError, 'index'> & { index: number | null };

const fileError = (path: string, why: Reason): FileError => ({
  index: null,
  type: undefined,
  path,
  reason: why,
});

/** The refusal of a file over MAX_FILE_BYTES (the app checks the size before reading it). */
export const fileTooLarge = (byteLength: number): FileError =>
  fileError('', reason('fileTooLarge', { mb: (byteLength / 1048576).toFixed(1), limitMb: 50 }));

export interface ImportedBranch {
  name: string;
  createdAt: string;
  events: EventEnvelope[];
}

export function exportBranch(name: string, log: BranchLog, createdAt: string): OfficeFile {
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    createdAt,
    branch: { name },
    events: [...log.all()],
  };
}

/**
 * Reads an exported branch or a preset scene. Everything is validated before
 * anything is returned, so a refused file can change nothing; the message
 * names the first bad field and where it is
 * (as data: the UI words the reason).
 */
export function parseOfficeFile(
  text: string,
  registry: EventRegistry,
  byteLength = text.length,
): Result<ImportedBranch, FileError> {
  if (byteLength > MAX_FILE_BYTES) return err(fileTooLarge(byteLength));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const where = jsonErrorAt(text, e);
    return err(fileError('', where ? reason('notJsonAt', where) : reason('notJson')));
  }
  return validateOfficeFile(raw, registry);
}

/**
 * Line and column of a JSON syntax error, when the engine says where. Engines
 * word the error in English and differently (V8: "at position 12", or "end of
 * JSON input"; Firefox: "at line 1 column 13"); the place is what a reader needs.
 */
function jsonErrorAt(text: string, e: unknown): { line: number; column: number } | null {
  const message = e instanceof Error ? e.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /position (\d+)/.exec(message);
  if (!at && !/end of (JSON )?(input|data)/i.test(message)) return null;
  const before = text.slice(0, at ? Number(at[1]) : text.length).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export function validateOfficeFile(
  raw: unknown,
  registry: EventRegistry,
): Result<ImportedBranch, FileError> {
  const forbidden = findForbiddenKey(raw);
  if (forbidden) return err(fileError(forbidden, reason('forbiddenKey')));
  const header = headerSchema.safeParse(raw, { reportInput: true });
  if (!header.success) {
    const issue = header.error.issues[0]!;
    return err(fileError(formatIssuePath(issue.path), schemaReason(issue)));
  }
  const h = header.data;
  if (h.format !== FILE_FORMAT) {
    return err(
      fileError('format', reason('notOurFormat', { format: h.format, expected: FILE_FORMAT })),
    );
  }
  if (h.version > FILE_VERSION) {
    return err(
      fileError('version', reason('newerVersion', { version: h.version, known: FILE_VERSION })),
    );
  }
  const events: EventEnvelope[] = [];
  const state = initialOfficeState();
  for (let i = 0; i < h.events.length; i++) {
    const decoded = registry.decode(h.events[i], i);
    if (!decoded.ok) return err(decoded.error);
    const e = decoded.value;
    const at = (path: string, why: Reason): FileError => ({
      index: i,
      type: e.type,
      path,
      reason: why,
    });
    if (e.seq !== i + 1) return err(at('seq', reason('seqGap', { expected: i + 1, got: e.seq })));
    if (e.at < state.at) {
      return err(at('at', reason('timeBefore', { at: e.at, before: state.at })));
    }
    const refused = registry.get(e.type)?.check?.(state, e, 'import');
    if (refused) return err(at(`payload.${refused.path}`, refused.reason));
    applyEvent(registry, state, e);
    events.push(e);
  }
  return ok({ name: h.branch.name, createdAt: h.createdAt, events });
}
