import { z } from 'zod';
import { defineEvent, type EmittedFrom } from '../../events/define';
import type { Refused } from '../../events/refusal';
import { idString, nonNegative } from '../common';
import { scanFormat } from './commands';

const scan = { deviceId: idString, scanId: idString };
const pass = z.number().int().min(1);

export const handheldScannerEvents = [
  defineEvent(
    'ScanSheetStarted',
    z.object({
      ...scan,
      name: z.string(),
      sheet: z.string(),
      format: scanFormat,
      passesNeeded: pass,
    }),
  ),
  defineEvent('ScanPassAccepted', z.object({ ...scan, pass, passesNeeded: pass })),
  defineEvent(
    'ScanPassRejected',
    z.object({ ...scan, pass, reason: z.enum(['tooFast', 'skewed']) }),
  ),
  defineEvent('ScanStitchFailed', z.object({ ...scan, pass, overlapMm: nonNegative })),
  defineEvent('ScanStitched', z.object({ ...scan, passes: pass })),
  defineEvent('ScanConverted', z.object({ ...scan, format: scanFormat, bytes: nonNegative })),
  defineEvent(
    'ScanUploaded',
    z.object({
      ...scan,
      name: z.string(),
      sheet: z.string(),
      format: scanFormat,
      bytes: nonNegative,
    }),
  ),
  defineEvent('ScanCancelled', z.object({ ...scan })),
] as const;

export type HandheldScannerEmitted = EmittedFrom<typeof handheldScannerEvents> | Refused;
