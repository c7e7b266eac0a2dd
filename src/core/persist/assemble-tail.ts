import type { BranchInfo } from '../branch-info';
import type { EventEnvelope } from '../envelope';
import type { OfficeState } from '../office-state';
import { type Reason, reason } from '../reason';
import type { EventRegistry } from '../registry';
import { err, ok, type Result } from '../result';
import { acceptSnapshot } from '../state-schema';
import { type StoredLogError, storedLogError, undecodable } from '../stored-log-error';
import type { StoredHead } from './port';

export interface AssembledTail {
  info: BranchInfo;
  snapshot: { seq: number; state: OfficeState };
  /** Events snapshot.seq + 1 .. head. */
  tail: EventEnvelope[];
  /** The snapshot's carried events (see StoredSnapshot.carry). */
  carried: EventEnvelope[];
}

/**
 * Checks what `loadHead` read before a tail-only restore may use it: the
 * snapshot passes `acceptSnapshot`, carries events by the app's current
 * rule, the log reaches the snapshot's seq and runs on without a gap. Any
 * refusal means: restore in full instead (the snapshot is only a cache).
 */
export function assembleTail(
  head: StoredHead,
  registry: EventRegistry,
  carryRule: number,
): Result<AssembledTail, StoredLogError> {
  const info = head.infos.find((i) => i.id === head.branchId);
  if (!info) return err(storedLogError(null, null, reason('noBranch', { id: head.branchId })));
  const refuse = (why: Reason) => err(storedLogError(info.name, null, why));
  const last = head.events.at(-1)?.seq ?? 0;
  const state = acceptSnapshot(head.snapshot, last);
  if (!state) return refuse(reason('snapshotUnusable'));
  const carry = head.snapshot.carry;
  if (
    !carry ||
    carry.rule !== carryRule ||
    !Array.isArray(carry.events) ||
    !carry.events.every((e) => typeof e === 'object' && e !== null)
  )
    return refuse(reason('snapshotNoCarry'));
  const S = head.snapshot.seq;
  if (head.events[0]?.seq !== S) return refuse(reason('snapshotNotReached', { seq: S }));
  const events = upcast(head.events, registry, info.name, (i) => S + i);
  if (!events.ok) return events;
  for (const [i, e] of events.value.entries()) {
    if (e.seq !== S + i) return refuse(reason('seqGap', { expected: S + i, got: e.seq }));
  }
  const carried = upcast(carry.events as EventEnvelope[], registry, info.name, (i) => {
    const seq = (carry.events[i] as { seq?: unknown }).seq;
    return typeof seq === 'number' ? seq : 0;
  });
  if (!carried.ok) return carried;
  return ok({
    info,
    snapshot: { seq: S, state },
    tail: events.value.slice(1),
    carried: carried.value,
  });
}

/** Stored events were validated when appended: only older schema versions are decoded. */
function upcast(
  events: readonly EventEnvelope[],
  registry: EventRegistry,
  branch: string,
  seqOf: (index: number) => number,
): Result<EventEnvelope[], StoredLogError> {
  const out: EventEnvelope[] = [];
  for (const [i, e] of events.entries()) {
    if (e.v === registry.get(e.type)?.version) {
      out.push(e);
      continue;
    }
    const decoded = registry.decode(e, i);
    if (!decoded.ok) return err(undecodable(branch, seqOf(i), decoded.error));
    out.push(decoded.value);
  }
  return ok(out);
}
