import type { BranchInfo } from '../branch-info';

/** Seqs from..to (inclusive) of a branch's log are stored under `branchId`. */
export interface Segment {
  branchId: string;
  from: number;
  to: number;
}

/**
 * Where the events `fromSeq`.. of a branch are stored: a fork stores only
 * its own events (seq > forkSeq), so the part at or below its fork lies in
 * its parent, and so on up. Returned oldest first; the last segment is open
 * ended (to = +Infinity). A missing or cyclic ancestor just ends the walk:
 * the seq check of the caller then refuses the gap.
 */
export function tailSegments(
  infos: readonly BranchInfo[],
  branchId: string,
  fromSeq: number,
): Segment[] {
  const byId = new Map(infos.map((i) => [i.id, i]));
  const out: Segment[] = [];
  let info = byId.get(branchId);
  let to = Number.POSITIVE_INFINITY;
  for (let hops = 0; info && hops <= infos.length; hops++) {
    const own = info.parentId ? info.forkSeq : 0;
    if (to > own) out.push({ branchId: info.id, from: Math.max(fromSeq, own + 1), to });
    if (fromSeq > own || !info.parentId) break;
    // A fork taken inside its parent's own inherited prefix reads nothing of
    // the parent: the grandparent's events end where this branch forked.
    to = Math.min(to, own);
    info = byId.get(info.parentId);
  }
  return out.reverse();
}
