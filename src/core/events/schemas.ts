import { idSchema } from '../envelope';
import { z } from '../zod';

/**
 * Bounds that make input "sane": rooms of 2–12 m, and nothing further than
 * 20 m from the origin. zod's number() already refuses NaN and ±Infinity.
 */
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
export const coordSchema = between(-20, 20);
export const lengthSchema = between;
export const angleSchema = between(-100, 100);
export const colorSchema = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'colour'));
export const labelSchema = z.string().check(z.maxLength(200));
const materialIdSchema = z.string().check(z.minLength(1), z.maxLength(32));

export const roomSchema = z.strictObject({
  width: lengthSchema(2, 12),
  depth: lengthSchema(2, 12),
  height: lengthSchema(2.2, 5),
  wallThickness: lengthSchema(0.05, 0.5),
});

export const wallSchema = z.enum(['north', 'east', 'south', 'west']);

export const openingSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['door', 'window']),
  wall: wallSchema,
  offset: coordSchema,
  width: lengthSchema(0.3, 4),
  height: lengthSchema(0.3, 4),
  sill: lengthSchema(0, 3),
  hinge: z.optional(z.enum(['left', 'right'])),
});

export const sizeSchema = z.strictObject({
  width: lengthSchema(0.01, 12),
  depth: lengthSchema(0.01, 12),
  height: lengthSchema(0.005, 5),
});

export const poseSchema = z.strictObject({
  id: idSchema,
  x: coordSchema,
  z: coordSchema,
  rotation: angleSchema,
  elevation: lengthSchema(0, 5),
  parentId: z.nullable(idSchema),
});

export const itemSchema = z.strictObject({
  id: idSchema,
  kind: z.string().check(z.minLength(1), z.maxLength(64)),
  x: coordSchema,
  z: coordSchema,
  rotation: angleSchema,
  elevation: lengthSchema(0, 5),
  parentId: z.nullable(idSchema),
  size: z.optional(sizeSchema),
  color: z.optional(colorSchema),
  material: z.optional(materialIdSchema),
  points: z.optional(
    z.array(z.tuple([coordSchema, coordSchema])).check(z.minLength(3), z.maxLength(64)),
  ),
  assetId: z.optional(idSchema),
  label: z.optional(labelSchema),
});

/** 10 MB of GLB as base64 (4/3 of the bytes). */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

export const assetSchema = z.strictObject({
  id: idSchema,
  name: labelSchema,
  mime: z.literal('model/gltf-binary'),
  bytes: z.int().check(z.gte(1), z.lte(MAX_ASSET_BYTES)),
  dataBase64: z
    .string()
    .check(
      z.maxLength(Math.ceil(MAX_ASSET_BYTES / 3) * 4 + 4),
      z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
    ),
  scale: between(0.001, 1000),
  size: sizeSchema,
  offset: z.tuple([coordSchema, coordSchema, coordSchema]),
});

export { materialIdSchema };
