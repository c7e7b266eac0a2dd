import type { DeviceKind } from '../../models';

/**
 * Catalog device models (the furniture catalog's names) to the office
 * system's device kinds. A scanner dock is furniture for the scanner, not a
 * device of its own.
 */
export const deviceKindOfModel: Readonly<Record<string, DeviceKind | undefined>> = {
  eBoard: 'e-board',
  handheldScanner: 'handheld-scanner',
  smartBinder: 'smart-binder',
  audioRecorder: 'audio-recorder',
  computer: 'computer',
  allInOnePrinter: 'all-in-one',
  printer: 'printer',
  copier: 'copier',
  scanner: 'scanner',
  router: 'network',
  scannerDock: undefined,
};

/** The catalog kind (its id is its model's name) a device kind is placed as: for names in the UI. */
export function catalogKindOfDevice(kind: DeviceKind): string | undefined {
  return Object.keys(deviceKindOfModel).find((m) => deviceKindOfModel[m] === kind);
}
