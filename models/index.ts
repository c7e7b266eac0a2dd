/** Public API of the device models; the app imports from here. */

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
export {
  type LoggedEvent,
  type OfficeConfig,
  OfficeSystem,
  type OfficeSystemState,
} from './office/office-system';
export { firstDivergence, type LogLike, rebuildFromLog, replayInput } from './office/rebuild';
export { nextRandom, Rng, type RngState, seedRng } from './rng';
