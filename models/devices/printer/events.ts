import { z } from 'zod';
import { defineEvent, type EmittedFrom } from '../../events/define';
import type { Refused } from '../../events/refusal';
import { idString } from '../common';
import { jobKind } from './commands';

const dev = { deviceId: idString };
const job = { ...dev, jobId: idString, kind: jobKind };
const count = z.number().int().min(0);

export const printerEvents = [
  defineEvent(
    'PrintJobQueued',
    z.object({ ...job, pages: count, assetId: idString.nullable(), queueLength: count }),
  ),
  defineEvent('PrintJobStarted', z.object({ ...job })),
  defineEvent(
    'PrintJobCompleted',
    z.object({ ...job, pages: count, title: z.string(), assetId: idString.nullable() }),
  ),
  defineEvent('PrinterJammed', z.object({ ...job, page: count })),
  defineEvent('PrinterJamCleared', z.object({ ...dev })),
  defineEvent('PrinterPaperOut', z.object({ ...dev })),
  defineEvent('PrinterPaperLoaded', z.object({ ...dev, paper: count })),
  defineEvent('PrinterTonerOut', z.object({ ...dev })),
  defineEvent('PrinterTonerReplaced', z.object({ ...dev, tonerPages: count })),
] as const;

export type PrinterEmitted = EmittedFrom<typeof printerEvents> | Refused;
