import type { Receive } from '../devices/computer/commands';

type Flat = { type: string } & Record<string, unknown>;

/**
 * Which domain events carry material to the computer: the upload that ends
 * each input device's pipeline. Returns the RECEIVE to deliver at `at`, or null.
 */
export function uploadToComputer(e: Flat, at: number): (Receive & { at: number }) | null {
  // Most events carry nothing to the computer: read their fields only in the cases that do.
  switch (e.type) {
    case 'EBoardPageConverted':
      return {
        type: 'RECEIVE',
        at,
        assetId: String(e.pageId),
        kind: e.kind === 'sketch' ? 'sketch' : 'note',
        title: String(e.title),
        fromDeviceId: String(e.deviceId),
        bytes: Number(e.bytes ?? 0),
      };
    case 'ScanUploaded':
      return {
        type: 'RECEIVE',
        at,
        assetId: String(e.scanId),
        kind: 'scan',
        title: String(e.name),
        fromDeviceId: String(e.deviceId),
        bytes: Number(e.bytes ?? 0),
      };
    case 'AudioClipTranscribed':
      return {
        type: 'RECEIVE',
        at,
        assetId: String(e.clipId),
        kind: 'audio',
        title: String(e.title),
        fromDeviceId: String(e.deviceId),
        bytes: Number(e.bytes ?? 0),
      };
    case 'PrintJobCompleted':
      // A flatbed scan on the all-in-one arrives as a file; ≈ 500 kB a page (assumption, 300 dpi PDF).
      return e.kind === 'scan'
        ? {
            type: 'RECEIVE',
            at,
            assetId: String(e.jobId),
            kind: 'scan',
            title: String(e.title),
            fromDeviceId: String(e.deviceId),
            bytes: Number(e.pages) * 500_000,
          }
        : null;
    default:
      return null;
  }
}

/** Network state changes every device must hear about, or null. */
export function networkChange(e: Flat): boolean | null {
  if (e.type === 'NetworkWentOffline') return false;
  if (e.type === 'NetworkCameOnline') return true;
  return null;
}
