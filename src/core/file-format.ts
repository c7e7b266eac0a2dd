import type { BranchLog } from './branch-log';
import type { EventEnvelope } from './envelope';
import { labelSchema } from './events/schemas';
import { applyEvent } from './fold';
import { findForbiddenKey } from './forbidden-keys';
import { formatIssuePath } from './issue-path';
import { initialOfficeState } from './office-state';
import { describeEventError, type EventRegistry } from './registry';
import { err, ok, type Result } from './result';
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
 * names the first bad field and where it is.
 */
export function parseOfficeFile(
  text: string,
  registry: EventRegistry,
  byteLength = text.length,
): Result<ImportedBranch, string> {
  if (byteLength > MAX_FILE_BYTES) {
    return err(`the file is ${(byteLength / 1048576).toFixed(1)} MB; the limit is 50 MB`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err(`not a JSON file: ${(e as Error).message}`);
  }
  return validateOfficeFile(raw, registry);
}

export function validateOfficeFile(
  raw: unknown,
  registry: EventRegistry,
): Result<ImportedBranch, string> {
  const forbidden = findForbiddenKey(raw);
  if (forbidden) return err(`${forbidden}: forbidden key`);
  const header = headerSchema.safeParse(raw);
  if (!header.success) {
    const issue = header.error.issues[0]!;
    return err(`${formatIssuePath(issue.path) || 'file'}: ${issue.message}`);
  }
  const h = header.data;
  if (h.format !== FILE_FORMAT) return err(`format: '${h.format}' is not a ${FILE_FORMAT} file`);
  if (h.version > FILE_VERSION) {
    return err(
      `version: ${h.version} is newer than this app reads (${FILE_VERSION}); update the app`,
    );
  }
  const events: EventEnvelope[] = [];
  const state = initialOfficeState();
  for (let i = 0; i < h.events.length; i++) {
    const decoded = registry.decode(h.events[i], i);
    if (!decoded.ok) return err(describeEventError(decoded.error));
    const e = decoded.value;
    if (e.seq !== i + 1) {
      return err(
        describeEventError({
          index: i,
          type: e.type,
          path: 'seq',
          message: `seq gap: expected ${i + 1}, got ${e.seq}`,
        }),
      );
    }
    if (e.at < state.at) {
      return err(
        describeEventError({
          index: i,
          type: e.type,
          path: 'at',
          message: `time ${e.at} is before ${state.at}`,
        }),
      );
    }
    const refused = registry.get(e.type)?.check?.(state, e);
    if (refused) {
      return err(
        describeEventError({
          index: i,
          type: e.type,
          path: `payload.${refused.path}`,
          message: refused.message,
        }),
      );
    }
    applyEvent(registry, state, e);
    events.push(e);
  }
  return ok({ name: h.branch.name, createdAt: h.createdAt, events });
}
