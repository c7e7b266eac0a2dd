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
  /**
   * A fault on demand: the page going through now jams. Jams are rare by
   * design (1 in 2,000 pages), so an instructor or a product team showing
   * what a jam does to the day needs one at a chosen moment; logged like
   * any command, so a replay jams at the same page.
   */
  z.object({ type: z.literal('JAM') }),
  z.object({ type: z.literal('LOAD_PAPER'), sheets: z.number().int().min(1) }),
  z.object({ type: z.literal('REPLACE_TONER') }),
]);
export type PrinterCommand = z.infer<typeof printerCommandSchema>;
