import { assign, emit, setup } from 'xstate';
import { refused } from '../../events/refusal';
import { drawBetween, nextRandom } from '../../rng';
import { type DeviceInput, type NetworkChanged, type Timed, transferMs } from '../common';
import { networkGuards, setOnline } from '../network-aware';
import type { EBoardCommand } from './commands';
import type { EBoardEmitted } from './events';
import { defaultEBoardParams, type EBoardParams } from './params';

export interface EBoardPage {
  pageId: string;
  kind: 'note' | 'sketch';
  title: string;
  strokes: number;
}

export interface EBoardContext {
  deviceId: string;
  rng: number;
  online: boolean;
  batteryPct: number;
  storedPages: number;
  pageSeq: number;
  /** The page being written, between START_PAGE and saving. */
  page: EBoardPage | null;
  /** Saved pages not yet converted; the head is the one uploading. Survives offline spells. */
  queue: EBoardPage[];
  /** Upload attempt number of the queue head (1-based once uploading). */
  attempt: number;
  /** Drawn when an upload starts so the guard at its end stays pure. */
  uploadWillFail: boolean;
  confidence: number;
}

export type EBoardEvent = Timed<EBoardCommand> | NetworkChanged;

const head = (c: EBoardContext): EBoardPage => {
  const p = c.queue[0];
  if (!p) throw new Error('e-board: queue head expected');
  return p;
};

