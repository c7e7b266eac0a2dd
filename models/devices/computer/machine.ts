import { assign, emit, setup } from 'xstate';
import { refused } from '../../events/refusal';
import type { DeviceInput, NetworkChanged, Timed } from '../common';
import type { AssetKind, ComputerCommand, Receive } from './commands';
import type { ComputerEmitted } from './events';
import { type ComputerParams, defaultComputerParams } from './params';

export interface ComputerAsset {
  assetId: string;
  kind: AssetKind;
  title: string;
  fromDeviceId: string;
  bytes: number;
  versions: number;
}

export interface ComputerContext {
  deviceId: string;
  rng: number;
  assets: Record<string, ComputerAsset>;
  /** Received assets never opened yet, oldest first. */
  inbox: string[];
  /** The editing session occupies the designer until CLOSE. */
  session: { assetId: string; startedAt: number } | null;
}

export type ComputerEvent = Timed<ComputerCommand> | Timed<Receive> | NetworkChanged;

const sessionOf = (c: ComputerContext) => {
  if (!c.session) throw new Error('computer: session expected');
  return c.session;
};

export function createComputerMachine(params: ComputerParams = defaultComputerParams) {
  return setup({
    types: {
      context: {} as ComputerContext,
      events: {} as ComputerEvent,
      input: {} as DeviceInput,
      emitted: {} as ComputerEmitted,
    },
    delays: { saveVersionDelay: params.saveVersionMs },
    guards: {
      knownAsset: ({ context, event }) => event.type === 'OPEN' && event.assetId in context.assets,
    },
    actions: {
      receive: assign(({ context, event }) => {
        if (event.type !== 'RECEIVE') return {};
        const prior = context.assets[event.assetId];
        const asset: ComputerAsset = {
          assetId: event.assetId,
          kind: event.kind,
          title: event.title,
          fromDeviceId: event.fromDeviceId,
          bytes: event.bytes,
          versions: prior?.versions ?? 0,
        };
        const inbox = context.inbox.includes(event.assetId)
          ? context.inbox
          : [...context.inbox, event.assetId];
        return { assets: { ...context.assets, [event.assetId]: asset }, inbox };
      }),
      emitReceived: emit(({ context, event }) => {
        const a = context.assets[event.type === 'RECEIVE' ? event.assetId : '']!;
        return {
          type: 'ComputerAssetReceived' as const,
          deviceId: context.deviceId,
          assetId: a.assetId,
          kind: a.kind,
          title: a.title,
          fromDeviceId: a.fromDeviceId,
          bytes: a.bytes,
          inboxLength: context.inbox.length,
        };
      }),
      refuseOpen: emit(({ context, event }) =>
        refused(context.deviceId, 'OPEN', 'computer.unknownAsset', {
          assetId: event.type === 'OPEN' ? event.assetId : '',
        }),
      ),
      startSession: assign(({ context, event }) => {
        const assetId = event.type === 'OPEN' ? event.assetId : '';
        return {
          session: { assetId, startedAt: event.at },
          inbox: context.inbox.filter((id) => id !== assetId),
        };
      }),
      emitStarted: emit(({ context }) => ({
        type: 'EditingSessionStarted' as const,
        deviceId: context.deviceId,
        assetId: sessionOf(context).assetId,
      })),
      addVersion: assign({
        assets: ({ context }) => {
          const a = context.assets[sessionOf(context).assetId]!;
          return { ...context.assets, [a.assetId]: { ...a, versions: a.versions + 1 } };
        },
      }),
      emitVersion: emit(({ context }) => {
        const id = sessionOf(context).assetId;
        return {
          type: 'AssetVersionSaved' as const,
          deviceId: context.deviceId,
          assetId: id,
          version: context.assets[id]?.versions ?? 0,
        };
      }),
      emitEnded: emit(({ context, event }) => {
        const s = sessionOf(context);
        return {
          type: 'EditingSessionEnded' as const,
          deviceId: context.deviceId,
          assetId: s.assetId,
          durationMs: Math.max(0, event.at - s.startedAt),
          versions: context.assets[s.assetId]?.versions ?? 0,
        };
      }),
      endSession: assign({ session: null }),
    },
  }).createMachine({
    id: 'computer',
    context: ({ input }) => ({
      deviceId: input.deviceId,
      rng: input.rng,
      assets: {},
      inbox: [],
      session: null,
    }),
    initial: 'idle',
    // Uploads land in the inbox whatever the designer is doing.
    on: { RECEIVE: { actions: ['receive', 'emitReceived'] } },
    states: {
      idle: {
        on: {
          OPEN: [
            { guard: 'knownAsset', target: 'editing', actions: ['startSession', 'emitStarted'] },
            { actions: 'refuseOpen' },
          ],
        },
      },
      editing: {
        initial: 'working',
        states: {
          working: {
            on: {
              SAVE_VERSION: 'saving',
              CLOSE: { target: '#computer.idle', actions: ['emitEnded', 'endSession'] },
            },
          },
          saving: {
            after: {
              saveVersionDelay: { target: 'working', actions: ['addVersion', 'emitVersion'] },
            },
          },
        },
      },
    },
  });
}

export type ComputerMachine = ReturnType<typeof createComputerMachine>;
