import { z } from 'zod';
import {
  amount,
  atMost,
  chance,
  durationMs,
  paramOverrides,
  percent,
  positiveCount,
  rate,
} from '../param-overrides';

/**
 * E-board (电子板) parameters. Reference device: an e-ink writing tablet of
 * the reMarkable 2 / Boox Note class. Values marked "assumption" are stated
 * guesses for a home office, to be replaced by measurements.
 */
export interface EBoardParams {
  /** Battery drain per stroke, % (derived: datasheet "up to 2 weeks", ≈50k strokes per charge). */
  batteryPctPerStroke: number;
  /** Battery drain per upload attempt, % (assumption: Wi-Fi burst ≈ 1/2000 of a charge). */
  batteryPctPerUpload: number;
  /** Below this level the board refuses to start a page (assumption: keeps power to save). */
  minBatteryPct: number;
  /** Pages kept on the device (datasheet: 8 GB ≈ 100,000 pages). */
  storagePages: number;
  /** Time to write a finished page to flash, ms (assumption: e-ink tablets save in < 0.5 s). */
  saveMs: number;
  /** Fixed upload cost (TLS handshake, API call), ms (assumption). */
  uploadBaseMs: number;
  /** Vector data per stroke, bytes (measurement of exported SVG pages ≈ 200 B/stroke). */
  bytesPerStroke: number;
  /** Home Wi-Fi uplink, bytes/s (assumption: 10 Mbit/s). */
  uplinkBytesPerS: number;
  /** Chance an upload attempt fails (assumption: transient home Wi-Fi faults, 5%). */
  uploadFailureProbability: number;
  /** First retry delay; doubles per attempt (common exponential backoff). */
  backoffBaseMs: number;
  /** Retry delay ceiling (assumption: one minute). */
  backoffMaxMs: number;
  /** Handwriting/sketch recognition fixed cost, ms (assumption: cloud HWR 1–3 s a page). */
  convertBaseMs: number;
  /** Recognition cost per stroke, ms (assumption). */
  convertMsPerStroke: number;
  /** Recognition confidence range (assumption: published HWR accuracy 80–99%). */
  confidenceMin: number;
  confidenceMax: number;
}

export const defaultEBoardParams: EBoardParams = {
  batteryPctPerStroke: 0.002,
  batteryPctPerUpload: 0.05,
  minBatteryPct: 2,
  storagePages: 100_000,
  saveMs: 400,
  uploadBaseMs: 800,
  bytesPerStroke: 200,
  uplinkBytesPerS: 1_250_000,
  uploadFailureProbability: 0.05,
  backoffBaseMs: 2_000,
  backoffMaxMs: 60_000,
  convertBaseMs: 1_500,
  convertMsPerStroke: 5,
  confidenceMin: 0.8,
  confidenceMax: 0.99,
};

/**
 * Overrides an `OfficeSystemStarted` or `DevicesJoined` may carry. An upload
 * that always fails would retry forever (a link that is down is the network
 * going offline, modelled by NETWORK_CHANGED), so its chance stays below 1.
 */
export const eboardParamOverrides = paramOverrides<EBoardParams>(
  {
    batteryPctPerStroke: percent,
    batteryPctPerUpload: percent,
    minBatteryPct: percent,
    storagePages: positiveCount,
    saveMs: durationMs,
    uploadBaseMs: durationMs,
    bytesPerStroke: amount,
    uplinkBytesPerS: rate,
    uploadFailureProbability: z.number().min(0).lt(1),
    backoffBaseMs: durationMs,
    backoffMaxMs: durationMs,
    convertBaseMs: durationMs,
    convertMsPerStroke: durationMs,
    confidenceMin: chance,
    confidenceMax: chance,
  },
  defaultEBoardParams,
  [atMost('confidenceMin', 'confidenceMax'), atMost('backoffBaseMs', 'backoffMaxMs')],
);
