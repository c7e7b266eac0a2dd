import { z } from 'zod';
import { idString, nonNegative } from '../common';

export const assetKind = z.enum(['note', 'sketch', 'scan', 'audio']);
export type AssetKind = z.infer<typeof assetKind>;

export const computerCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('OPEN'), assetId: idString }),
  z.object({ type: z.literal('SAVE_VERSION') }),
  z.object({ type: z.literal('CLOSE') }),
]);
export type ComputerCommand = z.infer<typeof computerCommandSchema>;

/** Sent by the office system when a device's upload arrives; not a user command. */
export const receiveSchema = z.object({
  type: z.literal('RECEIVE'),
  assetId: idString,
  kind: assetKind,
  title: z.string(),
  fromDeviceId: idString,
  bytes: nonNegative,
});
export type Receive = z.infer<typeof receiveSchema>;
