import { z } from 'zod';
import { defineEvent, type EmittedFrom } from '../../events/define';
import type { Refused } from '../../events/refusal';
import { idString, nonNegative, probability } from '../common';

const clip = { deviceId: idString, clipId: idString };

export const audioRecorderEvents = [
  defineEvent('AudioRecordingStarted', z.object({ ...clip, title: z.string() })),
  defineEvent('AudioRecordingPaused', z.object({ ...clip, durationMs: nonNegative })),
  defineEvent('AudioRecordingResumed', z.object({ ...clip })),
  defineEvent(
    'AudioRecordingSaved',
    z.object({ ...clip, title: z.string(), durationMs: nonNegative, bytes: nonNegative }),
  ),
  defineEvent('AudioClipUploaded', z.object({ ...clip, bytes: nonNegative })),
  defineEvent(
    'AudioClipTranscribed',
    z.object({
      ...clip,
      title: z.string(),
      durationMs: nonNegative,
      words: z.number().int().min(0),
      confidence: probability,
      bytes: nonNegative,
    }),
  ),
] as const;

export type AudioRecorderEmitted = EmittedFrom<typeof audioRecorderEvents> | Refused;
