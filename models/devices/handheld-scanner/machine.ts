import { assign, emit, setup } from 'xstate';
import { refused } from '../../events/refusal';
import { type DeviceInput, type NetworkChanged, type Timed, transferMs } from '../common';
import { networkGuards, setOnline } from '../network-aware';
import type { HandheldScannerCommand } from './commands';
import type { HandheldScannerEmitted } from './events';
import {
  defaultHandheldScannerParams,
  type HandheldScannerParams,
  passesNeeded,
  type SheetSize,
  sheetSizes,
} from './params';

export interface ScanJob {
  scanId: string;
  name: string;
  sheet: SheetSize;
  format: 'pdf' | 'png' | 'tiff';
  passesNeeded: number;
  /** Overlap of each accepted pass with its left neighbour, by pass index (0-based); null = to scan. */
  overlaps: Array<number | null>;
  /** 1-based number of the pass being scanned. */
  current: number;
}

export interface HandheldScannerContext {
  deviceId: string;
  rng: number;
  online: boolean;
  scanSeq: number;
  job: ScanJob | null;
  /** The sweep in progress: decided by the designer's hand, judged when it ends. */
  sweep: { speedMmS: number; skewDeg: number; overlapMm: number } | null;
}

export type HandheldScannerEvent = Timed<HandheldScannerCommand> | NetworkChanged;

const jobOf = (c: HandheldScannerContext): ScanJob => {
  if (!c.job) throw new Error('scanner: job expected');
  return c.job;
};
const nextMissing = (overlaps: Array<number | null>) => overlaps.indexOf(null) + 1;

