import { assign, emit, setup } from 'xstate';
import { drawBetween, nextRandom } from '../../rng';
import { type NetworkChanged, transferMs } from '../common';
import type { NetworkEmitted } from './events';
import { defaultNetworkParams, type NetworkParams } from './params';

export interface ShareInput {
  deviceId: string;
  shareId: string;
  assetId: string;
  client: string;
  bytes: number;
  online: boolean;
  rng: number;
}

export interface ShareContext extends ShareInput {
  /** Drawn on entering each waiting state; the delay functions only read it. */
  waitMs: number;
  verdict: 'approved' | 'changesRequested';
}

/** One share of an asset with one client: sent, delivered, viewed, feedback received. */
export function createShareMachine(params: NetworkParams = defaultNetworkParams) {
  const ids = (c: ShareContext) => ({
    deviceId: c.deviceId,
    shareId: c.shareId,
    assetId: c.assetId,
    client: c.client,
  });
  return setup({
    types: {
      context: {} as ShareContext,
      events: {} as NetworkChanged,
      input: {} as ShareInput,
      emitted: {} as NetworkEmitted,
    },
    delays: {
      sendDelay: ({ context }) =>
        params.sendBaseMs + transferMs(context.bytes, params.uplinkBytesPerS),
      clientDelay: ({ context }) => context.waitMs,
    },
    guards: {
      isOnline: ({ context }) => context.online,
      cameOnline: ({ event }) => event.online,
      wentOffline: ({ event }) => !event.online,
    },
    actions: {
      setOnline: assign({ online: ({ event }) => event.online }),
      emitSent: emit(({ context }) => ({
        type: 'AssetShareSent' as const,
        ...ids(context),
        bytes: context.bytes,
        online: context.online,
      })),
      emitDelivered: emit(({ context }) => ({
        type: 'AssetShareDelivered' as const,
        ...ids(context),
      })),
      emitViewed: emit(({ context }) => ({ type: 'AssetShareViewed' as const, ...ids(context) })),
      emitFeedback: emit(({ context }) => ({
        type: 'ClientFeedbackReceived' as const,
        ...ids(context),
        verdict: context.verdict,
      })),
      drawViewWait: assign(({ context }) => {
        const d = drawBetween(context.rng, params.viewDelayMinMs, params.viewDelayMaxMs);
        return { rng: d.state, waitMs: Math.round(d.value) };
      }),
      drawFeedback: assign(({ context }) => {
        const w = drawBetween(context.rng, params.feedbackDelayMinMs, params.feedbackDelayMaxMs);
        const v = nextRandom(w.state);
        return {
          rng: v.state,
          waitMs: Math.round(w.value),
          verdict:
            v.value < params.approveProbability
              ? ('approved' as const)
              : ('changesRequested' as const),
        };
      }),
    },
  }).createMachine({
    id: 'share',
    context: ({ input }) => ({ ...input, waitMs: 0, verdict: 'approved' }),
    initial: 'created',
    states: {
      created: {
        entry: 'emitSent',
        always: [{ guard: 'isOnline', target: 'sending' }, { target: 'queued' }],
      },
      // Waiting for the connection to come back; the client has nothing yet.
      queued: {
        on: { NETWORK_CHANGED: { guard: 'cameOnline', target: 'sending', actions: 'setOnline' } },
      },
      sending: {
        on: { NETWORK_CHANGED: { guard: 'wentOffline', target: 'queued', actions: 'setOnline' } },
        after: { sendDelay: { target: 'delivered', actions: 'emitDelivered' } },
      },
      delivered: {
        entry: 'drawViewWait',
        after: { clientDelay: { target: 'viewed', actions: 'emitViewed' } },
      },
      viewed: {
        entry: 'drawFeedback',
        after: { clientDelay: { target: 'feedbackReceived', actions: 'emitFeedback' } },
      },
      feedbackReceived: { type: 'final' },
    },
  });
}

export type ShareMachine = ReturnType<typeof createShareMachine>;
