import { z } from 'zod';
import { defineEvent, type EmittedFrom } from '../../events/define';
import type { Refused } from '../../events/refusal';
import { idString, nonNegative, probability } from '../common';

const page = { deviceId: idString, pageId: idString };
const kind = z.enum(['note', 'sketch']);

export const eboardEvents = [
  defineEvent('EBoardCaptureStarted', z.object({ ...page, kind, title: z.string() })),
  defineEvent(
    'EBoardPageCaptured',
    z.object({
      ...page,
      kind,
      title: z.string(),
      strokes: z.number().int(),
      batteryPct: nonNegative,
    }),
  ),
  defineEvent('EBoardPageQueued', z.object({ ...page, queueLength: z.number().int() })),
  defineEvent(
    'EBoardPageUploaded',
    z.object({ ...page, attempt: z.number().int(), bytes: nonNegative }),
  ),
  defineEvent(
    'EBoardUploadFailed',
    z.object({ ...page, attempt: z.number().int(), retryInMs: nonNegative }),
  ),
  defineEvent(
    'EBoardPageConverted',
    z.object({
      ...page,
      kind,
      title: z.string(),
      /** Notes become text, sketches become vector graphics. */
      output: z.enum(['text', 'vector']),
      confidence: probability,
      bytes: nonNegative,
    }),
  ),
  defineEvent('EBoardSynced', z.object({ deviceId: idString, storedPages: z.number().int() })),
  defineEvent('EBoardCharged', z.object({ deviceId: idString, batteryPct: nonNegative })),
] as const;

export type EBoardEmitted = EmittedFrom<typeof eboardEvents> | Refused;
