import { type BinderState, locate } from '../devices/smart-binder/rules';
import { refused } from '../events/refusal';
import type { OfficeCommand } from './commands';
import type { ActorEntry, OfficeSystem } from './office-system';

type ReasonKey = Parameters<typeof refused>[2];

const canPrint = (a: ActorEntry): boolean => a.built.printer?.capabilities.print === true;
const isNetwork = (a: ActorEntry): boolean => a.kind === 'network';
const isBinder = (a: ActorEntry): boolean => a.kind === 'smart-binder';

function refuse(
  sys: OfficeSystem,
  cmd: OfficeCommand,
  key: ReasonKey,
  params: Record<string, string | number> = {},
): void {
  sys.refuse(refused('office', cmd.type, key, params));
}

/**
 * The device a command names, or the first that can serve it when it names
 * none (undefined if the room has none). Null when the named device is
 * missing or cannot serve it: that is refused here, naming the device.
 */
function pick(
  sys: OfficeSystem,
  cmd: OfficeCommand & { deviceId?: string },
  serves: (a: ActorEntry) => boolean,
  cannot: ReasonKey,
): ActorEntry | undefined | null {
  const deviceId = cmd.deviceId;
  if (deviceId === undefined) {
    for (const a of sys.actors.values()) if (serves(a)) return a;
    return undefined;
  }
  const named = sys.actors.get(deviceId);
  if (named && serves(named)) return named;
  refuse(sys, cmd, named ? cannot : 'office.unknownDevice', { deviceId });
  return null;
}

/**
 * The binder that answers a query typed at the system terminal: with one,
 * that one (it finds the paper or says what is nearest); with several, the
 * one whose best match is nearest by the query's mode (the whole name before
 * a whole related-information entry, either before a similar one: `locate`'s
 * distance), ties and no match at all going to the first.
 */
function binderFor(
  sys: OfficeSystem,
  cmd: Extract<OfficeCommand, { type: 'LOCATE_DOCUMENT' }>,
): ActorEntry | undefined {
  const binders = [...sys.actors.values()].filter(isBinder);
  if (binders.length <= 1) return binders[0];
  const query = { ...cmd, type: 'LOCATE' as const };
  let best = binders[0];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const b of binders) {
    const found =
      b.built.binder && locate(b.snapshot.context as BinderState, query, b.built.binder);
    if (found && found.distance < bestDistance) {
      best = b;
      bestDistance = found.distance;
    }
  }
  return best;
}

/**
 * Office-level commands: the office picks the device that serves them (the
 * one a print or share names by `deviceId`, else the first able to) and
 * refuses, with a reason, when the room has none or the named one cannot.
 */
export function officeCommand(sys: OfficeSystem, raw: { type: string }): void {
  const cmd = raw as OfficeCommand;
  switch (cmd.type) {
    case 'SHARE_ASSET': {
      const network = pick(sys, cmd, isNetwork, 'office.notANetwork');
      if (network === null) return;
      if (!network) {
        refuse(sys, cmd, 'office.noNetwork');
        return;
      }
      const asset = sys.index[cmd.assetId];
      if (!asset || asset.stage === 'input') {
        refuse(sys, cmd, 'office.unknownAsset', { assetId: cmd.assetId });
        return;
      }
      const computer = sys.firstOfKind('computer');
      const ctx = computer?.snapshot.context as { assets?: Record<string, { bytes: number }> };
      sys.startShare(network, cmd.assetId, cmd.client, ctx?.assets?.[cmd.assetId]?.bytes ?? 0);
      return;
    }
    case 'PRINT_ASSET': {
      const printer = pick(sys, cmd, canPrint, 'office.notAPrinter');
      if (printer === null) return;
      if (!printer) {
        refuse(sys, cmd, 'office.noPrinter');
        return;
      }
      const asset = sys.index[cmd.assetId];
      if (!asset) {
        refuse(sys, cmd, 'office.unknownAsset', { assetId: cmd.assetId });
        return;
      }
      const submit = {
        type: 'SUBMIT',
        kind: 'print',
        pages: cmd.pages,
        title: asset.title,
        assetId: cmd.assetId,
        at: sys.now,
      };
      sys.deliver(printer.id, submit, 'SUBMIT');
      return;
    }
    case 'FILE_ORIGINAL': {
      const binder = sys.firstOfKind('smart-binder');
      if (!binder) {
        refuse(sys, cmd, 'office.noBinder');
        return;
      }
      const asset = sys.index[cmd.assetId];
      if (!asset) {
        refuse(sys, cmd, 'office.unknownAsset', { assetId: cmd.assetId });
        return;
      }
      const file = {
        type: 'FILE',
        docId: `${cmd.assetId}-paper`,
        name: asset.title,
        category: cmd.category,
        info: cmd.info,
        assetId: cmd.assetId,
        at: sys.now,
      };
      sys.deliver(binder.id, file, 'FILE');
      return;
    }
    case 'LOCATE_DOCUMENT': {
      const holder = binderFor(sys, cmd);
      if (!holder) {
        refuse(sys, cmd, 'office.noBinder');
        return;
      }
      const locate = {
        type: 'LOCATE',
        query: cmd.query,
        match: cmd.match,
        signal: cmd.signal,
        at: sys.now,
      };
      sys.deliver(holder.id, locate, 'LOCATE');
      return;
    }
    default: {
      const never: never = cmd;
      sys.refuse(refused('office', String((never as { type: string }).type), 'device.notReady'));
    }
  }
}
