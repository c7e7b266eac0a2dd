import { coreEventDefinitionsFor } from '../core/events/core-definitions';
import { createRegistry } from '../core/registry';
import { builtinCatalog } from '../layout/catalog/catalog';

/**
 * The app's one registry. The core's room and item events are there from
 * the start, and place items of the built-in catalog's kinds only (an import
 * of another kind is refused); the device and simulation events plug in with
 * the models' code (see ensureDeviceEvents), without touching the core.
 */
export const registry = createRegistry([...coreEventDefinitionsFor(builtinCatalog)]);

let devices: Promise<void> | null = null;

/** Loads and registers the device event types (idempotent). */
export function ensureDeviceEvents(): Promise<void> {
  devices ??= import('../../models/events').then((m) => {
    const missing = m.deviceEventDefinitions.filter((d) => !registry.get(d.type));
    registry.extend(missing);
  });
  return devices;
}
