/** Public API of the device models; the app imports from here. */

export type { AudioRecorderContext } from './devices/audio-recorder/machine';
export type { ComputerContext } from './devices/computer/machine';
export type { EBoardContext } from './devices/e-board/machine';
export { type ScanFormat, scanFormat } from './devices/handheld-scanner/commands';
export type { HandheldScannerContext } from './devices/handheld-scanner/machine';
export { type SheetSize, sheetSizes } from './devices/handheld-scanner/params';
export type { ShareContext } from './devices/network/share.machine';
export type { PrinterContext } from './devices/printer/machine';
export { hasPaperTray, takesToner } from './devices/printer/params';
export { matchMode, signalMode } from './devices/smart-binder/commands';
export type { SmartBinderContext } from './devices/smart-binder/machine';
export {
  categoryOfSlot,
  defaultSmartBinderParams,
  type SmartBinderParams,
  slotsByCategory,
} from './devices/smart-binder/params';
export type { FiledDocument } from './devices/smart-binder/rules';
export type { DeviceEventDefinition, RefusalKey } from './events';
export { deviceEventDefinitions, refusalKeys } from './events';
export {
  type AnyCommand,
  type DeviceSpec,
  inputEventTypes,
  OFFICE,
  type OfficeCommand,
  type SystemCommand,
} from './office/commands';
export { type DeviceKind, deviceKinds } from './office/device-kinds';
export type { DocumentIndex, MaterialEntry, Stage } from './office/document-index';
export type { LoggedEvent, OfficeConfig } from './office/event-shapes';
export { OfficeSystem, type OfficeSystemState } from './office/office-system';
export { firstDivergence, type LogLike, rebuildFromLog, replayInput } from './office/rebuild';
export { nextRandom, Rng, type RngState, seedRng } from './rng';
