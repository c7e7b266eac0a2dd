import { z } from 'zod';
import { defineEvent, type EmittedFrom } from '../../events/define';
import type { Refused } from '../../events/refusal';
import { idString, nonNegative } from '../common';
import { assetKind } from './commands';

const asset = { deviceId: idString, assetId: idString };

export const computerEvents = [
  defineEvent(
    'ComputerAssetReceived',
    z.object({
      ...asset,
      kind: assetKind,
      title: z.string(),
      fromDeviceId: idString,
      bytes: nonNegative,
      inboxLength: z.number().int(),
    }),
  ),
  defineEvent('EditingSessionStarted', z.object({ ...asset })),
  defineEvent('AssetVersionSaved', z.object({ ...asset, version: z.number().int().min(1) })),
  defineEvent(
    'EditingSessionEnded',
    z.object({ ...asset, durationMs: nonNegative, versions: z.number().int() }),
  ),
] as const;

export type ComputerEmitted = EmittedFrom<typeof computerEvents> | Refused;
