import { randomBytes } from "node:crypto";
import { and, eq, gt, ne, sql } from "drizzle-orm";
import { decode } from "next-auth/jwt";
import { db } from "@/db/client";
import { sessions } from "@/db/schema";
import { env } from "../env";
import { isDatabaseUnavailable } from "../errors";
import { SESSION_COOKIE_NAMES } from "./session-cookies.mjs";

/**
 * Sessions are rows in PostgreSQL. The Auth.js cookie is a signed JWT that
 * carries the row's id (`sid`); a session is valid only while its row exists,
 * so signing out, or changing the password, ends it at once on every instance.
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

function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined; // not valid percent-encoding: no usable cookie
      }
    }
  }
  return undefined;
}

/**
 * Decoded session cookies, by cookie: decrypting one (HKDF, AES, HMAC) costs more
 * than a page's own reads, and a browser sends the same cookie with every request.
 * Only the claims of cookies that decoded are kept, until they expire; the session
 * row is still read on every request, so signing out ends a session at once.
 */
const decodedCookies = new Map<string, { sid: string; sub: string; expiresAt: number }>();
const DECODED_COOKIES_KEPT = 10_000;

/** The session (`sid`) and user (`sub`) a request's session cookie names, if it decodes. */
export async function sessionClaims(
  cookieHeader: string | null,
): Promise<{ sid: string; sub: string } | null> {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  for (const name of SESSION_COOKIE_NAMES) {
    const value = readCookie(cookieHeader, name);
    if (!value) continue;
    const key = `${name}=${value}`;
    const known = decodedCookies.get(key);
    if (known && known.expiresAt > Date.now()) return { sid: known.sid, sub: known.sub };
    let token: { sid?: unknown; sub?: unknown; exp?: unknown } | null;
    try {
      token = await decode({ token: value, secret, salt: name });
    } catch {
      return null; // forged, expired or signed with another secret
    }
    const sid = typeof token?.sid === "string" ? token.sid : null;
    const sub = typeof token?.sub === "string" ? token.sub : null;
    if (!sid || !sub) return null;
    if (typeof token?.exp === "number") {
      if (decodedCookies.size >= DECODED_COOKIES_KEPT) {
        decodedCookies.delete(decodedCookies.keys().next().value!); // the oldest
      }
      decodedCookies.set(key, { sid, sub, expiresAt: token.exp * 1000 });
    }
    return { sid, sub };
  }
  return null;
}

/** Reads the Auth.js session cookie of a request: the user and session it names, if live. */
export async function sessionFromCookies(
  cookieHeader: string | null,
): Promise<{ userId: string; sessionToken: string } | null> {
  const claims = await sessionClaims(cookieHeader);
  if (!claims) return null;
  try {
    const userId = await activeSessionUser(claims.sid);
    return userId !== null && userId === claims.sub ? { userId, sessionToken: claims.sid } : null;
  } catch (error) {
    // The database being down is a 503, not a sign-out.
    if (isDatabaseUnavailable(error)) throw error;
    return null;
  }
}
