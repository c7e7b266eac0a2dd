import { coreEventDefinitions } from '../core/events/core-definitions';
import { createRegistry } from '../core/registry';

/**
 * The app's one registry. The core's room and item events are there from
 * the start; the device and simulation events plug in with the models'
 * code (see ensureDeviceEvents), without touching the core.
 */
export const registry = createRegistry([...coreEventDefinitions]);

let devices: Promise<void> | null = null;

/** Loads and registers the device event types (idempotent). */
export function ensureDeviceEvents(): Promise<void> {
  devices ??= import('../../models/events').then((m) => {
    const missing = m.deviceEventDefinitions.filter((d) => !registry.get(d.type));
    registry.extend(missing);
  });
  return devices;
}
