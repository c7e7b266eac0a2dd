import { z } from 'zod';
import { audioRecorderCommandSchema } from '../devices/audio-recorder/commands';
import { idString } from '../devices/common';
import { computerCommandSchema } from '../devices/computer/commands';
import { eboardCommandSchema } from '../devices/e-board/commands';
import { handheldScannerCommandSchema } from '../devices/handheld-scanner/commands';
import { networkCommandSchema } from '../devices/network/commands';
import { printerCommandSchema } from '../devices/printer/commands';
import { matchMode, signalMode, smartBinderCommandSchema } from '../devices/smart-binder/commands';
import { defineEvent } from '../events/define';
import { type DeviceKind, deviceKinds } from './device-kinds';
import { paramOverridesOf } from './device-params';

/** Commands to the office system as a whole: it picks the device that serves them. */
export const officeCommandSchema = z.discriminatedUnion('type', [
  /** `deviceId` names the router to share through; without it the office takes the first. */
  z.object({
    type: z.literal('SHARE_ASSET'),
    assetId: idString,
    client: z.string().min(1),
    deviceId: idString.optional(),
  }),
  /** `deviceId` names the printer to print on; without it the office takes the first that prints. */
  z.object({
    type: z.literal('PRINT_ASSET'),
    assetId: idString,
    pages: z.number().int().min(1),
    deviceId: idString.optional(),
  }),
  /** File the paper original of a digital asset in the binder. */
  z.object({
    type: z.literal('FILE_ORIGINAL'),
    assetId: idString,
    category: z.string(),
    info: z.string(),
  }),
  /** Typed at the system terminal; goes to the binder that holds the document. */
  z.object({
    type: z.literal('LOCATE_DOCUMENT'),
    query: z.string(),
    match: matchMode,
    signal: signalMode,
  }),
]);
export type OfficeCommand = z.infer<typeof officeCommandSchema>;

export const anyCommandSchema = z.union([
  officeCommandSchema,
  eboardCommandSchema,
  handheldScannerCommandSchema,
  smartBinderCommandSchema,
  audioRecorderCommandSchema,
  computerCommandSchema,
  printerCommandSchema,
  networkCommandSchema,
]);
export type AnyCommand = z.infer<typeof anyCommandSchema>;

/** Reserved target id for office-level commands. */
export const OFFICE = 'office';

/** What the app sends: a device id (or 'office') and the command. */
export interface SystemCommand {
  to: string;
  command: AnyCommand;
}

const specOf = <K extends DeviceKind>(kind: K) =>
  z.object({ id: idString, kind: z.literal(kind), params: paramOverridesOf[kind].optional() });

/**
 * One option per kind, so a device's `params` are checked by its kind's
 * schema and a refusal names the field, e.g. `devices[1].params.saveMs`.
 * Valid specs parse to themselves (the schemas transform nothing), so logs
 * written before these checks read as they were.
 */
export const deviceSpecSchema = z.discriminatedUnion(
  'kind',
  deviceKinds.map(specOf) as [ReturnType<typeof specOf>, ...ReturnType<typeof specOf>[]],
);
export type DeviceSpec = z.infer<typeof deviceSpecSchema>;

/**
 * Input events: the log holds these, and replaying them reproduces every
 * domain event. Domain events in the log are outputs, kept for reading.
 */
export const inputEvents = [
  defineEvent(
    'OfficeSystemStarted',
    z.object({ seed: z.number().int(), devices: z.array(deviceSpecSchema) }),
  ),
  defineEvent('DeviceCommanded', z.object({ to: idString, command: anyCommandSchema })),
  /** Devices placed in the room after the start join the running office, as they are. */
  defineEvent('DevicesJoined', z.object({ devices: z.array(deviceSpecSchema) })),
  /** The simulation clock moved to the envelope's `at`, firing due device timers. */
  defineEvent('SimClockAdvanced', z.object({})),
] as const;

export const inputEventTypes: ReadonlySet<string> = new Set(inputEvents.map((d) => d.type));
