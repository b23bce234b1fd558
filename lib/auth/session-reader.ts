import "server-only";
import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";
import type { NextRequest } from "next/server";
import { env } from "../env";
import { isDatabaseUnavailable } from "../errors";
import { SESSION_COOKIE_NAMES } from "./session-cookies.mjs";
import { activeSessionUser } from "./sessions";

/**
 * The one reader of the session cookie: pages, server actions and the API all learn here who
 * is signed in. Not Auth.js's `auth()`: it takes a database error for "signed out" and clears
 * the cookie, where Epoch answers 503 and keeps the visitor signed in (docs/DECISIONS.md).
 */

/** What the cookie names: the session row (`sid`) and its user (`sub`). */
export type SessionClaims = { sid: string; sub: string };
/** A session whose row is live. */
export type Session = { userId: string; sessionToken: string };

/** Next.js's parsed, percent-decoded cookies, from `cookies()` or a request. */
type CookieJar = Pick<RequestCookies, "get">;

/**
 * Decoded session cookies, by cookie: decrypting one (HKDF, AES, HMAC) costs more than a page's
 * own reads, and a browser sends the same cookie with every request. Only the claims of cookies
 * that decoded are kept, until the cookie expires, the least recently used going first past
 * 10,000. Nothing here says a session is live: its row is read on every request, so signing
 * out, a password change or ending a session elsewhere ends it at once, with nothing to evict.
 */
const decodedCookies = new LRUCache<string, SessionClaims>({
  max: 10_000,
  // A cookie's expiry is a wall-clock time: age entries by the same clock.
  perf: { now: () => Date.now() },
  ttlResolution: 0,
});

async function claimsIn(jar: CookieJar): Promise<SessionClaims | null> {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  for (const name of SESSION_COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const key = `${name}=${value}`;
    const known = decodedCookies.get(key);
    if (known) return { ...known };
    let token: { sid?: unknown; sub?: unknown; exp?: unknown } | null;
    try {
      token = await decode({ token: value, secret, salt: name });
    } catch {
      return null; // forged, expired or signed with another secret
    }
    const sid = typeof token?.sid === "string" ? token.sid : null;
    const sub = typeof token?.sub === "string" ? token.sub : null;
    if (!sid || !sub) return null;
    const ttl = typeof token?.exp === "number" ? Math.floor(token.exp * 1000 - Date.now()) : 0;
    if (ttl > 0) decodedCookies.set(key, { sid, sub }, { ttl });
    return { sid, sub };
  }
  return null;
}

async function sessionIn(jar: CookieJar): Promise<Session | null> {
  const claims = await claimsIn(jar);
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

/**
 * For server components: what the request's cookie names, not yet checked against its row.
 * A page reads the row together with the account (lib/users/viewer.ts), in one statement.
 */
export async function currentSessionClaims(): Promise<SessionClaims | null> {
  return claimsIn(await cookies());
}

/** For server actions: the request's session, if its row is live. */
export async function currentSession(): Promise<Session | null> {
  return sessionIn(await cookies());
}

/** For route handlers: the request's session, if its row is live. */
export async function requestSession(request: Request): Promise<Session | null> {
  // Next.js hands a route handler a NextRequest with its cookies parsed; a plain Request
  // (a handler called directly) has them parsed the same way.
  const jar = (request as Partial<NextRequest>).cookies ?? new RequestCookies(request.headers);
  return sessionIn(jar);
}
