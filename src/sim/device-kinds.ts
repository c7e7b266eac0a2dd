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