export function createEBoardMachine(params: EBoardParams = defaultEBoardParams) {
  const bytesOf = (p: EBoardPage) => p.strokes * params.bytesPerStroke;
  const backoffMs = (attempt: number) =>
    Math.min(params.backoffBaseMs * 2 ** Math.max(0, attempt - 1), params.backoffMaxMs);

  return setup({
    types: {
      context: {} as EBoardContext,
      events: {} as EBoardEvent,
      input: {} as DeviceInput,
      emitted: {} as EBoardEmitted,
    },
    delays: {
      saveDelay: params.saveMs,
      uploadDelay: ({ context }) =>
        params.uploadBaseMs + transferMs(bytesOf(head(context)), params.uplinkBytesPerS),
      backoffDelay: ({ context }) => backoffMs(context.attempt),
      convertDelay: ({ context }) =>
        params.convertBaseMs + params.convertMsPerStroke * head(context).strokes,
    },
    guards: {
      ...networkGuards,
      canStartPage: ({ context }) =>
        context.batteryPct >= params.minBatteryPct && context.storedPages < params.storagePages,
      pageHasStrokes: ({ context }) => (context.page?.strokes ?? 0) > 0,
      cameOnlineWithQueue: ({ context, event }) =>
        event.type === 'NETWORK_CHANGED' && event.online && context.queue.length > 0,
      uploadFails: ({ context }) => context.uploadWillFail,
      moreQueued: ({ context }) => context.queue.length > 1,
    },
    actions: {
      setOnline: setOnline<EBoardContext, EBoardEvent>(),
      refuseStart: emit(({ context }) =>
        context.batteryPct < params.minBatteryPct
          ? refused(context.deviceId, 'START_PAGE', 'eboard.batteryEmpty', {
              batteryPct: Math.round(context.batteryPct * 100) / 100,
            })
          : refused(context.deviceId, 'START_PAGE', 'eboard.storageFull', {
              capacity: params.storagePages,
            }),
      ),
      refuseEmptyPage: emit(({ context }) =>
        refused(context.deviceId, 'END_PAGE', 'eboard.emptyPage'),
      ),
      startPage: assign(({ context, event }) => {
        if (event.type !== 'START_PAGE') return {};
        const pageSeq = context.pageSeq + 1;
        const page = {
          pageId: `${context.deviceId}-p${pageSeq}`,
          kind: event.kind,
          title: event.title,
          strokes: 0,
        };
        return { pageSeq, page };
      }),
      emitStarted: emit(({ context }) => {
        const p = context.page!;
        return {
          type: 'EBoardCaptureStarted' as const,
          deviceId: context.deviceId,
          pageId: p.pageId,
          kind: p.kind,
          title: p.title,
        };
      }),
      addStrokes: assign(({ context, event }) => {
        if (event.type !== 'STROKE' || !context.page) return {};
        return {
          page: { ...context.page, strokes: context.page.strokes + event.count },
          batteryPct: Math.max(0, context.batteryPct - event.count * params.batteryPctPerStroke),
        };
      }),
      charge: assign({
        batteryPct: ({ context, event }) =>
          event.type === 'CHARGE' ? Math.max(context.batteryPct, event.toPct) : context.batteryPct,
      }),
      emitCharged: emit(({ context }) => ({
        type: 'EBoardCharged' as const,
        deviceId: context.deviceId,
        batteryPct: context.batteryPct,
      })),
      savePage: assign(({ context }) => ({
        queue: context.page ? [...context.queue, context.page] : context.queue,
        storedPages: context.storedPages + 1,
        page: null,
      })),
      emitCaptured: emit(({ context }) => {
        const p = context.queue[context.queue.length - 1]!;
        return {
          type: 'EBoardPageCaptured' as const,
          deviceId: context.deviceId,
          pageId: p.pageId,
          kind: p.kind,
          title: p.title,
          strokes: p.strokes,
          batteryPct: context.batteryPct,
        };
      }),
      emitQueued: emit(({ context }) => ({
        type: 'EBoardPageQueued' as const,
        deviceId: context.deviceId,
        pageId: context.queue[context.queue.length - 1]!.pageId,
        queueLength: context.queue.length,
      })),
      beginUpload: assign(({ context }) => {
        const d = nextRandom(context.rng);
        return {
          rng: d.state,
          attempt: context.attempt + 1,
          uploadWillFail: d.value < params.uploadFailureProbability,
          batteryPct: Math.max(0, context.batteryPct - params.batteryPctPerUpload),
        };
      }),
      emitUploadFailed: emit(({ context }) => ({
        type: 'EBoardUploadFailed' as const,
        deviceId: context.deviceId,
        pageId: head(context).pageId,
        attempt: context.attempt,
        retryInMs: backoffMs(context.attempt),
      })),
      emitUploaded: emit(({ context }) => ({
        type: 'EBoardPageUploaded' as const,
        deviceId: context.deviceId,
        pageId: head(context).pageId,
        attempt: context.attempt,
        bytes: bytesOf(head(context)),
      })),
      drawConfidence: assign(({ context }) => {
        const d = drawBetween(context.rng, params.confidenceMin, params.confidenceMax);
        return { rng: d.state, confidence: Math.round(d.value * 1000) / 1000 };
      }),
      emitConverted: emit(({ context }) => {
        const p = head(context);
        return {
          type: 'EBoardPageConverted' as const,
          deviceId: context.deviceId,
          pageId: p.pageId,
          kind: p.kind,
          title: p.title,
          output: p.kind === 'note' ? ('text' as const) : ('vector' as const),
          confidence: context.confidence,
          bytes: bytesOf(p),
        };
      }),
      dropHead: assign({ queue: ({ context }) => context.queue.slice(1), attempt: 0 }),
      emitSynced: emit(({ context }) => ({
        type: 'EBoardSynced' as const,
        deviceId: context.deviceId,
        storedPages: context.storedPages,
      })),
    },
  }).createMachine({
    id: 'eBoard',
    context: ({ input }) => ({
      deviceId: input.deviceId,
      rng: input.rng,
      online: input.online,
      batteryPct: 100,
      storedPages: 0,
      pageSeq: 0,
      page: null,
      queue: [],
      attempt: 0,
      uploadWillFail: false,
      confidence: 0,
    }),
    initial: 'idle',
    // Charging and network news are accepted in every state.
    on: {
      CHARGE: { actions: ['charge', 'emitCharged'] },
      NETWORK_CHANGED: { actions: 'setOnline' },
    },
    states: {
      idle: {
        on: {
          START_PAGE: [
            { guard: 'canStartPage', target: 'capturing', actions: ['startPage', 'emitStarted'] },
            { actions: 'refuseStart' },
          ],
          NETWORK_CHANGED: [
            { guard: 'cameOnlineWithQueue', target: 'uploading', actions: 'setOnline' },
            { actions: 'setOnline' },
          ],
        },
      },
      capturing: {
        on: {
          STROKE: { actions: 'addStrokes' },
          END_PAGE: [{ guard: 'pageHasStrokes', target: 'saving' }, { actions: 'refuseEmptyPage' }],
        },
      },
      saving: {
        after: {
          saveDelay: [
            { guard: 'isOnline', target: 'uploading', actions: ['savePage', 'emitCaptured'] },
            { target: 'idle', actions: ['savePage', 'emitCaptured', 'emitQueued'] },
          ],
        },
      },
      uploading: {
        entry: 'beginUpload',
        on: { NETWORK_CHANGED: { guard: 'wentOffline', target: 'idle', actions: 'setOnline' } },
        after: {
          uploadDelay: [
            { guard: 'uploadFails', target: 'retryWait', actions: 'emitUploadFailed' },
            { target: 'converting', actions: 'emitUploaded' },
          ],
        },
      },
      retryWait: {
        on: { NETWORK_CHANGED: { guard: 'wentOffline', target: 'idle', actions: 'setOnline' } },
        after: { backoffDelay: { target: 'uploading' } },
      },
      converting: {
        entry: 'drawConfidence',
        after: {
          convertDelay: [
            { guard: 'moreQueued', target: 'uploading', actions: ['emitConverted', 'dropHead'] },
            { target: 'synced', actions: ['emitConverted', 'dropHead', 'emitSynced'] },
          ],
        },
      },
      synced: {
        on: {
          START_PAGE: [
            { guard: 'canStartPage', target: 'capturing', actions: ['startPage', 'emitStarted'] },
            { actions: 'refuseStart' },
          ],
        },
      },
    },
  });
}

export type EBoardMachine = ReturnType<typeof createEBoardMachine>;
