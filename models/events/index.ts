import { audioRecorderEvents } from '../devices/audio-recorder/events';
import { computerEvents } from '../devices/computer/events';
import { eboardEvents } from '../devices/e-board/events';
import { handheldScannerEvents } from '../devices/handheld-scanner/events';
import { networkEvents } from '../devices/network/events';
import { printerEvents } from '../devices/printer/events';
import { smartBinderEvents } from '../devices/smart-binder/events';
import { inputEvents } from '../office/commands';
import { officeEvents } from '../office/events';
import type { DeviceEventDefinition } from './define';
import { commandRefused } from './refusal';

export type { DeviceEventDefinition } from './define';
export { type RefusalKey, refusalKeys } from './refusal';

/**
 * Every event type the device layer puts in the log: inputs (start, commands,
 * clock advances) and outputs (domain events). The core registers this array.
 */
export const deviceEventDefinitions: readonly DeviceEventDefinition[] = [
  ...inputEvents,
  commandRefused,
  ...officeEvents,
  ...eboardEvents,
  ...handheldScannerEvents,
  ...smartBinderEvents,
  ...audioRecorderEvents,
  ...computerEvents,
  ...printerEvents,
  ...networkEvents,
];
