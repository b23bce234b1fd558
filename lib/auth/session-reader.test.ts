/**
 * The session read behind every signed-in page, action and API call: cookie claims are
 * decoded once per cookie, and the session row still decides on every request.
 * next/headers is mocked only to carry the request's Cookie header into Next.js's own cookie
 * jar; next-auth's decode is spied on, not replaced. The database is real.
 */
import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { notifications, sessions } from "@/db/schema";
import {
  createUser,
  ORIGIN,
  PASSWORD,
  SESSION_COOKIE,
  sessionCookie,
  signIn,
} from "@/app/api/v1/test-helpers";
import { markRead, notify } from "../notifications/notifications";
import { changePassword } from "../users/accounts";
import { readViewer } from "../users/viewer";
import { currentSession, currentSessionClaims, requestSession } from "./session-reader";
import { SECURE_SESSION_COOKIE } from "./session-cookies.mjs";
import { endSession } from "./sessions";

const incoming = vi.hoisted(() => ({ cookie: "" }));

vi.mock("next/headers", async () => {
  const { RequestCookies } = await import("next/dist/server/web/spec-extension/cookies");
  return {
    cookies: async () =>
      new RequestCookies(new Headers(incoming.cookie ? { cookie: incoming.cookie } : {})),
  };
});

const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (original) => {
  const jwt = await original<typeof import("next-auth/jwt")>();
  return {
    ...jwt,
    decode: (...args: Parameters<typeof jwt.decode>) => {
      decodes.count++;
      return jwt.decode(...args);
    },
  };
});

