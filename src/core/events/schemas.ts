import { z } from 'zod';
import { idSchema } from '../envelope';

/**
 * Bounds that make input "sane": rooms of 2–12 m, and nothing further than
 * 20 m from the origin. zod's number() already refuses NaN and ±Infinity.
 */
export const coordSchema = z.number().min(-20).max(20);
export const lengthSchema = (min: number, max: number) => z.number().min(min).max(max);
export const angleSchema = z.number().min(-100).max(100);
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are #rrggbb');
export const labelSchema = z.string().max(200);

export const roomSchema = z
  .object({
    width: lengthSchema(2, 12),
    depth: lengthSchema(2, 12),
    height: lengthSchema(2.2, 5),
    wallThickness: lengthSchema(0.05, 0.5),
  })
  .strict();

export const wallSchema = z.enum(['north', 'east', 'south', 'west']);

export const openingSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['door', 'window']),
    wall: wallSchema,
    offset: coordSchema,
    width: lengthSchema(0.3, 4),
    height: lengthSchema(0.3, 4),
    sill: lengthSchema(0, 3),
    hinge: z.enum(['left', 'right']).optional(),
  })
  .strict();

export const sizeSchema = z
  .object({
    width: lengthSchema(0.01, 12),
    depth: lengthSchema(0.01, 12),
    height: lengthSchema(0.005, 5),
  })
  .strict();

export const poseSchema = z
  .object({
    id: idSchema,
    x: coordSchema,
    z: coordSchema,
    rotation: angleSchema,
    elevation: lengthSchema(0, 5),
    parentId: idSchema.nullable(),
  })
  .strict();

export const itemSchema = z
  .object({
    id: idSchema,
    kind: z.string().min(1).max(64),
    x: coordSchema,
    z: coordSchema,
    rotation: angleSchema,
    elevation: lengthSchema(0, 5),
    parentId: idSchema.nullable(),
    size: sizeSchema.optional(),
    color: colorSchema.optional(),
    material: z.string().min(1).max(32).optional(),
    points: z
      .array(z.tuple([coordSchema, coordSchema]))
      .min(3)
      .max(64)
      .optional(),
    assetId: idSchema.optional(),
    label: labelSchema.optional(),
  })
  .strict();

/** 10 MB of GLB as base64 (4/3 of the bytes). */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

export const assetSchema = z
  .object({
    id: idSchema,
    name: labelSchema,
    mime: z.literal('model/gltf-binary'),
    bytes: z.number().int().min(1).max(MAX_ASSET_BYTES),
    dataBase64: z
      .string()
      .max(Math.ceil(MAX_ASSET_BYTES / 3) * 4 + 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
    scale: z.number().min(0.001).max(1000),
    size: sizeSchema,
    offset: z.tuple([coordSchema, coordSchema, coordSchema]),
  })
  .strict();
