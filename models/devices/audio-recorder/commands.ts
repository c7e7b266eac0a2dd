import { z } from 'zod';

export const audioRecorderCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('RECORD'), title: z.string() }),
  z.object({ type: z.literal('PAUSE') }),
  z.object({ type: z.literal('RESUME') }),
  z.object({ type: z.literal('STOP') }),
]);
export type AudioRecorderCommand = z.infer<typeof audioRecorderCommandSchema>;
