import { refused } from '../events/refusal';
import type { OfficeCommand } from './commands';
import type { ActorEntry, OfficeSystem } from './office-system';

const canPrint = (a: ActorEntry): boolean => a.built.printer?.capabilities.print === true;
const isNetwork = (a: ActorEntry): boolean => a.kind === 'network';

/**
 * Office-level commands: the office picks the device that serves them (the
 * one a print or share names by `deviceId`, else the first able to) and
 * refuses, with a reason, when the room has none or the named one cannot.
 */
export function officeCommand(sys: OfficeSystem, raw: { type: string }): void {
  const cmd = raw as OfficeCommand;
  const refuse = (
    key: Parameters<typeof refused>[2],
    params: Record<string, string | number> = {},
  ) => sys.refuse(refused('office', cmd.type, key, params));
  /**
   * The device a command names, or the first that can serve it when it names
   * none (undefined if the room has none). Null when the named device is
   * missing or cannot serve it: that is refused here, naming the device.
   */
  const pick = (
    deviceId: string | undefined,
    serves: (a: ActorEntry) => boolean,
    cannot: Parameters<typeof refused>[2],
    first: () => ActorEntry | undefined,
  ): ActorEntry | undefined | null => {
    if (deviceId === undefined) return first();
    const named = sys.actors.get(deviceId);
    if (named && serves(named)) return named;
    refuse(named ? cannot : 'office.unknownDevice', { deviceId });
    return null;
  };
  switch (cmd.type) {
    case 'SHARE_ASSET': {
      const network = pick(cmd.deviceId, isNetwork, 'office.notANetwork', () =>
        sys.firstOfKind('network'),
      );
      if (network === null) return;
      if (!network) {
        refuse('office.noNetwork');
        return;
      }
      const asset = sys.index[cmd.assetId];
      if (!asset || asset.stage === 'input') {
        refuse('office.unknownAsset', { assetId: cmd.assetId });
        return;
      }
      const computer = sys.firstOfKind('computer');
      const ctx = computer?.snapshot.context as { assets?: Record<string, { bytes: number }> };
      sys.startShare(network, cmd.assetId, cmd.client, ctx?.assets?.[cmd.assetId]?.bytes ?? 0);
      return;
    }
    case 'PRINT_ASSET': {
      const printer = pick(cmd.deviceId, canPrint, 'office.notAPrinter', () =>
        [...sys.actors.values()].find(canPrint),
      );
      if (printer === null) return;
      if (!printer) {
        refuse('office.noPrinter');
        return;
      }
      const asset = sys.index[cmd.assetId];
      if (!asset) {
        refuse('office.unknownAsset', { assetId: cmd.assetId });
        return;
      }
      const submit = {
        type: 'SUBMIT',
        kind: 'print',
        pages: cmd.pages,
        title: asset.title,
        assetId: cmd.assetId,
      };
      sys.deliver(printer.id, { ...submit, at: sys.now }, 'SUBMIT');
      return;
    }
    case 'FILE_ORIGINAL': {
      const binder = sys.firstOfKind('smart-binder');
      if (!binder) {
        refuse('office.noBinder');
        return;
      }
      const asset = sys.index[cmd.assetId];
      if (!asset) {
        refuse('office.unknownAsset', { assetId: cmd.assetId });
        return;
      }
      const file = {
        type: 'FILE',
        docId: `${cmd.assetId}-paper`,
        name: asset.title,
        category: cmd.category,
        info: cmd.info,
        assetId: cmd.assetId,
      };
      sys.deliver(binder.id, { ...file, at: sys.now }, 'FILE');
      return;
    }
    case 'LOCATE_DOCUMENT': {
      const binders = [...sys.actors.values()].filter((a) => a.kind === 'smart-binder');
      const first = binders[0];
      if (!first) {
        refuse('office.noBinder');
        return;
      }
      // The binder whose index knows the name exactly answers; otherwise the first one searches.
      const q = cmd.query.trim().toLowerCase();
      const holder =
        binders.find((b) => {
          const docs = (b.snapshot.context as { docs: Record<string, { name: string }> }).docs;
          return Object.values(docs).some((d) => d.name.trim().toLowerCase() === q);
        }) ?? first;
      const locate = { type: 'LOCATE', query: cmd.query, match: cmd.match, signal: cmd.signal };
      sys.deliver(holder.id, { ...locate, at: sys.now }, 'LOCATE');
      return;
    }
    default: {
      const never: never = cmd;
      sys.refuse(refused('office', String((never as { type: string }).type), 'device.notReady'));
    }
  }
}
