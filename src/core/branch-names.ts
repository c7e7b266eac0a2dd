import type { BranchInfo } from './branch-info';

/**
 * A branch name no other branch has: the name itself, or it followed by
 * " (2)", " (3)", … A picker that lists names is no use when two read the
 * same, so an imported or forked branch never repeats one.
 */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!names.has(candidate)) return candidate;
  }
}

/** What `freeName` reads of a workspace: its branches, and the ones set aside at load. */
export interface NamedBranches {
  list(): readonly BranchInfo[];
  readonly setAsideBranches: readonly { info: BranchInfo }[];
}

/** `name`, or a numbered variant no branch of `ws` has (set-aside ones count too). */
export function freeName(ws: NamedBranches, name: string, exceptId?: string): string {
  const taken = [...ws.list(), ...ws.setAsideBranches.map((d) => d.info)]
    .filter((i) => i.id !== exceptId)
    .map((i) => i.name);
  return uniqueName(name, taken);
}
