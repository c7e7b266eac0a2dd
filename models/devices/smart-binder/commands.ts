import { z } from 'zod';
import { idString } from '../common';

export const signalMode = z.enum(['light', 'sound', 'both']);

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
    match: z.enum(['exact', 'fuzzy']),
    signal: signalMode,
  }),
  z.object({ type: z.literal('TAKE_OUT'), slotId: z.string() }),
  z.object({ type: z.literal('PUT_BACK'), docId: idString, slotId: z.string() }),
]);
export type SmartBinderCommand = z.infer<typeof smartBinderCommandSchema>;
