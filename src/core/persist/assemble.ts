import type { BranchInfo } from '../branch-info';
import type { EventEnvelope } from '../envelope';
import type { OfficeState } from '../office-state';
import type { EventRegistry } from '../registry';
import { describeEventError } from '../registry';
import { err, ok, type Result } from '../result';
import { acceptSnapshot } from '../state-schema';
import type { StoredBranch } from './port';

export interface AssembledBranch {
  info: BranchInfo;
  /** A stored snapshot that passed its checks (shape, fold version, seq). */
  snapshot?: { seq: number; state: OfficeState };
  /** The full log: the parent's prefix 1..forkSeq, then the branch's own events. */
  events: EventEnvelope[];
}

/**
 * Rebuilds each branch's full log from what is stored. Stored events were
 * validated when appended, so only events of an older schema version go
 * through decode (to be upcast); seq continuity is always checked.
 */
export function assembleBranches(
  stored: readonly StoredBranch[],
  registry: EventRegistry,
): Result<AssembledBranch[], string> {
  const byId = new Map(stored.map((b) => [b.info.id, b]));
  const done = new Map<string, AssembledBranch>();
  const visiting = new Set<string>();

  const build = (id: string): Result<AssembledBranch, string> => {
    const have = done.get(id);
    if (have) return ok(have);
    const b = byId.get(id);
    if (!b) return err(`branch '${id}' is missing`);
    if (visiting.has(id)) return err(`branch '${id}' descends from itself`);
    visiting.add(id);
    let prefix: EventEnvelope[] = [];
    if (b.info.parentId) {
      const parent = build(b.info.parentId);
      if (!parent.ok) return parent;
      if (parent.value.events.length < b.info.forkSeq) {
        return err(`branch '${b.info.name}' forks at ${b.info.forkSeq}, past its parent's end`);
      }
      prefix = parent.value.events.slice(0, b.info.forkSeq);
    }
    const events = prefix;
    for (const [i, raw] of b.events.entries()) {
      let e = raw;
      if (e.v !== registry.get(e.type)?.version) {
        const decoded = registry.decode(e, i);
        if (!decoded.ok)
          return err(`branch '${b.info.name}': ${describeEventError(decoded.error)}`);
        e = decoded.value;
      }
      if (e.seq !== events.length + 1) {
        return err(`branch '${b.info.name}': seq gap at ${events.length + 1} (found ${e.seq})`);
      }
      events.push(e);
    }
    const accepted = acceptSnapshot(b.snapshot, events.length);
    const out: AssembledBranch = accepted
      ? { info: b.info, events, snapshot: { seq: accepted.seq, state: accepted } }
      : { info: b.info, events };
    done.set(id, out);
    visiting.delete(id);
    return ok(out);
  };

  const result: AssembledBranch[] = [];
  for (const b of stored) {
    const r = build(b.info.id);
    if (!r.ok) return r;
    result.push(r.value);
  }
  return ok(result);
}
