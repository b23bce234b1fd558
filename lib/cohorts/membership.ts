import { and, eq, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { cohortMembers, cohorts } from "@/db/schema";
import { notFound } from "../errors";
import { assertCohortMember, requireActor, type Actor } from "../policy";
import { membershipIn } from "./cohorts";
import { emitEvent, personRef } from "../webhooks/events";
import { markInvitationJoined } from "./invitations";

/** What a new member shares with the cohort until they choose otherwise. */
/**
 * Makes `userId` a member of the cohort with the default sharing, and announces it to the
 * cohort's webhooks (`cohort.member_joined`) only when they were not a member already. Both ways
 * in (the invite code, a personal invitation) join through here, in the caller's transaction.
 */
export async function addMember(
  tx: Transaction,
  cohort: { id: string; slug: string; name: string },
  userId: string,
): Promise<void> {
  const joined = await tx
    .insert(cohortMembers)
    .values({ userId, cohortId: cohort.id, role: "member", ...DEFAULT_SHARING })
    .onConflictDoNothing()
    .returning({ userId: cohortMembers.userId });
  if (joined.length)
    await emitEvent(tx, {
      type: "cohort.member_joined",
      userId,
      cohortId: cohort.id,
      data: {
        cohort: { slug: cohort.slug, name: cohort.name },
        member: await personRef(tx, userId),
      },
    });
}

export const DEFAULT_SHARING = { shareProgress: true, shareHours: false, leaderboard: false };

/**
 * The cohort an invite code opens, for the join page: its name and description, which the
 * code itself grants to whoever holds it (signed out too: `role` is then null).
 */
export async function cohortForCode(actor: Actor | null, code: string) {
  // The link carries the code: no account is needed to see what it opens.
  const userId = actor?.userId ?? null;
  // From the join page's path: PostgreSQL refuses U+0000 in text (a 500), and no code has it.
  if (code.includes("\u0000")) throw notFound("Invite code");
  const [row] = await db
    .select({
      slug: cohorts.slug,
      name: cohorts.name,
      description: cohorts.description,
      role: cohortMembers.role,
    })
    .from(cohorts)
    .leftJoin(
      cohortMembers,
      and(
        eq(cohortMembers.cohortId, cohorts.id),
        userId ? eq(cohortMembers.userId, userId) : sql`false`,
      ),
    )
    .where(eq(cohorts.inviteCode, code.trim().toUpperCase()));
  if (!row) throw notFound("Invite code");
  return { ...row, sharing: DEFAULT_SHARING };
}

/**
 * Joins with a current invite code; joining again changes nothing. An invitation waiting for
 * the joiner's email (roster import) is marked joined.
 */
export async function joinCohort(actor: Actor | null, code: string) {
  const { userId } = requireActor(actor);
  const [cohort] = await db
    .select({ id: cohorts.id, slug: cohorts.slug, name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.inviteCode, code.trim().toUpperCase()));
  if (!cohort) throw notFound("Invite code");
  await db.transaction(async (tx) => {
    await addMember(tx, cohort, userId);
    await markInvitationJoined(tx, cohort.id, userId);
  });
  return { slug: cohort.slug, name: cohort.name };
}

export async function updateMembership(
  actor: Actor | null,
  slug: string,
  input: { shareProgress?: boolean; shareHours?: boolean; leaderboard?: boolean },
) {
  const { userId } = requireActor(actor);
  const { cohort, role } = await membershipIn(actor, slug);
  assertCohortMember(role);
  const where = and(eq(cohortMembers.cohortId, cohort!.id), eq(cohortMembers.userId, userId));
  const columns = {
    shareProgress: cohortMembers.shareProgress,
    shareHours: cohortMembers.shareHours,
    leaderboard: cohortMembers.leaderboard,
  };
  if (Object.keys(input).length === 0) {
    const [current] = await db.select(columns).from(cohortMembers).where(where);
    return current!;
  }
  const [row] = await db.update(cohortMembers).set(input).where(where).returning({
    shareProgress: cohortMembers.shareProgress,
    shareHours: cohortMembers.shareHours,
    leaderboard: cohortMembers.leaderboard,
  });
  return row!;
}
