import { z } from 'zod';

// The catalog is data validated at load, like pascalorg's catalog items:
// a typo in a size or a footprint fails loudly in a unit test, not as a
// desk that silently has no collision box.

import { CATEGORIES, DEVICE_MODELS, MATERIAL_IDS, MOUNTS } from './ids';

export {
  CATEGORIES,
  type Category,
  DEVICE_MODELS,
  type DeviceModel,
  MATERIAL_IDS,
  type MaterialId,
  MOUNTS,
  type Mount,
} from './ids';

const positive = z.number().positive().finite();

export const SizeSchema = z.object({ width: positive, depth: positive, height: positive });

const PointSchema = z.tuple([z.number().finite(), z.number().finite()]);

/**
 * Footprint in local coordinates: width along local x, depth along local z,
 * the front is +z (where a chair or a user stands), the back is -z.
 */
export const FootprintSchema = z.discriminatedUnion('shape', [
  z.object({ shape: z.literal('rect') }),
  // Back bar along -z plus a return along the left (-x) side; the notch is front-right.
  z.object({ shape: z.literal('L'), arm: positive }),
  // Back bar plus returns on both sides; the notch (the user's seat) is front-centre.
  z.object({ shape: z.literal('U'), arm: positive }),
  // Flat edge at the back, arc towards the front.
  z.object({ shape: z.literal('semicircle'), segments: z.number().int().min(4).max(64) }),
  // Default outline; a placed item's own `points` replace it.
  z.object({ shape: z.literal('polygon'), points: z.array(PointSchema).min(3).max(64) }),
]);
export type FootprintSpec = z.infer<typeof FootprintSchema>;

export const ClearanceSpecSchema = z.object({
  kind: z.enum(['chairPullOut', 'frontAccess']),
  /** How far the zone reaches out from the front, metres. */
  depth: positive,
});
export type ClearanceSpec = z.infer<typeof ClearanceSpecSchema>;

export const CatalogKindSchema = z
  .object({
    id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    /** i18n key, e.g. 'catalog.deskU'; the UI translates it. */
    label: z.string().regex(/^catalog\.[a-z][A-Za-z0-9]*$/),
    category: z.enum(CATEGORIES),
    size: SizeSchema,
    footprint: FootprintSchema,
    mount: z.enum(MOUNTS),
    /** Height things stand at when placed on it (desk top), or null. */
    surfaceHeight: z.number().positive().nullable(),
    /** Rugs are walked on and lie under desks: they never collide. */
    collides: z.boolean(),
    /** Snapping near a wall turns the back to the wall and the front to the room. */
    backToWall: z.boolean(),
    /** A chair tucks under a desk: it may overlap desks and their pull-out zones. */
    tucksUnderDesk: z.boolean(),
    priceEur: z.number().nonnegative(),
    materials: z.record(z.string(), z.enum(MATERIAL_IDS)),
    resizable: z.boolean(),
    clearances: z.array(ClearanceSpecSchema),
    /** Default height above the floor of the base for wall mounts. */
    defaultElevation: z.number().nonnegative(),
    model: z.enum(DEVICE_MODELS).optional(),
  })
  .superRefine((k, ctx) => {
    if (k.category === 'device' && !k.model) {
      ctx.addIssue({ code: 'custom', message: 'a device kind needs a model', path: ['model'] });
    }
    if (k.surfaceHeight !== null && k.surfaceHeight > k.size.height + 1e-9) {
      ctx.addIssue({ code: 'custom', message: 'surface above the item', path: ['surfaceHeight'] });
    }
    const f = k.footprint;
    if ((f.shape === 'L' || f.shape === 'U') && f.arm >= Math.min(k.size.width, k.size.depth)) {
      ctx.addIssue({ code: 'custom', message: 'arm wider than the desk', path: ['footprint'] });
    }
    if (Object.keys(k.materials).length === 0) {
      ctx.addIssue({ code: 'custom', message: 'no materials', path: ['materials'] });
    }
  });

export type CatalogKind = z.infer<typeof CatalogKindSchema>;
export type CatalogKindInput = z.input<typeof CatalogKindSchema>;
