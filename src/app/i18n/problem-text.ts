import type { FileError } from '../../core/file-format';
import type { Reason, ReasonCode } from '../../core/reason';
import { eventErrorWhere } from '../../core/registry';
import type { StoredLogError } from '../../core/stored-log-error';
import type { Problem } from '../problem';

/** i18next's `t`, or the English catalog's (english.ts): keys and params in, a sentence out. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * Words a refusal from below the UI in the language `t` speaks. Codes map to
 * `problem.<group>.<code>`; every group `satisfies` its code list in en.ts
 * (and zh.ts has en's keys), so a code without a message does not compile.
 * Field paths, ids and numbers are passed through as they are: they are data.
 */
export function problemText(p: Problem, t: Translate): string {
  switch (p.kind) {
    case 'file': {
      const where = fileErrorWhere(p.error);
      const why = reasonText(p.error.reason, t);
      if (where) return t('problem.at', { where, reason: why });
      // No field to name: say it is the file itself, unless the reason does ("not a JSON file").
      return aboutTheFile.has(p.error.reason.code) ? why : t('problem.wholeFile', { reason: why });
    }
    case 'event':
      // The user's own edit: the reason is what they need, not the batch index.
      return reasonText(p.error.reason, t);
    case 'glb':
      return t(`problem.glb.${p.error.code}`, p.error.params);
    case 'app':
      // An example is named as the picker names it, in the language shown.
      if (p.reason.code === 'presetUnreadable')
        return t('problem.app.presetUnreadable', {
          name: t(`presets.name.${p.reason.params.name}`),
        });
      if (p.reason.code === 'wallFull')
        return t('problem.app.wallFull', { wall: t(`room.wall.${p.reason.params.wall}`) });
      return t(`problem.app.${p.reason.code}`, p.reason.params);
    case 'storedLog': {
      const where = storedLogWhere(p.error, t);
      const reason = reasonText(p.error.reason, t);
      return t(where ? 'problem.storedLog.at' : 'problem.storedLog.whole', { where, reason });
    }
    case 'storage': {
      const reason = t(`problem.storage.${p.error.code}`);
      const { detail } = p.error.params;
      return detail ? t('problem.browserSaid', { reason, detail }) : reason;
    }
    default: {
      const never: never = p;
      throw new Error(`unhandled problem ${(never as { kind: string }).kind}`);
    }
  }
}

/** Reasons that name the file themselves (its size, its JSON): no "the file as a whole" before them. */
const aboutTheFile: ReadonlySet<ReasonCode> = new Set(['fileTooLarge', 'notJson', 'notJsonAt']);

/** `events[3] (ItemsMoved): payload.moves[0].x`, or the header field, or '' for the whole file. */
export function fileErrorWhere(e: FileError): string {
  return e.index === null ? e.path : eventErrorWhere({ ...e, index: e.index });
}

/**
 * `branch “Main”, event 7 (ItemsMoved): payload.x` in the language shown;
 * the event's type and field stay data, as in `fileErrorWhere`.
 */
export function storedLogWhere(e: StoredLogError, t: Translate): string {
  const { branch, event } = e;
  if (!event) return branch === null ? '' : t('problem.storedLog.branch', { branch });
  const at =
    branch === null
      ? t('problem.storedLog.event', { seq: event.seq })
      : t('problem.storedLog.branchEvent', { branch, seq: event.seq });
  return `${at}${event.type ? ` (${event.type})` : ''}${event.path ? `: ${event.path}` : ''}`;
}

/** A core reason; a few parameters are words themselves (type names, units, walls). */
export function reasonText(r: Reason, t: Translate): string {
  switch (r.code) {
    case 'expectedType':
      return t('problem.reason.expectedType', {
        expected: t(`problem.schemaType.${r.params.expected}`),
        received: t(`problem.schemaType.${r.params.received}`),
      });
    case 'tooShort':
    case 'tooLong':
      return t(`problem.reason.${r.code}`, {
        ...r.params,
        unit: t(`problem.sizeUnit.${r.params.unit}`),
      });
    case 'openingOffWall':
      return t('problem.reason.openingOffWall', { wall: t(`room.wall.${r.params.wall}`) });
    case 'openingsOverlap':
      return t('problem.reason.openingsOverlap', {
        ...r.params,
        kind: t(`problem.openingKind.${r.params.kind}`),
        wall: t(`room.wall.${r.params.wall}`),
      });
    default:
      return t(`problem.reason.${r.code}`, r.params);
  }
}
