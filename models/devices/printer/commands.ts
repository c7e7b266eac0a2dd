import { z } from 'zod';
import { idString } from '../common';

export const jobKind = z.enum(['print', 'copy', 'scan']);

export const printerCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('SUBMIT'),
    kind: jobKind,
    pages: z.number().int().min(0).max(10_000),
    title: z.string(),
    assetId: idString.nullable(),
  }),
  z.object({ type: z.literal('CLEAR_JAM') }),
  z.object({ type: z.literal('LOAD_PAPER'), sheets: z.number().int().min(1) }),
  z.object({ type: z.literal('REPLACE_TONER') }),
]);
export type PrinterCommand = z.infer<typeof printerCommandSchema>;
