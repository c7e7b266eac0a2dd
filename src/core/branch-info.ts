import { idSchema } from './envelope';
import { labelSchema } from './events/schemas';
import { z } from './zod';

/**
 * A named branch. A branch forked at `forkSeq` shares its parent's events
 * 1..forkSeq and owns the ones after.
 */
export const branchInfoSchema = z.strictObject({
  id: idSchema,
  name: labelSchema.check(z.minLength(1)),
  parentId: z.nullable(idSchema),
  forkSeq: z.int().check(z.gte(0)),
  createdAt: z.string().check(z.maxLength(64)),
});

export type BranchInfo = z.infer<typeof branchInfoSchema>;
