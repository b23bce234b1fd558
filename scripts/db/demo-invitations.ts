import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { db as Db } from "@/db/client";
import { cohortInvitations } from "@/db/schema";
import { hashInvitationToken } from "@/lib/cohorts/invitations";

/**
 * The demo cohort's roster import: Ada was invited and joined; Lin has not joined yet, so the
 * organizer sees a personal link to copy (the demo sends no email). Re-runnable: an email
 * already invited keeps its invitation.
 */
export async function seedDemoInvitations(
  db: typeof Db,
  cohortId: string,
  ids: { organizer: string; learner: string },
) {
  const token = () => {
    const value = randomBytes(32).toString("base64url");
    return { token: value, tokenHash: hashInvitationToken(value) };
  };
  await db
    .insert(cohortInvitations)
    .values([
      {
        cohortId,
        email: "learner@epoch.dev",
        name: "Ada Learner",
        // Used: only its hash is kept.
        tokenHash: token().tokenHash,
        invitedBy: ids.organizer,
        invitedAt: sql`now() - interval '21 days'`,
        joinedUserId: ids.learner,
        joinedAt: sql`now() - interval '20 days'`,
      },
      {
        cohortId,
        email: "lin.park@example.com",
        name: "Lin Park",
        ...token(),
        invitedBy: ids.organizer,
        invitedAt: sql`now() - interval '2 days'`,
      },
    ])
    .onConflictDoNothing();
}
