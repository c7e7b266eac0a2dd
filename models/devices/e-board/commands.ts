import { z } from 'zod';
import { nonNegative } from '../common';

/** Commands the designer gives the e-board; the log stores them in DeviceCommanded. */
export const eboardCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('START_PAGE'), kind: z.enum(['note', 'sketch']), title: z.string() }),
  z.object({ type: z.literal('STROKE'), count: z.number().int().min(1).max(10_000) }),
  z.object({ type: z.literal('END_PAGE') }),
  z.object({ type: z.literal('CHARGE'), toPct: nonNegative.max(100) }),
]);
export type EBoardCommand = z.infer<typeof eboardCommandSchema>;
