import {
  assetSchema,
  itemSchema,
  labelSchema,
  openingSchema,
  roomSchema,
  sizeSchema,
} from './events/schemas';
import type { OfficeState } from './office-state';
import { z } from './zod';

/**
 * Bump when a reducer changes what a log folds to: stored snapshots made by
 * another fold version are dropped, so a fixed reducer is never bypassed by
 * a snapshot of the old one.
 */
export const FOLD_VERSION = 1;

const assetInfoSchema = z.strictObject({
  ...z.pick(assetSchema, { id: true, name: true, bytes: true, scale: true, offset: true }).shape,
  size: sizeSchema,
});

/** The shape of a folded state, to check a stored snapshot before trusting it. */
export const officeStateSchema = z.strictObject({
  seq: z.int().check(z.gte(0)),
  at: z.number().check(z.gte(0)),
  name: labelSchema,
  room: roomSchema,
  openings: z.record(z.string(), openingSchema),
  items: z.record(z.string(), itemSchema),
  assets: z.record(z.string(), assetInfoSchema),
});

export interface StoredSnapshot {
  seq: number;
  foldVersion: number;
  state: unknown;
  /**
   * Events at or before `seq` that the app's views read besides the state
   * (chosen by the app's rule, numbered so a changed rule drops old ones).
   * A tail-only restore needs it; a snapshot without it is only folded from.
   */
  carry?: { rule: number; events: unknown[] };
}

/** The snapshot as a state, or null when it is not one this app made (dropped, never trusted). */
export function acceptSnapshot(
  s: StoredSnapshot | undefined,
  eventCount: number,
): OfficeState | null {
  if (!s || s.foldVersion !== FOLD_VERSION || s.seq > eventCount) return null;
  const parsed = officeStateSchema.safeParse(s.state);
  if (!parsed.success || parsed.data.seq !== s.seq) return null;
  return parsed.data as OfficeState;
}
