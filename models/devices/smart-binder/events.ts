import { z } from 'zod';
import { defineEvent, type EmittedFrom } from '../../events/define';
import type { Refused } from '../../events/refusal';
import { idString } from '../common';
import { signalMode } from './commands';

const doc = { deviceId: idString, docId: idString, slotId: z.string() };

export const smartBinderEvents = [
  defineEvent(
    'BinderDocumentFiled',
    z.object({
      ...doc,
      name: z.string(),
      category: z.string(),
      assetId: idString.nullable(),
      /** v2: the home slots of other papers already filed under the same name. */
      sameNameSlotIds: z.array(z.string()),
    }),
    2,
    { 1: (p) => ({ ...(p as object), sameNameSlotIds: [] }) },
  ),
  defineEvent(
    'BinderSlotSignalled',
    z.object({
      ...doc,
      name: z.string(),
      query: z.string(),
      signal: signalMode,
      /** v2: how many other papers in their sleeves match the query too (the best is signalled). */
      otherMatches: z.number().int().min(0),
    }),
    2,
    { 1: (p) => ({ ...(p as object), otherMatches: 0 }) },
  ),
  defineEvent(
    'BinderDocumentNotFound',
    z.object({ deviceId: idString, query: z.string(), nearest: z.array(z.string()) }),
  ),
  defineEvent(
    'BinderSignalStopped',
    z.object({ deviceId: idString, slotId: z.string(), reason: z.enum(['takenOut', 'timeout']) }),
  ),
  defineEvent('BinderDocumentTakenOut', z.object({ ...doc })),
  defineEvent('BinderDocumentReturned', z.object({ ...doc })),
  defineEvent(
    'BinderMisfileDetected',
    z.object({
      deviceId: idString,
      docId: idString,
      expectedSlotId: z.string(),
      actualSlotId: z.string(),
    }),
  ),
] as const;

export type SmartBinderEmitted = EmittedFrom<typeof smartBinderEvents> | Refused;
