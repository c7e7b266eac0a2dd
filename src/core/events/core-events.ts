import { idSchema } from '../envelope';
import { z } from '../zod';
import {
  assetSchema,
  colorSchema,
  itemSchema,
  labelSchema,
  materialIdSchema,
  openingSchema,
  poseSchema,
  roomSchema,
  sizeSchema,
} from './schemas';

/**
 * Where a placed door, window or item goes among the others: its index in
 * the key order of `openings` / `items`, which the UI numbers copies by
 * ("Armchair 1", "Armchair 2"). Undo of a removal sets it, so the entry comes
 * back where it stood; absent (every ordinary placement), or past the last
 * entry, it goes at the end. Added in version 2 of both events.
 */
const indexSchema = z.optional(z.int().check(z.gte(0)));

/**
 * Payload schemas of the room and item events, the core's own event types.
 * Names are in the past tense: an event records what happened.
 */
export const corePayloadSchemas = {
  SceneNamed: z.strictObject({ name: labelSchema }),
  RoomResized: roomSchema,
  OpeningPlaced: z.strictObject({ opening: openingSchema, index: indexSchema }),
  OpeningChanged: z.strictObject({ opening: openingSchema }),
  OpeningRemoved: z.strictObject({ id: idSchema }),
  ItemPlaced: z.strictObject({ item: itemSchema, index: indexSchema }),
  /** One event per gesture: a drag of a desk moves its desk-top items too. */
  ItemsMoved: z.strictObject({
    moves: z.array(poseSchema).check(z.minLength(1), z.maxLength(1000)),
  }),
  ItemStyled: z.strictObject({
    id: idSchema,
    /** `null` clears the colour or material (what undo of a first styling appends). */
    color: z.optional(z.nullable(colorSchema)),
    material: z.optional(z.nullable(materialIdSchema)),
  }),
  ItemResized: z.strictObject({ id: idSchema, size: z.nullable(sizeSchema) }),
  /** `null` removes the label (what undo of a first labelling appends). */
  ItemLabelled: z.strictObject({ id: idSchema, label: z.nullable(labelSchema) }),
  ItemsRemoved: z.strictObject({ ids: z.array(idSchema).check(z.minLength(1), z.maxLength(1000)) }),
  /** A user's GLB, bytes included, so it survives reload and travels in an export. */
  AssetImported: z.strictObject({ asset: assetSchema }),
} as const;

export type CoreEventType = keyof typeof corePayloadSchemas;
export type CorePayload<T extends CoreEventType> = z.infer<(typeof corePayloadSchemas)[T]>;

/** Discriminated union of the core events, for exhaustive switches. */
export type CoreEvent = {
  [T in CoreEventType]: { type: T; payload: CorePayload<T> };
}[CoreEventType];

export const coreEventTypes = Object.keys(corePayloadSchemas) as CoreEventType[];
