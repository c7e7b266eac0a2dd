import { z } from 'zod';
import { amount, atMost, durationMs, paramOverrides, rate } from '../param-overrides';

/**
 * Handheld (wand) scanner parameters. Reference device: a wand scanner of
 * the VuPoint Magic Wand / Doxie Go class. Sheet sizes are ISO 216.
 */
export interface HandheldScannerParams {
  /** Width covered by one pass, mm (datasheet: 8.5 in ≈ 216 mm scan bar). */
  scanWidthMm: number;
  /** Overlap the designer aims for between passes, mm (assumption: "overlap by 3 cm" guidance). */
  plannedOverlapMm: number;
  /** Overlap below which stitching finds too few common features, mm (assumption). */
  minOverlapMm: number;
  /** Fastest pass the sensor keeps up with, mm/s (datasheet: A4 length in ≈ 2 s at 300 dpi). */
  maxSpeedMmS: number;
  /** Largest skew the stitcher corrects, degrees (assumption). */
  maxSkewDeg: number;
  /** Stitching time per pass, ms (assumption: on-device stitching ≈ 1 s per pass). */
  stitchMsPerPass: number;
  /** Format conversion time, ms per format (assumption: TIFF is a re-wrap, PDF compresses). */
  convertMs: Record<'pdf' | 'png' | 'tiff', number>;
  /** Output size per pass, kB per format (measurement: 300 dpi colour pass ≈ 6 MB TIFF). */
  kbPerPass: Record<'pdf' | 'png' | 'tiff', number>;
  /** Fixed upload cost, ms (assumption). */
  uploadBaseMs: number;
  /** Wi-Fi uplink, bytes/s (assumption: 10 Mbit/s). */
  uplinkBytesPerS: number;
}

export const defaultHandheldScannerParams: HandheldScannerParams = {
  scanWidthMm: 216,
  plannedOverlapMm: 30,
  minOverlapMm: 15,
  maxSpeedMmS: 150,
  maxSkewDeg: 5,
  stitchMsPerPass: 1_000,
  convertMs: { pdf: 1_500, png: 1_000, tiff: 600 },
  kbPerPass: { pdf: 900, png: 2_500, tiff: 6_000 },
  uploadBaseMs: 500,
  uplinkBytesPerS: 1_250_000,
};

const perFormat = <T extends z.ZodType<number>>(value: T) =>
  z.strictObject({ pdf: value, png: value, tiff: value });

/**
 * Overrides an `OfficeSystemStarted` or `DevicesJoined` may carry. The pass
 * count is (sheet width − planned overlap) / (bar width − planned overlap):
 * a bar of at least 1 cm whose passes overlap by at most half of it keeps
 * that count small (an A1 sheet in at most ~120 passes) and its divisor
 * positive. The plan must leave the overlap the stitcher needs.
 */
export const handheldScannerParamOverrides = paramOverrides<HandheldScannerParams>(
  {
    scanWidthMm: z.number().finite().min(10),
    plannedOverlapMm: amount,
    minOverlapMm: amount,
    maxSpeedMmS: rate,
    // The skew a PASS command can report (handheld-scanner/commands.ts).
    maxSkewDeg: z.number().min(0).max(90),
    stitchMsPerPass: durationMs,
    convertMs: perFormat(durationMs),
    kbPerPass: perFormat(amount),
    uploadBaseMs: durationMs,
    uplinkBytesPerS: rate,
  },
  defaultHandheldScannerParams,
  [atMost('plannedOverlapMm', 'scanWidthMm', 0.5), atMost('minOverlapMm', 'plannedOverlapMm')],
);

/** Sheet sizes, width × length in mm: passes run along the length. */
export const sheetSizes = {
  A4: { widthMm: 210, lengthMm: 297 },
  A3: { widthMm: 297, lengthMm: 420 },
  A2: { widthMm: 420, lengthMm: 594 },
  A1: { widthMm: 594, lengthMm: 841 },
  /** An open book page (assumption: a 17 × 24 cm design book). */
  book: { widthMm: 170, lengthMm: 240 },
} as const;
export type SheetSize = keyof typeof sheetSizes;

/** Passes needed to cover a sheet of this width with the planned overlap. */
export function passesNeeded(sheet: SheetSize, p: HandheldScannerParams): number {
  const { widthMm } = sheetSizes[sheet];
  if (widthMm <= p.scanWidthMm) return 1;
  return Math.ceil((widthMm - p.plannedOverlapMm) / (p.scanWidthMm - p.plannedOverlapMm));
}