beforeEach(() => {
  decodes.count = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

const headersWith = (cookie: string | null): Record<string, string> => (cookie ? { cookie } : {});

/**
 * The session as a server action, a route handler given a plain Request and one given Next.js's
 * NextRequest each read it; they must agree.
 */
async function sessionFor(cookie: string | null) {
  incoming.cookie = cookie ?? "";
  const inAction = await currentSession();
  const inHandler = await requestSession(new Request(ORIGIN, { headers: headersWith(cookie) }));
  const inNextHandler = await requestSession(
    new NextRequest(ORIGIN, { headers: headersWith(cookie) }),
  );
  expect(inHandler).toEqual(inAction);
  expect(inNextHandler).toEqual(inAction);
  return inAction;
}

async function claimsFor(cookie: string) {
  incoming.cookie = cookie;
  return currentSessionClaims();
}

const cookieFor = async (sub: string, sid: string, maxAge: number, name = SESSION_COOKIE) =>
  `${name}=${await encode({ token: { sub, sid }, secret: process.env.AUTH_SECRET!, salt: name, maxAge })}`;

describe("the session reader", () => {
  it("answers from the session row every time: a decoded cookie stops working once its row is gone", async () => {
    const user = await createUser();
    const session = await signIn(user.id);
    for (let i = 0; i < 3; i++) {
      expect(await sessionFor(session.cookie)).toEqual({
        userId: user.id,
        sessionToken: session.sid,
      });
    }
    await db.delete(sessions).where(eq(sessions.sessionToken, session.sid));
    expect(await claimsFor(session.cookie)).toEqual({ sid: session.sid, sub: user.id });
    expect(await sessionFor(session.cookie)).toBeNull();
  });

  it("decodes a cookie once, however many requests carry it", async () => {
    const user = await createUser();
    const session = await signIn(user.id);
    for (let i = 0; i < 4; i++) expect(await sessionFor(session.cookie)).not.toBeNull();
    expect(decodes.count).toBe(1);
    const other = await signIn(user.id);
    expect(await sessionFor(other.cookie)).not.toBeNull();
    expect(decodes.count).toBe(2);
  });

  it("ends a session at once on sign-out, a password change or its row's expiry, decoded cookie or not", async () => {
    const user = await createUser();
    const [signedOut, kept, other, expiring] = await Promise.all(
      [0, 1, 2, 3].map(() => signIn(user.id)),
    );
    for (const s of [signedOut!, kept!, other!, expiring!])
      expect(await sessionFor(s.cookie)).toEqual({ userId: user.id, sessionToken: s.sid });

    // Sign-out (lib/auth/config.ts's signOut event).
    await endSession(signedOut!.sid);
    expect(await sessionFor(signedOut!.cookie)).toBeNull();

    // A password change ends every other session.
    await changePassword(
      { userId: user.id, via: "session" },
      { currentPassword: PASSWORD, newPassword: "another-long-password" },
      kept!.sid,
    );
    expect(await sessionFor(other!.cookie)).toBeNull();
    expect(await sessionFor(kept!.cookie)).toEqual({ userId: user.id, sessionToken: kept!.sid });

    // A row past its expiry, though the cookie itself still has days to run.
    await db
      .update(sessions)
      .set({ expires: sql`now() - interval '1 second'` })
      .where(eq(sessions.sessionToken, expiring!.sid));
    expect(await sessionFor(expiring!.cookie)).toBeNull();

    // None of them was decoded again: the row decided.
    expect(decodes.count).toBe(4);
  });

  it("refuses a cookie once it expires, even one it decoded before", async () => {
    const user = await createUser();
    const session = await signIn(user.id);
    const cookie = await cookieFor(user.id, session.sid, 60);
    expect(await sessionFor(cookie)).toMatchObject({ userId: user.id });
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ["Date"] });
    expect(await claimsFor(cookie)).toBeNull();
    expect(await sessionFor(cookie)).toBeNull();
  });

  it("refuses a cookie already expired, forged, or naming another user than the session's", async () => {
    const user = await createUser();
    const other = await createUser();
    const session = await signIn(user.id);
    expect(await sessionFor(await cookieFor(user.id, session.sid, -60))).toBeNull();
    expect(
      await sessionFor(await sessionCookie(user.id, session.sid, "another-secret-".repeat(3))),
    ).toBeNull();
    expect(await sessionFor(`${SESSION_COOKIE}=not-a-token`)).toBeNull();
    expect(await sessionFor(`${SESSION_COOKIE}=%E0%A4%A`)).toBeNull();
    expect(await sessionFor(await sessionCookie(other.id, session.sid))).toBeNull();
    expect(await sessionFor(null)).toBeNull();
  });

  it("reads the cookie under its two names only: a look-alike name is ignored", async () => {
    const user = await createUser();
    const session = await signIn(user.id);
    const value = session.cookie.slice(SESSION_COOKIE.length + 1);
    const secure = await cookieFor(user.id, session.sid, 3600, SECURE_SESSION_COOKIE);
    const expected = { userId: user.id, sessionToken: session.sid };
    expect(await sessionFor(`theme=dark; ${session.cookie}`)).toEqual(expected);
    expect(await sessionFor(`theme=dark; ${secure}`)).toEqual(expected);
    for (const name of [
      `x${SESSION_COOKIE}`,
      `${SESSION_COOKIE}.0`,
      `${SESSION_COOKIE}x`,
      SESSION_COOKIE.toUpperCase(),
      `__Host-${SESSION_COOKIE}`,
      "next-auth.session-token",
    ]) {
      expect(await sessionFor(`${name}=${value}`), name).toBeNull();
    }
    // The value is bound to its name: a plain cookie's value under the secure name does not decode.
    expect(await sessionFor(`${SECURE_SESSION_COOKIE}=${value}`)).toBeNull();
  });
});

describe("readViewer", () => {
  it("reads the session's account and its unread notifications in one go", async () => {
    const user = await createUser({ name: "Vera Viewer" });
    const session = await signIn(user.id);
    await notify(db, user.id, "review_decided", "One", "/coaching");
    await notify(db, user.id, "review_decided", "Two", "/coaching");
    const viewer = await readViewer(session.sid, user.id);
    expect(viewer).toMatchObject({
      sessionToken: session.sid,
      unread: 2,
      me: { id: user.id, name: "Vera Viewer", email: user.email, profile: { timezone: "UTC" } },
    });
    await markRead({ userId: user.id, via: "session" });
    expect((await readViewer(session.sid, user.id))?.unread).toBe(0);
    expect(await db.$count(notifications, eq(notifications.userId, user.id))).toBe(2);
  });

  it("is null for an ended session, or a session of another user", async () => {
    const user = await createUser();
    const other = await createUser();
    const session = await signIn(user.id);
    expect(await readViewer(session.sid, other.id)).toBeNull();
    await db.delete(sessions).where(eq(sessions.sessionToken, session.sid));
    expect(await readViewer(session.sid, user.id)).toBeNull();
  });
});
