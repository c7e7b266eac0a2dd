import type { EventEnvelope } from '../core/envelope';

/**
 * Seq of the first OfficeSystemStarted in a log, or 0. Logs only grow, so
 * the scan resumes where it stopped: asking again after each append costs
 * the new events only. Keyed by the events array a complete BranchLog
 * returns from all(); a log that replaces its array starts a new scan.
 */
const scans = new WeakMap<readonly EventEnvelope[], { scanned: number; first: number }>();

export function firstOfficeStart(events: readonly EventEnvelope[]): number {
  let s = scans.get(events);
  if (!s) {
    s = { scanned: 0, first: 0 };
    scans.set(events, s);
  }
  for (let i = s.scanned; s.first === 0 && i < events.length; i++) {
    if (events[i]!.type === 'OfficeSystemStarted') s.first = events[i]!.seq;
  }
  s.scanned = events.length;
  return s.first;
}
