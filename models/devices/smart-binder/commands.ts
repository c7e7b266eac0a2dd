import { z } from 'zod';
import { idString } from '../common';

// Listed default first: the terminal offers them in this order.
export const signalMode = z.enum(['both', 'light', 'sound']);
export const matchMode = z.enum(['fuzzy', 'exact']);

export const smartBinderCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('FILE'),
    docId: idString,
    name: z.string(),
    category: z.string(),
    info: z.string(),
    /** The digital asset this paper is the original of, if any. */
    assetId: idString.nullable(),
  }),
  /** Typed at the system terminal: a file name or related information. */
  z.object({
    type: z.literal('LOCATE'),
    query: z.string(),
    match: matchMode,
    signal: signalMode,
  }),
  z.object({ type: z.literal('TAKE_OUT'), slotId: z.string() }),
  z.object({ type: z.literal('PUT_BACK'), docId: idString, slotId: z.string() }),
]);
export type SmartBinderCommand = z.infer<typeof smartBinderCommandSchema>;
