import { z } from 'zod';

export const networkCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('GO_OFFLINE') }),
  z.object({ type: z.literal('GO_ONLINE') }),
]);
export type NetworkCommand = z.infer<typeof networkCommandSchema>;
