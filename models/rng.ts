/**
 * Seeded pseudo-random numbers for the device models.
 *
 * mulberry32: one uint32 of state, so the generator state is a plain number
 * that sits in a machine's context and survives JSON round trips. Every draw
 * is a pure function of the state, which is what makes a replay of the same
 * inputs produce the same events byte for byte. Never use Math.random here.
 */
export type RngState = number;

/** FNV-1a over the salt, mixed with the seed: independent streams per device. */
export function seedRng(seed: number, salt = ''): RngState {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < salt.length; i++) {
    h ^= salt.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // One avalanche round so seeds 1 and 2 do not start on neighbouring states.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

export interface Draw {
  /** Uniform in [0, 1). */
  readonly value: number;
  readonly state: RngState;
}

export function nextRandom(state: RngState): Draw {
  const a = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: a };
}

/** Uniform in [min, max). */
export function drawBetween(state: RngState, min: number, max: number): Draw {
  const d = nextRandom(state);
  return { value: min + d.value * (max - min), state: d.state };
}

/** Mutable wrapper for callers outside machines (scenario generators, benches). */
export class Rng {
  constructor(public state: RngState) {}
  next(): number {
    const d = nextRandom(this.state);
    this.state = d.state;
    return d.value;
  }
  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Rng.pick on an empty list');
    return item;
  }
}
