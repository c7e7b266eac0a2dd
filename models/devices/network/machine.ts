import { emit, setup } from 'xstate';
import type { DeviceInput, NetworkChanged, Timed } from '../common';
import type { NetworkCommand } from './commands';
import type { NetworkEmitted } from './events';

export interface NetworkContext {
  deviceId: string;
  rng: number;
}

export type NetworkEvent = Timed<NetworkCommand> | NetworkChanged;

/**
 * The home connection. Shares are separate actors (share.machine.ts) that
 * the office system spawns, one per share, and tells about outages.
 */
export function createNetworkMachine() {
  return setup({
    types: {
      context: {} as NetworkContext,
      events: {} as NetworkEvent,
      input: {} as DeviceInput,
      emitted: {} as NetworkEmitted,
    },
    actions: {
      emitOffline: emit(({ context }) => ({
        type: 'NetworkWentOffline' as const,
        deviceId: context.deviceId,
      })),
      emitOnline: emit(({ context }) => ({
        type: 'NetworkCameOnline' as const,
        deviceId: context.deviceId,
      })),
    },
  }).createMachine({
    id: 'network',
    context: ({ input }) => ({ deviceId: input.deviceId, rng: input.rng }),
    initial: 'online',
    states: {
      online: { on: { GO_OFFLINE: { target: 'offline', actions: 'emitOffline' } } },
      offline: { on: { GO_ONLINE: { target: 'online', actions: 'emitOnline' } } },
    },
  });
}

export type NetworkMachine = ReturnType<typeof createNetworkMachine>;
