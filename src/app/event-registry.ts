import { coreEventDefinitions } from '../core/events/core-definitions';
import { createRegistry } from '../core/registry';

/**
 * The app's one registry: the core's room and item events plus the device
 * and simulation events, which plug in here without touching the core.
 */
export const registry = createRegistry([...coreEventDefinitions]);