export function createHandheldScannerMachine(
  params: HandheldScannerParams = defaultHandheldScannerParams,
) {
  const bytesOf = (j: ScanJob) => params.kbPerPass[j.format] * 1000 * j.passesNeeded;
  /** First pass (1-based, ≥ 2) whose overlap is too small to stitch, or 0. */
  const badPass = (j: ScanJob) =>
    j.overlaps.findIndex((o, i) => i > 0 && (o ?? 0) < params.minOverlapMm) + 1;

  return setup({
    types: {
      context: {} as HandheldScannerContext,
      events: {} as HandheldScannerEvent,
      input: {} as DeviceInput,
      emitted: {} as HandheldScannerEmitted,
    },
    delays: {
      passDelay: ({ context }) =>
        Math.ceil(
          (sheetSizes[jobOf(context).sheet].lengthMm * 1000) / (context.sweep?.speedMmS ?? 1),
        ),
      stitchDelay: ({ context }) => params.stitchMsPerPass * jobOf(context).passesNeeded,
      convertDelay: ({ context }) => params.convertMs[jobOf(context).format],
      uploadDelay: ({ context }) =>
        params.uploadBaseMs + transferMs(bytesOf(jobOf(context)), params.uplinkBytesPerS),
    },
    guards: {
      ...networkGuards,
      knownSheet: ({ event }) => event.type === 'START_SHEET' && event.sheet in sheetSizes,
      tooFast: ({ context }) => (context.sweep?.speedMmS ?? 0) > params.maxSpeedMmS,
      skewed: ({ context }) => (context.sweep?.skewDeg ?? 0) > params.maxSkewDeg,
      lastMissingPass: ({ context }) =>
        jobOf(context).overlaps.filter((o) => o === null).length === 1,
      overlapTooSmall: ({ context }) => badPass(jobOf(context)) > 0,
    },
    actions: {
      setOnline: setOnline<HandheldScannerContext, HandheldScannerEvent>(),
      refuseSheet: emit(({ context, event }) =>
        refused(context.deviceId, 'START_SHEET', 'scanner.unknownSheet', {
          sheet: event.type === 'START_SHEET' ? String(event.sheet) : '',
        }),
      ),
      startSheet: assign(({ context, event }) => {
        if (event.type !== 'START_SHEET') return {};
        const scanSeq = context.scanSeq + 1;
        const n = passesNeeded(event.sheet, params);
        const job: ScanJob = {
          scanId: `${context.deviceId}-s${scanSeq}`,
          name: event.name,
          sheet: event.sheet,
          format: event.format,
          passesNeeded: n,
          overlaps: Array.from({ length: n }, () => null),
          current: 1,
        };
        return { scanSeq, job };
      }),
      emitStarted: emit(({ context }) => {
        const j = jobOf(context);
        return {
          type: 'ScanSheetStarted' as const,
          deviceId: context.deviceId,
          scanId: j.scanId,
          name: j.name,
          sheet: j.sheet,
          format: j.format,
          passesNeeded: j.passesNeeded,
        };
      }),
      beginSweep: assign({
        sweep: ({ event }) =>
          event.type === 'PASS'
            ? { speedMmS: event.speedMmS, skewDeg: event.skewDeg, overlapMm: event.overlapMm }
            : null,
      }),
      emitRejected: emit(({ context }) => ({
        type: 'ScanPassRejected' as const,
        deviceId: context.deviceId,
        scanId: jobOf(context).scanId,
        pass: jobOf(context).current,
        reason:
          (context.sweep?.speedMmS ?? 0) > params.maxSpeedMmS
            ? ('tooFast' as const)
            : ('skewed' as const),
      })),
      acceptPass: assign(({ context }) => {
        const j = jobOf(context);
        const overlaps = j.overlaps.slice();
        overlaps[j.current - 1] = j.current === 1 ? 0 : (context.sweep?.overlapMm ?? 0);
        const next = nextMissing(overlaps);
        return { job: { ...j, overlaps, current: next === 0 ? j.current : next } };
      }),
      emitAccepted: emit(({ context }) => {
        const j = jobOf(context);
        return {
          type: 'ScanPassAccepted' as const,
          deviceId: context.deviceId,
          scanId: j.scanId,
          pass: j.overlaps.filter((o) => o !== null).length,
          passesNeeded: j.passesNeeded,
        };
      }),
      /** Forget the pass that failed to stitch so the designer sweeps it again. */
      askRescan: assign(({ context }) => {
        const j = jobOf(context);
        const bad = badPass(j);
        const overlaps = j.overlaps.slice();
        overlaps[bad - 1] = null;
        return { job: { ...j, overlaps, current: bad } };
      }),
      emitStitchFailed: emit(({ context }) => {
        const j = jobOf(context);
        const bad = badPass(j);
        return {
          type: 'ScanStitchFailed' as const,
          deviceId: context.deviceId,
          scanId: j.scanId,
          pass: bad,
          overlapMm: j.overlaps[bad - 1] ?? 0,
        };
      }),
      emitStitched: emit(({ context }) => ({
        type: 'ScanStitched' as const,
        deviceId: context.deviceId,
        scanId: jobOf(context).scanId,
        passes: jobOf(context).passesNeeded,
      })),
      emitConverted: emit(({ context }) => ({
        type: 'ScanConverted' as const,
        deviceId: context.deviceId,
        scanId: jobOf(context).scanId,
        format: jobOf(context).format,
        bytes: bytesOf(jobOf(context)),
      })),
      emitUploaded: emit(({ context }) => {
        const j = jobOf(context);
        return {
          type: 'ScanUploaded' as const,
          deviceId: context.deviceId,
          scanId: j.scanId,
          name: j.name,
          sheet: j.sheet,
          format: j.format,
          bytes: bytesOf(j),
        };
      }),
      emitCancelled: emit(({ context }) => ({
        type: 'ScanCancelled' as const,
        deviceId: context.deviceId,
        scanId: jobOf(context).scanId,
      })),
      clearJob: assign({ job: null, sweep: null }),
    },
  }).createMachine({
    id: 'handheldScanner',
    context: ({ input }) => ({
      deviceId: input.deviceId,
      rng: input.rng,
      online: input.online,
      scanSeq: 0,
      job: null,
      sweep: null,
    }),
    initial: 'idle',
    on: { NETWORK_CHANGED: { actions: 'setOnline' } },
    states: {
      idle: {
        on: {
          START_SHEET: [
            { guard: 'knownSheet', target: 'scanning', actions: ['startSheet', 'emitStarted'] },
            { actions: 'refuseSheet' },
          ],
        },
      },
      scanning: {
        initial: 'awaitingPass',
        on: { CANCEL: { target: 'idle', actions: ['emitCancelled', 'clearJob'] } },
        states: {
          awaitingPass: { on: { PASS: { target: 'passing', actions: 'beginSweep' } } },
          passing: {
            after: {
              passDelay: [
                { guard: 'tooFast', target: 'awaitingPass', actions: 'emitRejected' },
                { guard: 'skewed', target: 'awaitingPass', actions: 'emitRejected' },
                {
                  guard: 'lastMissingPass',
                  target: '#handheldScanner.stitching',
                  actions: ['acceptPass', 'emitAccepted'],
                },
                { target: 'awaitingPass', actions: ['acceptPass', 'emitAccepted'] },
              ],
            },
          },
        },
      },
      stitching: {
        after: {
          stitchDelay: [
            {
              guard: 'overlapTooSmall',
              target: 'scanning',
              actions: ['emitStitchFailed', 'askRescan'],
            },
            { target: 'converting', actions: 'emitStitched' },
          ],
        },
      },
      converting: {
        after: {
          convertDelay: [
            { guard: 'isOnline', target: 'uploading', actions: 'emitConverted' },
            { target: 'waitingNetwork', actions: 'emitConverted' },
          ],
        },
      },
      waitingNetwork: {
        on: {
          NETWORK_CHANGED: { guard: 'cameOnline', target: 'uploading', actions: 'setOnline' },
        },
      },
      uploading: {
        on: {
          NETWORK_CHANGED: { guard: 'wentOffline', target: 'waitingNetwork', actions: 'setOnline' },
        },
        after: { uploadDelay: { target: 'idle', actions: ['emitUploaded', 'clearJob'] } },
      },
    },
  });
}

export type HandheldScannerMachine = ReturnType<typeof createHandheldScannerMachine>;
