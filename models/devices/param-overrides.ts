import { z } from 'zod';

/**
 * One schema per parameter of `P`, typed against the params interface: a
 * parameter added to the interface and not here (or here and not there)
 * fails to compile. Nested records (e.g. `convertMs`) are whole values: the
 * override replaces the default's record, so every one of its keys is needed.
 */
export type ParamFields<P> = { [K in keyof P]-?: z.ZodType<P[K]> };

/** A rule between parameters, judged on the merged set: defaults plus overrides. */
export type ParamRule<P> = (merged: P, over: Partial<P>, ctx: z.RefinementCtx) => void;

/**
 * The overrides a log may carry for one device kind: a strict object (an
 * unknown key, such as a misspelt one, is refused rather than ignored),
 * every key optional, each value in its range. Rules between fields are
 * checked on the parameters the device would run with, since an override of
 * one field can break its relation to a default of another.
 */
export function paramOverrides<P extends object>(
  fields: ParamFields<P>,
  defaults: P,
  rules: readonly ParamRule<P>[] = [],
): z.ZodType<Partial<P>> {
  const shape = z.strictObject(fields as z.ZodRawShape).partial();
  const checked =
    rules.length === 0
      ? shape
      : shape.superRefine((over, ctx) => {
          const merged = { ...defaults, ...over } as P;
          for (const rule of rules) rule(merged, over as Partial<P>, ctx);
        });
  // The shape's keys are P's and each value is P[K] (ParamFields), so its output is Partial<P>.
  return checked as unknown as z.ZodType<Partial<P>>;
}

type NumberKey<P> = { [K in keyof P]: P[K] extends number ? K : never }[keyof P] & string;

/**
 * `low ≤ high × factor` on the merged parameters. Refused at the field the
 * override set (`low` when both or neither are), as too big or too small
 * with the limit the other field sets, so the message says what would do.
 */
export function atMost<P>(low: NumberKey<P>, high: NumberKey<P>, factor = 1): ParamRule<P> {
  return (merged, over, ctx) => {
    const lo = merged[low] as number;
    const hi = merged[high] as number;
    if (!(typeof lo === 'number' && typeof hi === 'number') || lo <= hi * factor) return;
    if (low in over || !(high in over)) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: hi * factor,
        inclusive: true,
        path: [low],
        input: lo,
      });
    } else {
      ctx.addIssue({
        code: 'too_small',
        origin: 'number',
        minimum: lo / factor,
        inclusive: true,
        path: [high],
        input: hi,
      });
    }
  };
}

/**
 * Value ranges shared by the device kinds. Durations are whole ms: the
 * models round what they compute (transfer times up, a client's wait to the
 * nearest ms), so the simulated clock and the log's times stay whole, and a
 * replay subtracts and adds them exactly.
 */
export const durationMs = z.int().min(0);
/** A rate divides a size (bytes/s, pages/min, mm/s): 0 would make a transfer take forever. */
export const rate = z.number().finite().positive();
/** A size, factor or cost that may be 0 but not negative. */
export const amount = z.number().finite().min(0);
/** A chance, compared with a uniform draw in [0, 1). */
export const chance = z.number().min(0).max(1);
export const percent = z.number().min(0).max(100);
/** A capacity or divisor where 0 would make the device refuse everything or divide by zero. */
export const positiveCount = z.int().min(1);
export const count = z.int().min(0);
