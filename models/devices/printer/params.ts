import { z } from 'zod';
import {
  chance,
  count,
  durationMs,
  type ParamFields,
  paramOverrides,
  positiveCount,
  rate,
} from '../param-overrides';

/**
 * Printer family parameters: the all-in-one (多功能一体机) and the separate
 * single-function printer, copier and scanner of the essay's comparison.
 * Reference class: small mono laser MFPs (HP LaserJet M140w, Brother
 * DCP-L2550DW datasheets: 20–34 ppm, 250-sheet tray, first page ≈ 8 s).
 */
export type JobKind = 'print' | 'copy' | 'scan';
export type PrinterKind = 'all-in-one' | 'printer' | 'copier' | 'scanner';

export interface PrinterParams {
  /** Job kinds this device accepts. */
  capabilities: Record<JobKind, boolean>;
  /** Pages per minute by job kind (datasheet: 20 ppm print/copy; flatbed scan ≈ 6 s a page). */
  ppm: Record<JobKind, number>;
  /** Wake-up to first page, ms (datasheet: first page out ≈ 8 s from sleep). */
  warmupMs: number;
  /** Paper tray capacity, sheets (datasheet: 250-sheet tray). */
  trayCapacity: number;
  /** Pages per toner cartridge (datasheet: starter cartridge ≈ 1,000 pages at ISO 5% cover). */
  tonerPages: number;
  /** Chance a printed or copied page jams (assumption: 1 in 2,000 pages for a home laser). */
  jamProbabilityPerPage: number;
  /** Jobs the queue holds (assumption: driver spool limit for a home device). */
  queueCapacity: number;
}

const laser = { print: 20, copy: 20, scan: 10 };

export const defaultPrinterParams: Record<PrinterKind, PrinterParams> = {
  'all-in-one': {
    capabilities: { print: true, copy: true, scan: true },
    ppm: laser,
    warmupMs: 8_000,
    trayCapacity: 250,
    tonerPages: 1_000,
    jamProbabilityPerPage: 0.0005,
    queueCapacity: 20,
  },
  printer: {
    capabilities: { print: true, copy: false, scan: false },
    // Single-function lasers of the same class are a little faster (datasheet: 22 ppm).
    ppm: { ...laser, print: 22 },
    warmupMs: 7_000,
    trayCapacity: 250,
    tonerPages: 1_000,
    jamProbabilityPerPage: 0.0005,
    queueCapacity: 20,
  },
  copier: {
    capabilities: { print: false, copy: true, scan: false },
    ppm: laser,
    warmupMs: 10_000,
    trayCapacity: 250,
    tonerPages: 1_000,
    jamProbabilityPerPage: 0.0005,
    queueCapacity: 20,
  },
  scanner: {
    capabilities: { print: false, copy: false, scan: true },
    // The catalog's A3 flatbed (datasheet class: Epson DS-50000, ≈ 4 s an
    // A3 page at 200 dpi): 15 ppm.
    ppm: { ...laser, scan: 15 },
    warmupMs: 2_000,
    trayCapacity: 0,
    tonerPages: 0,
    // A sheet on the glass has no paper path to jam in (the draw is still
    // made, so the seeded sequence is the same as any other device's).
    jamProbabilityPerPage: 0,
    queueCapacity: 20,
  },
};

const perJob = <T extends z.ZodType>(value: T) =>
  z.strictObject({ print: value, copy: value, scan: value });

/**
 * A tray or cartridge of 0 is no tray or cartridge (the flatbed scanner); a
 * queue of 0 would refuse every job. A page takes 60,000 / ppm ms, so pages
 * per minute are above 0 even for a job kind the device does not take.
 */
const printerFields: ParamFields<PrinterParams> = {
  capabilities: perJob(z.boolean()),
  ppm: perJob(rate),
  warmupMs: durationMs,
  trayCapacity: count,
  tonerPages: count,
  jamProbabilityPerPage: chance,
  queueCapacity: positiveCount,
};

/**
 * Overrides an `OfficeSystemStarted` or `DevicesJoined` may carry, checked
 * against the defaults of the device's own kind, as it is built.
 */
export const printerParamOverrides: Record<PrinterKind, z.ZodType<Partial<PrinterParams>>> = {
  'all-in-one': paramOverrides(printerFields, defaultPrinterParams['all-in-one']),
  printer: paramOverrides(printerFields, defaultPrinterParams.printer),
  copier: paramOverrides(printerFields, defaultPrinterParams.copier),
  scanner: paramOverrides(printerFields, defaultPrinterParams.scanner),
};

/** A device with no paper tray (a flatbed scanner: trayCapacity 0) takes no paper. */
export const hasPaperTray = (p: PrinterParams): boolean => p.trayCapacity > 0;

/** A device with no cartridge (a flatbed scanner: tonerPages 0) takes no toner. */
export const takesToner = (p: PrinterParams): boolean => p.tonerPages > 0;

/** Copying and printing use paper and toner; scanning does not. */
export const consumesPaper = (kind: JobKind): boolean => kind !== 'scan';
