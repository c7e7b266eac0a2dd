import type { BranchInfo } from '../branch-info';
import type { EventEnvelope } from '../envelope';
import type { OfficeState } from '../office-state';
import { type Reason, reason } from '../reason';
import type { EventRegistry } from '../registry';
import { err, ok, type Result } from '../result';
import { acceptSnapshot } from '../state-schema';
import {
  type DamagedBranch,
  type StoredLogError,
  storedLogError,
  undecodable,
} from '../stored-log-error';
import type { StoredBranch } from './port';

export interface AssembledBranch {
  info: BranchInfo;
  /** A stored snapshot that passed its checks (shape, fold version, seq). */
  snapshot?: { seq: number; state: OfficeState };
  /** The full log: the parent's prefix 1..forkSeq, then the branch's own events. */
  events: EventEnvelope[];
}

export interface Assembled {
  branches: AssembledBranch[];
  /** In stored order. A fork of a damaged branch is damaged too: its prefix cannot be rebuilt. */
  damaged: DamagedBranch[];
}

/**
 * Rebuilds each branch's full log from what is stored. Stored events were
 * validated when appended, so only events of an older schema version go
 * through decode (to be upcast); seq continuity is always checked. Each
 * branch stands or falls on its own (and its ancestors'): one damaged
 * branch does not keep the others from opening. A refusal names the branch
 * (by name) and, where one event is at fault, its seq.
 */
export function assembleBranches(
  stored: readonly StoredBranch[],
  registry: EventRegistry,
): Assembled {
  const byId = new Map(stored.map((b) => [b.info.id, b]));
  const done = new Map<string, Result<AssembledBranch, StoredLogError>>();
  const visiting = new Set<string>();

  /** Whether following parents from `b` comes back to `b`. */
  const onCycle = (b: StoredBranch): boolean => {
    let id = b.info.parentId;
    for (let steps = 0; id && steps <= stored.length; steps++) {
      if (id === b.info.id) return true;
      id = byId.get(id)?.info.parentId ?? null;
    }
    return false;
  };

  const build = (b: StoredBranch): Result<AssembledBranch, StoredLogError> => {
    const have = done.get(b.info.id);
    if (have) return have;
    if (visiting.has(b.info.id)) return err(storedLogError(b.info.name, null, reason('forkCycle')));
    visiting.add(b.info.id);
    const r = buildOne(b);
    visiting.delete(b.info.id);
    done.set(b.info.id, r);
    return r;
  };

  const buildOne = (b: StoredBranch): Result<AssembledBranch, StoredLogError> => {
    const refuse = (why: Reason) => err(storedLogError(b.info.name, null, why));
    let prefix: EventEnvelope[] = [];
    if (b.info.parentId) {
      const stored = byId.get(b.info.parentId);
      if (!stored) return refuse(reason('parentMissing', { id: b.info.parentId }));
      const parent = build(stored);
      if (!parent.ok) {
        // Being on a fork cycle is this branch's own fault; any other damage, a
        // cycle further up included, is an ancestor's, named as such.
        return onCycle(b)
          ? refuse(reason('forkCycle'))
          : refuse(reason('parentDamaged', { name: stored.info.name }));
      }
      const length = parent.value.events.length;
      if (length < b.info.forkSeq) {
        return refuse(reason('forkPastEnd', { forkSeq: b.info.forkSeq, length }));
      }
      prefix = parent.value.events.slice(0, b.info.forkSeq);
    }
    const events = prefix;
    for (const [i, raw] of b.events.entries()) {
      let e = raw;
      if (e.v !== registry.get(e.type)?.version) {
        const decoded = registry.decode(e, i);
        if (!decoded.ok) return err(undecodable(b.info.name, events.length + 1, decoded.error));
        e = decoded.value;
      }
      if (e.seq !== events.length + 1) {
        return refuse(reason('seqGap', { expected: events.length + 1, got: e.seq }));
      }
      events.push(e);
    }
    const accepted = acceptSnapshot(b.snapshot, events.length);
    return ok(
      accepted
        ? { info: b.info, events, snapshot: { seq: accepted.seq, state: accepted } }
        : { info: b.info, events },
    );
  };

  const out: Assembled = { branches: [], damaged: [] };
  for (const b of stored) {
    const r = build(b);
    if (r.ok) out.branches.push(r.value);
    else out.damaged.push({ info: b.info, error: r.error });
  }
  return out;
}
