import { sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { profiles } from "@/db/schema";
import { uuidArray } from "../sql";

/**
 * Raises the data revision (profiles.data_revision) of each learner given, in one statement.
 * Every write to what a learner's dashboard and progress are computed from calls it in the
 * write's own transaction: their profile row, activities, skill ratings, certifications,
 * projects, papers, events, milestone attestations, and the milestone and record
 * verifications of a coach. The caches kept per process (learner-cache.ts) compare this number
 * to know they are current, so a write that does not call it is missing from dashboards until
 * the learner's day changes. Application code, not a trigger: Citus refuses triggers on
 * distributed tables. lib/dashboard/data-revision.test.ts goes through every write path.
 *
 * Ids are deduplicated (a learner goes up by one per call, whatever the rows written); an empty
 * list writes nothing.
 */
export async function bumpDataRevision(
  tx: Database | Transaction,
  userIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(userIds)].sort();
  if (ids.length === 0) return;
  await tx
    .update(profiles)
    .set({ dataRevision: sql`${profiles.dataRevision} + 1` })
    .where(sql`${profiles.userId} = any(${uuidArray(ids)})`);
}
