/**
 * What a device's status light shows, by the machine's state: `busy` working
 * on its own, `waiting` for the designer or the network, `fault` needing a
 * hand (a jam, no paper, offline), `done` with its material delivered, and
 * `idle` (no light). Keyed like the state names in
 * src/app/i18n/device-names.ts; the share machine has no device to light.
 */
export type DeviceStatus = 'idle' | 'busy' | 'waiting' | 'fault' | 'done';

export const deviceStatusOf: Readonly<Record<string, DeviceStatus>> = {
  'eBoard/idle': 'idle',
  'eBoard/capturing': 'busy',
  'eBoard/saving': 'busy',
  'eBoard/uploading': 'busy',
  'eBoard/retryWait': 'waiting',
  'eBoard/converting': 'busy',
  'eBoard/synced': 'done',
  'handheldScanner/idle': 'idle',
  'handheldScanner/scanning/awaitingPass': 'waiting',
  'handheldScanner/scanning/passing': 'busy',
  'handheldScanner/stitching': 'busy',
  'handheldScanner/converting': 'busy',
  'handheldScanner/waitingNetwork': 'waiting',
  'handheldScanner/uploading': 'busy',
  'smartBinder/ready': 'idle',
  'smartBinder/signalling': 'busy',
  'audioRecorder/idle': 'idle',
  'audioRecorder/recording': 'busy',
  'audioRecorder/paused': 'waiting',
  'audioRecorder/saved': 'waiting',
  'audioRecorder/uploading': 'busy',
  'audioRecorder/transcribing': 'busy',
  'computer/idle': 'idle',
  'computer/editing/working': 'busy',
  'computer/editing/saving': 'busy',
  'printer/idle': 'idle',
  'printer/warming': 'busy',
  'printer/working': 'busy',
  'printer/jammed': 'fault',
  'printer/needsPaper': 'fault',
  'printer/needsToner': 'fault',
  'network/online': 'idle',
  'network/offline': 'fault',
};

/** A machine's state path: `handheldScanner` + `{ scanning: 'passing' }` → `handheldScanner/scanning/passing`. */
export function statePath(machineId: string, value: unknown): string {
  const parts = [machineId];
  let v = value;
  // Device machines have no parallel states: each level has one active child.
  while (v !== null && typeof v === 'object') {
    const first = Object.entries(v as Record<string, unknown>)[0];
    if (!first) break;
    parts.push(first[0]);
    v = first[1];
  }
  if (typeof v === 'string') parts.push(v);
  return parts.join('/');
}
