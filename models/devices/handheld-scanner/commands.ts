import { z } from 'zod';
import { sheetSizes } from './params';

const sheet = z.enum(Object.keys(sheetSizes) as [keyof typeof sheetSizes]);
export const scanFormat = z.enum(['pdf', 'png', 'tiff']);
export type ScanFormat = z.infer<typeof scanFormat>;

export const handheldScannerCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('START_SHEET'), sheet, name: z.string(), format: scanFormat }),
  /** One sweep of the wand as the designer made it: speed, skew, overlap with the last pass. */
  z.object({
    type: z.literal('PASS'),
    speedMmS: z.number().positive(),
    skewDeg: z.number().min(0).max(90),
    overlapMm: z.number().min(0),
  }),
  z.object({ type: z.literal('CANCEL') }),
]);
export type HandheldScannerCommand = z.infer<typeof handheldScannerCommandSchema>;
