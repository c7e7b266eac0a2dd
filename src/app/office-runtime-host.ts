import { OfficeRuntime } from '../sim/office-runtime';
import type { OfficeStore } from './office-store';

/** The office runtime of the store's current branch; device events go through store.edit. */
export function createOfficeRuntime(store: OfficeStore): OfficeRuntime {
  return new OfficeRuntime({
    events: () => store.workspace.current.log.all(),
    head: () => store.getSnapshot().head,
    append: (events) => {
      const r = store.edit(events);
      // A follower's edit comes back as null: the writer tab decides.
      return !r.ok ? 'refused' : r.value === null ? 'forwarded' : 'appended';
    },
  });
}
