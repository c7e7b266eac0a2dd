import { z } from 'zod';

/** Every event a machine receives carries the simulation time it happens at. */
export type Timed<E> = E & { at: number };

/** Broadcast by the office system when the network goes down or comes back. */
export type NetworkChanged = { type: 'NETWORK_CHANGED'; online: boolean; at: number };

/** Input every device machine is created with. */
export interface DeviceInput {
  deviceId: string;
  /** Initial generator state; the office system derives it from seed and device id. */
  rng: number;
  online: boolean;
}

export const idString = z.string().min(1).max(64);
export const nonNegative = z.number().finite().min(0);
export const probability = z.number().min(0).max(1);

/** Transfer time of a payload over a link, in whole ms (assumption: no protocol overhead). */
export function transferMs(bytes: number, bytesPerSecond: number): number {
  return Math.ceil((bytes * 1000) / bytesPerSecond);
}
