import { LRUCache } from "lru-cache";
import { env } from "../env";

/**
 * Something computed for a learner, kept in this process while it is current: while their
 * data revision (profiles.data_revision, raised by bumpDataRevision in data-revision.ts with
 * every write their progress and dashboard depend on) and their day are the ones it was
 * computed for. Callers read the
 * revision from the database on every request, so a change through any instance is seen at
 * once. LEARNER_CACHE_SIZE learners (none when 0), the least recently used going first; made
 * on first use, since the environment is read only then.
 */
export function learnerCache<V extends object>() {
  type Entry = { dataRevision: number; today: string; value: V };
  let entries: LRUCache<string, Entry> | null | undefined;
  const store = () => {
    if (entries === undefined) {
      const max = env().LEARNER_CACHE_SIZE;
      entries = max > 0 ? new LRUCache<string, Entry>({ max }) : null;
    }
    return entries;
  };
  return {
    get(userId: string, dataRevision: number, today: string): V | undefined {
      const entry = store()?.get(userId);
      return entry && entry.dataRevision === dataRevision && entry.today === today
        ? entry.value
        : undefined;
    },
    set(userId: string, dataRevision: number, today: string, value: V): void {
      store()?.set(userId, { dataRevision, today, value });
    },
  };
}
