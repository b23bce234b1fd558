import { randomBytes } from "node:crypto";
import { and, eq, gt, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { sessions } from "@/db/schema";

/**
 * Sessions are rows in PostgreSQL. The Auth.js cookie is a signed JWT that
 * carries the row's id (`sid`), read by session-reader.ts; a session is valid only
 * while its row exists, so signing out, or changing the password, ends it at once
 * on every instance.
 */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function createSession(userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    sessionToken,
    userId,
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
  return sessionToken;
}

/** The condition for a session row that is still live: it exists and has not expired. */
export const isLiveSession = (sessionToken: string) =>
  and(eq(sessions.sessionToken, sessionToken), gt(sessions.expires, sql`now()`));

/** The session's user, if the session is still live. */
export async function activeSessionUser(sessionToken: string): Promise<string | null> {
  const [row] = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(isLiveSession(sessionToken));
  return row?.userId ?? null;
}

export async function endSession(sessionToken: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
}

/** Ends every session of the user but the one given (after a password change). */
export async function endOtherSessions(userId: string, keep: string | null): Promise<void> {
  await db
    .delete(sessions)
    .where(
      keep
        ? and(eq(sessions.userId, userId), ne(sessions.sessionToken, keep))
        : eq(sessions.userId, userId),
    );
}
