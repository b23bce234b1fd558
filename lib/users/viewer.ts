import { eq } from "drizzle-orm";
import { genericPlanDb } from "@/db/client";
import { databaseEnv } from "@/db/env";
import { profiles, sessions, users } from "@/db/schema";
import { isLiveSession } from "../auth/sessions";
import { isDatabaseUnavailable } from "../errors";
import { unreadCountOf } from "../notifications/notifications";
import { meColumns } from "./accounts";
import type { Me } from "./schemas";

/**
 * Who is signed in on a page: the account and the bell's count, with the session;
 * and the revision of their own data (profiles.data_revision), which tells whether
 * a dashboard computed earlier is still current.
 */
export type Viewer = { sessionToken: string; me: Me; unread: number; dataRevision: number };

/**
 * The session's account and unread count in one statement: every signed-in page
 * needs all three, and each round trip to PostgreSQL costs the server more than
 * the rows do. Only the session's own account is read, so no policy rule applies
 * yet; null when the session has ended or names another user.
 */
export async function readViewer(sessionToken: string, userId: string): Promise<Viewer | null> {
  try {
    if (databaseEnv().DATABASE_CITUS) return await readViewerInSteps(sessionToken, userId);
    // Every signed-in page runs it: one plan, made once per connection (db/client.ts).
    const [row] = await genericPlanDb
      .select({
        ...meColumns,
        unread: unreadCountOf(users.id),
        dataRevision: profiles.dataRevision,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(profiles, eq(profiles.userId, users.id))
      .where(isLiveSession(sessionToken));
    if (!row || row.id !== userId) return null;
    const { unread, dataRevision, ...me } = row;
    return { sessionToken, me, unread, dataRevision };
  } catch (error) {
    // The database being down is a 503, not a sign-out.
    if (isDatabaseUnavailable(error)) throw error;
    return null;
  }
}

/**
 * On Citus, two statements: the session lives on the coordinator (a local table), the profile
 * and notifications on the learner's shard, and Citus joins neither with the other. The second
 * names the learner, so it runs on that shard alone (docs/SCALING.md).
 */
async function readViewerInSteps(sessionToken: string, userId: string): Promise<Viewer | null> {
  const [session] = await genericPlanDb
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(isLiveSession(sessionToken));
  if (!session || session.userId !== userId) return null;
  const [row] = await genericPlanDb
    .select({
      ...meColumns,
      unread: unreadCountOf(userId),
      dataRevision: profiles.dataRevision,
    })
    .from(profiles)
    .innerJoin(users, eq(users.id, profiles.userId))
    .where(eq(profiles.userId, userId));
  if (!row) return null;
  const { unread, dataRevision, ...me } = row;
  return { sessionToken, me, unread, dataRevision };
}
