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
