import { z } from 'zod';
import { idSchema } from '../envelope';
import {
  assetSchema,
  colorSchema,
  itemSchema,
  labelSchema,
  openingSchema,
  poseSchema,
  roomSchema,
  sizeSchema,
} from './schemas';

/**
 * Payload schemas of the room and item events, the core's own event types.
 * Names are in the past tense: an event records what happened.
 */
export const corePayloadSchemas = {
  SceneNamed: z.object({ name: labelSchema }).strict(),
  RoomResized: roomSchema,
  OpeningPlaced: z.object({ opening: openingSchema }).strict(),
  OpeningChanged: z.object({ opening: openingSchema }).strict(),
  OpeningRemoved: z.object({ id: idSchema }).strict(),
  ItemPlaced: z.object({ item: itemSchema }).strict(),
  /** One event per gesture: a drag of a desk moves its desk-top items too. */
  ItemsMoved: z.object({ moves: z.array(poseSchema).min(1).max(1000) }).strict(),
  ItemStyled: z
    .object({
      id: idSchema,
      /** `null` clears the colour or material (what undo of a first styling appends). */
      color: colorSchema.nullable().optional(),
      material: z.string().min(1).max(32).nullable().optional(),
    })
    .strict(),
  ItemResized: z.object({ id: idSchema, size: sizeSchema.nullable() }).strict(),
  /** `null` removes the label (what undo of a first labelling appends). */
  ItemLabelled: z.object({ id: idSchema, label: labelSchema.nullable() }).strict(),
  ItemsRemoved: z.object({ ids: z.array(idSchema).min(1).max(1000) }).strict(),
  /** A user's GLB, bytes included, so it survives reload and travels in an export. */
  AssetImported: z.object({ asset: assetSchema }).strict(),
} as const;

export type CoreEventType = keyof typeof corePayloadSchemas;
export type CorePayload<T extends CoreEventType> = z.infer<(typeof corePayloadSchemas)[T]>;

/** Discriminated union of the core events, for exhaustive switches. */
export type CoreEvent = {
  [T in CoreEventType]: { type: T; payload: CorePayload<T> };
}[CoreEventType];

export const coreEventTypes = Object.keys(corePayloadSchemas) as CoreEventType[];
