import { assign, type EventObject } from 'xstate';
import type { NetworkChanged } from './common';

/** What a device that uploads keeps of the network: the office system broadcasts the changes. */
interface Online {
  online: boolean;
}

const isNetworkChange = (e: EventObject): e is NetworkChanged => e.type === 'NETWORK_CHANGED';

/**
 * Guards shared by every device that uploads (e-board, scanner, recorder):
 * spread into `setup({ guards })`. Typed on the smallest context and event
 * they read, so each machine's own `setup` types still check their use.
 */
export const networkGuards = {
  isOnline: ({ context }: { context: Online }) => context.online,
  cameOnline: ({ event }: { event: EventObject }) => isNetworkChange(event) && event.online,
  wentOffline: ({ event }: { event: EventObject }) => isNetworkChange(event) && !event.online,
};

/** The `setOnline` action of those devices: remembers the last broadcast. */
export function setOnline<C extends Online, E extends EventObject>() {
  return assign<C, E, undefined, E, never>(
    ({ context, event }) =>
      // A generic C cannot be built from a literal: the one key written is `online`.
      ({ online: isNetworkChange(event) ? event.online : context.online }) as Partial<C>,
  );
}
