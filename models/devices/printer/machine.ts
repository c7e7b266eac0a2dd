import { assign, emit, not, setup } from 'xstate';
import { type Refused, refused } from '../../events/refusal';
import { nextRandom } from '../../rng';
import type { DeviceInput, NetworkChanged, Timed } from '../common';
import type { PrinterCommand } from './commands';
import type { PrinterEmitted } from './events';
import {
  consumesPaper,
  defaultPrinterParams,
  hasPaperTray,
  type JobKind,
  type PrinterParams,
  takesToner,
} from './params';

export interface PrintJob {
  jobId: string;
  kind: JobKind;
  pages: number;
  title: string;
  assetId: string | null;
  done: number;
}

export interface PrinterContext {
  deviceId: string;
  rng: number;
  paper: number;
  tonerPages: number;
  jobSeq: number;
  /** Head is the job on the device; the rest wait in order. */
  queue: PrintJob[];
  /** Drawn as each page starts so the guard at its end stays pure. */
  jamNow: boolean;
}

export type PrinterEvent = Timed<PrinterCommand> | NetworkChanged;

const headOf = (c: PrinterContext): PrintJob => {
  const j = c.queue[0];
  if (!j) throw new Error('printer: job expected');
  return j;
};

export function createPrinterMachine(params: PrinterParams = defaultPrinterParams['all-in-one']) {
  const submitRefusal = (c: PrinterContext, e: PrinterEvent): Refused | null => {
    if (e.type !== 'SUBMIT') return null;
    if (!params.capabilities[e.kind]) {
      return refused(c.deviceId, 'SUBMIT', 'printer.unsupportedJob', { kind: e.kind });
    }
    if (e.pages < 1) return refused(c.deviceId, 'SUBMIT', 'printer.noPages');
    if (c.queue.length >= params.queueCapacity) {
      return refused(c.deviceId, 'SUBMIT', 'printer.queueFull', { capacity: params.queueCapacity });
    }
    return null;
  };
  /** Paper for a device with no tray, toner for one with no cartridge: refused, not a silent no-op. */
  const supplyRefusal = (c: PrinterContext, e: PrinterEvent): Refused | null => {
    if (e.type === 'LOAD_PAPER' && !hasPaperTray(params)) {
      return refused(c.deviceId, 'LOAD_PAPER', 'printer.noPaperTray');
    }
    if (e.type === 'REPLACE_TONER' && !takesToner(params)) {
      return refused(c.deviceId, 'REPLACE_TONER', 'printer.noToner');
    }
    return null;
  };
  const jobIds = (c: PrinterContext) => {
    const j = headOf(c);
    return { deviceId: c.deviceId, jobId: j.jobId, kind: j.kind };
  };

  return setup({
    types: {
      context: {} as PrinterContext,
      events: {} as PrinterEvent,
      input: {} as DeviceInput,
      emitted: {} as PrinterEmitted,
    },
    delays: {
      warmupDelay: params.warmupMs,
      pageDelay: ({ context }) => Math.ceil(60_000 / params.ppm[headOf(context).kind]),
    },
    guards: {
      submitRefused: ({ context, event }) => submitRefusal(context, event) !== null,
      supplyRefused: ({ context, event }) => supplyRefusal(context, event) !== null,
      jamNow: ({ context }) => context.jamNow,
      jamNotArmed: ({ context }) => !context.jamNow,
      outOfPaper: ({ context }) => consumesPaper(headOf(context).kind) && context.paper < 1,
      outOfToner: ({ context }) => consumesPaper(headOf(context).kind) && context.tonerPages < 1,
      lastPageOfLastJob: ({ context }) =>
        context.queue.length === 1 && headOf(context).done + 1 >= headOf(context).pages,
      lastPageOfJob: ({ context }) => headOf(context).done + 1 >= headOf(context).pages,
    },
    actions: {
      refuseSubmit: emit(({ context, event }) => submitRefusal(context, event)!),
      refuseSupply: emit(({ context, event }) => supplyRefusal(context, event)!),
      enqueue: assign(({ context, event }) => {
        if (event.type !== 'SUBMIT') return {};
        const jobSeq = context.jobSeq + 1;
        const job: PrintJob = {
          jobId: `${context.deviceId}-j${jobSeq}`,
          kind: event.kind,
          pages: event.pages,
          title: event.title,
          assetId: event.assetId,
          done: 0,
        };
        return { jobSeq, queue: [...context.queue, job] };
      }),
      emitQueued: emit(({ context }) => {
        const j = context.queue[context.queue.length - 1]!;
        return {
          type: 'PrintJobQueued' as const,
          deviceId: context.deviceId,
          jobId: j.jobId,
          kind: j.kind,
          pages: j.pages,
          assetId: j.assetId,
          queueLength: context.queue.length,
        };
      }),
      emitJobStarted: emit(({ context }) => ({
        type: 'PrintJobStarted' as const,
        ...jobIds(context),
      })),
      drawJam: assign(({ context }) => {
        const d = nextRandom(context.rng);
        return { rng: d.state, jamNow: d.value < params.jamProbabilityPerPage };
      }),
      forceJam: assign({ jamNow: true }),
      emitJammed: emit(({ context }) => ({
        type: 'PrinterJammed' as const,
        ...jobIds(context),
        page: headOf(context).done + 1,
      })),
      printPage: assign(({ context }) => {
        const j = headOf(context);
        const uses = consumesPaper(j.kind) ? 1 : 0;
        return {
          paper: context.paper - uses,
          tonerPages: context.tonerPages - uses,
          queue: [{ ...j, done: j.done + 1 }, ...context.queue.slice(1)],
        };
      }),
      emitCompleted: emit(({ context }) => {
        const j = headOf(context);
        return {
          type: 'PrintJobCompleted' as const,
          ...jobIds(context),
          pages: j.pages,
          title: j.title,
          assetId: j.assetId,
        };
      }),
      dropHead: assign({ queue: ({ context }) => context.queue.slice(1) }),
      emitJamCleared: emit(({ context }) => ({
        type: 'PrinterJamCleared' as const,
        deviceId: context.deviceId,
      })),
      emitPaperOut: emit(({ context }) => ({
        type: 'PrinterPaperOut' as const,
        deviceId: context.deviceId,
      })),
      emitTonerOut: emit(({ context }) => ({
        type: 'PrinterTonerOut' as const,
        deviceId: context.deviceId,
      })),
      loadPaper: assign({
        paper: ({ context, event }) =>
          event.type === 'LOAD_PAPER'
            ? Math.min(params.trayCapacity, context.paper + event.sheets)
            : context.paper,
      }),
      emitPaperLoaded: emit(({ context }) => ({
        type: 'PrinterPaperLoaded' as const,
        deviceId: context.deviceId,
        paper: context.paper,
      })),
      replaceToner: assign({ tonerPages: params.tonerPages }),
      emitTonerReplaced: emit(({ context }) => ({
        type: 'PrinterTonerReplaced' as const,
        deviceId: context.deviceId,
        tonerPages: context.tonerPages,
      })),
    },
  }).createMachine({
    id: 'printer',
    context: ({ input }) => ({
      deviceId: input.deviceId,
      rng: input.rng,
      paper: params.trayCapacity,
      tonerPages: params.tonerPages,
      jobSeq: 0,
      queue: [],
      jamNow: false,
    }),
    initial: 'idle',
    // Jobs queue, paper and toner can be added whatever the device is doing
    // (paper only with a tray, toner only with a cartridge).
    on: {
      SUBMIT: [
        { guard: 'submitRefused', actions: 'refuseSubmit' },
        { actions: ['enqueue', 'emitQueued'] },
      ],
      LOAD_PAPER: [
        { guard: 'supplyRefused', actions: 'refuseSupply' },
        { actions: ['loadPaper', 'emitPaperLoaded'] },
      ],
      REPLACE_TONER: [
        { guard: 'supplyRefused', actions: 'refuseSupply' },
        { actions: ['replaceToner', 'emitTonerReplaced'] },
      ],
    },
    states: {
      idle: {
        on: {
          SUBMIT: [
            { guard: 'submitRefused', actions: 'refuseSubmit' },
            { target: 'warming', actions: ['enqueue', 'emitQueued'] },
          ],
        },
      },
      warming: {
        after: { warmupDelay: { target: 'working', actions: 'emitJobStarted' } },
      },
      working: {
        entry: 'drawJam',
        // Once the page is set to jam, a second press changes nothing: refused, not logged as a no-op.
        on: { JAM: { guard: 'jamNotArmed', actions: 'forceJam' } },
        always: [
          { guard: 'outOfPaper', target: 'needsPaper', actions: 'emitPaperOut' },
          { guard: 'outOfToner', target: 'needsToner', actions: 'emitTonerOut' },
        ],
        after: {
          pageDelay: [
            { guard: 'jamNow', target: 'jammed', actions: 'emitJammed' },
            {
              guard: 'lastPageOfLastJob',
              target: 'idle',
              actions: ['printPage', 'emitCompleted', 'dropHead'],
            },
            {
              guard: 'lastPageOfJob',
              target: 'working',
              reenter: true,
              actions: ['printPage', 'emitCompleted', 'dropHead', 'emitJobStarted'],
            },
            { target: 'working', reenter: true, actions: 'printPage' },
          ],
        },
      },
      jammed: {
        on: { CLEAR_JAM: { target: 'working', actions: 'emitJamCleared' } },
      },
      // A refused supply falls through to the root, which says why.
      needsPaper: {
        on: {
          LOAD_PAPER: {
            guard: not('supplyRefused'),
            target: 'working',
            actions: ['loadPaper', 'emitPaperLoaded'],
          },
        },
      },
      needsToner: {
        on: {
          REPLACE_TONER: {
            guard: not('supplyRefused'),
            target: 'working',
            actions: ['replaceToner', 'emitTonerReplaced'],
          },
        },
      },
    },
  });
}

export type PrinterMachine = ReturnType<typeof createPrinterMachine>;
