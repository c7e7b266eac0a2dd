import type { LoggedEvent, OfficeSystem } from '../../models';
import type { Translate } from '../app/i18n/problem-text';
import { statePath } from '../sim/device-status';
import { slotName } from './slot-name';

type T = Translate;

/**
 * The catalog key naming a machine's state (src/app/i18n/device-names.ts):
 * `{ scanning: 'passing' }` of `handheldScanner` → `deviceState.handheldScanner/scanning/passing`.
 */
export const deviceStateKey = (machineId: string, value: unknown): string =>
  `deviceState.${statePath(machineId, value)}`;

export function formatOfficeTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(h)}:${pad(m)}:${pad(s % 60)}`;
}

const SECOND_MS = 1_000;
const DAY_MS = 24 * 3_600_000;

/**
 * A moment of office time in words, by one of two catalog keys: the first
 * day's (the time of day only) or a later day's (the day named too, as a
 * long simulated week needs). The clock and the next step say it alike.
 */
function atOfficeTime(
  ms: number,
  t: T,
  keys: { readonly firstDay: string; readonly laterDay: string },
): string {
  const day = Math.floor(ms / DAY_MS) + 1;
  const time = formatOfficeTime(ms % DAY_MS);
  return day === 1 ? t(keys.firstDay, { time }) : t(keys.laterDay, { day, time });
}

/** The office clock; past the first day it names the day. */
export function officeClock(now: number, t: T): string {
  return atOfficeTime(now, t, { firstDay: 'devices.time', laterDay: 'devices.timeOnDay' });
}

/**
 * When a device goes on by itself (its next timed step: a pass scanned, an
 * upload done, a client's reply), or null when it waits for a person. A
 * network device counts its shares' steps too. Tells a first-time user
 * that the clock, not a button, moves it on.
 */
export function nextStepText(sys: OfficeSystem, deviceId: string, t: T): string | null {
  const owns = (actorId: string) => {
    if (actorId === deviceId) return true;
    const a = sys.actors.get(actorId);
    return (
      a?.kind === 'share' && (a.snapshot.context as { deviceId?: string }).deviceId === deviceId
    );
  };
  // Timers are kept in due order: the first one found is the next.
  const next = sys.timers.list().find((timer) => owns(timer.actorId));
  if (!next) return null;
  // Some steps follow a command within the second (a recording saved in
  // 0.3 s, a page in 0.4 s): in whole seconds their time is the clock's own,
  // which reads as due and not done. Say how soon instead.
  if (next.due - sys.now < SECOND_MS) return t('devices.nextStepSoon');
  return atOfficeTime(next.due, t, {
    firstDay: 'devices.nextStep',
    laterDay: 'devices.nextStepOnDay',
  });
}

/** What a person at the terminal is told about the events a command produced. */
export function describeOutcome(events: readonly LoggedEvent[], t: T): string | null {
  for (const e of events) {
    const p = e.payload as Record<string, unknown>;
    switch (e.type) {
      case 'CommandRefused': {
        const params = { ...(p.params as Record<string, unknown>) };
        // A binder category is a word of the catalog, not data: worded in the language shown.
        if (typeof params.category === 'string') {
          params.category = t(`binderCategory.${params.category}`, {
            defaultValue: params.category,
          });
        }
        if (typeof params.slotId === 'string') params.slotId = slotName(params.slotId, t);
        return t('devices.refused', { reason: t(`refusal.${String(p.reasonKey)}`, params) });
      }
      case 'BinderSlotSignalled': {
        const key = { both: 'signalled', light: 'signalledLight', sound: 'signalledSound' }[
          String(p.signal) as 'both' | 'light' | 'sound'
        ];
        const found = t(`devices.${key ?? 'signalled'}`, {
          name: p.name,
          slot: slotName(String(p.slotId), t),
        });
        // The best match is signalled; the others are counted so the person knows to look on.
        const others = Number(p.otherMatches ?? 0);
        return others > 0 ? t('devices.alsoMatch', { found, count: others }) : found;
      }
      case 'BinderDocumentNotFound': {
        const nearest = p.nearest as string[];
        return nearest.length > 0
          ? t('devices.notFound', {
              query: p.query,
              // Quoted, as the query is: a name may hold a comma or an "or".
              nearest: nearest.map((name) => t('devices.quoted', { name })),
            })
          : t('devices.notFoundNoneClose', { query: p.query });
      }
      case 'BinderDocumentFiled': {
        // A second paper under a name already filed is filed too, and says where the other is.
        const same = (p.sameNameSlotIds as string[] | undefined) ?? [];
        if (same.length === 0)
          return t('devices.filed', { name: p.name, slot: slotName(String(p.slotId), t) });
        return t('devices.filedSameName', {
          name: p.name,
          slot: slotName(String(p.slotId), t),
          count: same.length,
          slots: same.map((s) => slotName(s, t)),
        });
      }
      case 'BinderDocumentTakenOut':
        return t('devices.takenOut', { slot: slotName(String(p.slotId), t) });
      case 'BinderDocumentReturned':
        return t('devices.returned', { slot: slotName(String(p.slotId), t) });
      case 'BinderMisfileDetected':
        return t('devices.misfiled', {
          actual: slotName(String(p.actualSlotId), t),
          expected: slotName(String(p.expectedSlotId), t),
        });
      default:
        break;
    }
  }
  // A jam on demand shows only when the page ends, not in its own events: say when.
  const jam = events.some(
    (e) =>
      e.type === 'DeviceCommanded' &&
      (e.payload as { command?: { type?: string } }).command?.type === 'JAM',
  );
  return jam ? t('devices.jamArmed') : null;
}
