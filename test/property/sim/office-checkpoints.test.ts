import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildFromLog } from '../../../models/office/rebuild';
import type { EventEnvelope } from '../../../src/core/envelope';
import { OfficeCheckpoints } from '../../../src/sim/office-checkpoints';
import { isDeviceEvent, officeSystemAt, officeViewAt } from '../../../src/sim/office-runtime';
import { live, script } from '../models/office-scripts';

/**
 * A branch log as the app holds it: a layout edit, an office run, more
 * layout, a second run (a restart, another seed), each run's events at log
 * time = office time + its start.
 */
function branchLog(
  seed: number,
  first: typeof script extends fc.Arbitrary<infer S> ? S : never,
  second: typeof first,
) {
  const events: EventEnvelope[] = [];
  const push = (type: string, at: number, payload: unknown) =>
    events.push({
      seq: events.length + 1,
      id: `e${events.length + 1}`,
      type,
      v: 1,
      at,
      source: 'sim',
      payload,
    } as EventEnvelope);
  push('SceneNamed', 0, { name: 'Before' });
  for (const e of live(seed, first).sys.journal) push(e.type, 1_000 + e.at, e.payload);
  const later = (events.at(-1)?.at ?? 0) + 5_000;
  push('SceneNamed', later, { name: 'Between' });
  for (const e of live(seed + 1, second).sys.journal) push(e.type, later + e.at, e.payload);
  return events;
}

/** What replay from the start gives (the way before checkpoints): the reference. */
function fromScratch(events: readonly EventEnvelope[], seq: number) {
  const end = Math.min(seq, events.length);
  let start = end - 1;
  while (start >= 0 && events[start]!.type !== 'OfficeSystemStarted') start--;
  if (start < 0) return null;
  const startAt = events[start]!.at;
  const own = events
    .slice(start, end)
    .filter((e) => isDeviceEvent(e.type))
    .map((e) => ({ type: e.type, at: e.at - startAt, payload: e.payload }));
  return rebuildFromLog(own);
}

const shown = (sys: { state(): unknown; journal: unknown } | null | undefined) =>
  sys ? JSON.stringify([sys.state(), sys.journal]) : null;

describe('office checkpoints (property)', () => {
  it('a seek from a checkpoint gives what a replay from the start gives, in any order of seeks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        script,
        script,
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        (seed, first, second, seeks) => {
          const events = branchLog(seed, first, second);
          // A checkpoint every 3 inputs, so short scripts cross many of them.
          const checkpoints = new OfficeCheckpoints(3);
          for (const s of seeks) {
            const seq = 1 + (s % events.length);
            const got = officeSystemAt(events, seq, checkpoints)?.sys;
            expect(shown(got)).toBe(shown(fromScratch(events, seq)));
            // The caller drives what it got on; the checkpoints must not feel it.
            got?.advanceTo(got.now + 3_600_000);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('views of one moment (the panel and the status lights) share one replay, equal to a replay from the start', () => {
    const events = branchLog(
      3,
      [
        { gap: 500, pick: 0 },
        { gap: 500, pick: 1 },
      ],
      [],
    );
    const checkpoints = new OfficeCheckpoints(2);
    // 'Between', a layout edit, follows run 1: the devices are as at run 1's last event.
    const between = events.findIndex((e) => e.type === 'SceneNamed' && e.seq > 1) + 1;
    const atLastDeviceEvent = officeViewAt(events, between - 1, checkpoints);
    expect(officeViewAt(events, between, checkpoints)).toBe(atLastDeviceEvent);
    expect(shown(atLastDeviceEvent)).toBe(shown(fromScratch(events, between - 1)));
    // Before any start there is nothing to show.
    expect(officeViewAt(events, 1, checkpoints)).toBeNull();
  });

  it('a log that grows in place keeps its checkpoints valid', () => {
    const all = branchLog(
      7,
      [],
      Array.from({ length: 30 }, (_, i) => ({ gap: 1_000, pick: i % 20 })),
    );
    const checkpoints = new OfficeCheckpoints(4);
    const grown: EventEnvelope[] = [];
    for (const e of all) {
      grown.push(e);
      const seq = grown.length;
      expect(shown(officeSystemAt(grown, seq, checkpoints)?.sys)).toBe(
        shown(fromScratch(grown, seq)),
      );
    }
  });
});
