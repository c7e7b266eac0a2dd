import { z } from 'zod';
import { idSchema } from './envelope';
import { labelSchema } from './events/schemas';

/**
 * A named branch. A branch forked at `forkSeq` shares its parent's events
 * 1..forkSeq and owns the ones after.
 */
export const branchInfoSchema = z
  .object({
    id: idSchema,
    name: labelSchema.min(1),
    parentId: idSchema.nullable(),
    forkSeq: z.number().int().min(0),
    createdAt: z.string().max(64),
  })
  .strict();

export type BranchInfo = z.infer<typeof branchInfoSchema>;
