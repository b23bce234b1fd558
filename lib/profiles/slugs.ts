import { eq } from "drizzle-orm";
import type { db } from "@/db/client";
import { profileSlugs, profiles } from "@/db/schema";

type Tx = Pick<typeof db, "select" | "insert" | "update" | "delete">;

/**
 * Sets (or clears) a learner's public profile address. The address is kept on the profile and,
 * for its uniqueness across learners, in `profile_slugs`, in the caller's transaction: on Citus
 * the distributed `profiles` cannot hold a key without the learner (docs/SCALING.md,
 * "Where each table lives, and why"). A taken address fails with PostgreSQL's unique
 * violation (23505).
 */
export async function setProfileSlug(tx: Tx, userId: string, slug: string | null): Promise<void> {
  await tx.delete(profileSlugs).where(eq(profileSlugs.userId, userId));
  if (slug !== null) await tx.insert(profileSlugs).values({ slug, userId });
  await tx.update(profiles).set({ slug }).where(eq(profiles.userId, userId));
}

/** The learner whose public address this is, if any: one primary-key read. */
export async function learnerOfSlug(tx: Tx, slug: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ userId: profileSlugs.userId })
    .from(profileSlugs)
    .where(eq(profileSlugs.slug, slug));
  return row?.userId;
}
