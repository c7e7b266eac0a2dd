import { z } from 'zod';
import { defineEvent, type EmittedFrom } from '../../events/define';
import type { Refused } from '../../events/refusal';
import { idString, nonNegative } from '../common';

const share = { deviceId: idString, shareId: idString, assetId: idString, client: z.string() };

export const networkEvents = [
  defineEvent('NetworkWentOffline', z.object({ deviceId: idString })),
  defineEvent('NetworkCameOnline', z.object({ deviceId: idString })),
  defineEvent('AssetShareSent', z.object({ ...share, bytes: nonNegative, online: z.boolean() })),
  defineEvent('AssetShareDelivered', z.object({ ...share })),
  defineEvent('AssetShareViewed', z.object({ ...share })),
  defineEvent(
    'ClientFeedbackReceived',
    z.object({ ...share, verdict: z.enum(['approved', 'changesRequested']) }),
  ),
] as const;

export type NetworkEmitted = EmittedFrom<typeof networkEvents> | Refused;
