import { z } from 'zod';
import { defineEvent } from './define';

/**
 * Why a command was refused, as a message key plus parameters: the UI owns
 * the English and 简体中文 texts, the models only name the reason.
 */
export const refusalKeys = [
  'device.notReady',
  'office.unknownDevice',
  /** A device joining the running office under an id it already has. */
  'office.duplicateDevice',
  'office.unknownAsset',
  'office.noPrinter',
  'office.noNetwork',
  /** A named device (`deviceId`) that cannot print. */
  'office.notAPrinter',
  /** A named device (`deviceId`) that is not a network device. */
  'office.notANetwork',
  'office.noBinder',
  'office.noComputer',
  'eboard.batteryEmpty',
  'eboard.storageFull',
  'eboard.emptyPage',
  'scanner.unknownSheet',
  'binder.full',
  'binder.unknownCategory',
  'binder.duplicateDocument',
  'binder.emptyQuery',
  'binder.unknownDocument',
  'binder.slotEmpty',
  'binder.slotTaken',
  /** A FILE whose name is empty once trimmed. */
  'binder.emptyName',
  /** A FILE whose trimmed name is longer than `max`. */
  'binder.nameTooLong',
  /** A FILE whose trimmed related information is longer than `max`. */
  'binder.infoTooLong',
  'recorder.storageFull',
  'computer.unknownAsset',
  'printer.unsupportedJob',
  'printer.queueFull',
  'printer.noPages',
  /** LOAD_PAPER at a device with no paper tray (a flatbed scanner). */
  'printer.noPaperTray',
  /** REPLACE_TONER at a device with no toner cartridge (a flatbed scanner). */
  'printer.noToner',
] as const;
export type RefusalKey = (typeof refusalKeys)[number];

export const refusalParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type RefusalParams = z.infer<typeof refusalParamsSchema>;

export const commandRefused = defineEvent(
  'CommandRefused',
  z.object({
    /** The device id, or 'office' for office-level commands. */
    deviceId: z.string(),
    /** The command's type, e.g. 'FILE'. */
    command: z.string(),
    reasonKey: z.enum(refusalKeys),
    params: refusalParamsSchema,
  }),
);

export type Refused = { type: 'CommandRefused' } & z.infer<typeof commandRefused.schema>;

export function refused(
  deviceId: string,
  command: string,
  reasonKey: RefusalKey,
  params: RefusalParams = {},
): Refused {
  return { type: 'CommandRefused', deviceId, command, reasonKey, params };
}
