import type { DeviceSpec } from './commands';

/** A domain or input event as the log stores it (the core adds seq, id, v, source). */
export interface LoggedEvent {
  type: string;
  at: number;
  payload: unknown;
}

export interface OfficeConfig {
  seed: number;
  devices: DeviceSpec[];
}

export type Flat = { type: string } & Record<string, unknown>;

/*
 * The two copies below run for every command and every emitted event. They
 * are written as Object.assign and a loop, not as `{ ...command, at }` and
 * `{ type, ...payload }`: fed to XState, the spread copies made a device's
 * transitions about a third slower on Node 20's V8 and left more survivors
 * per scavenge (measured per transition; numbers in the note on issue 4).
 */

/** A command as its machine receives it: the command's fields plus the time it happens at. */
export function timed(command: { type: string }, at: number): Flat {
  return Object.assign({}, command, { at }) as Flat;
}

/** An emitted event's fields without its type: what the log stores as the payload. */
export function payloadOf(e: Flat): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const k in e) if (k !== 'type') payload[k] = e[k];
  return payload;
}
