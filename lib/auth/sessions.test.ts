/**
 * The session read behind every signed-in page: cookie claims are decoded once
 * per cookie, and the session row still decides on every request.
 */
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { notifications, sessions } from "@/db/schema";
import { createUser, SESSION_COOKIE, sessionCookie, signIn } from "@/app/api/v1/test-helpers";
import { markRead, notify } from "../notifications/notifications";
import { readViewer } from "../users/viewer";
import { sessionClaims, sessionFromCookies } from "./sessions";

afterEach(() => {
  vi.useRealTimers();
});

const cookieFor = async (sub: string, sid: string, maxAge: number) =>
  `${SESSION_COOKIE}=${await encode({ token: { sub, sid }, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE, maxAge })}`;

describe("sessionFromCookies", () => {
  it("answers from the session row every time: a decoded cookie stops working once its row is gone", async () => {
    const user = await createUser();
    const session = await signIn(user.id);
    for (let i = 0; i < 3; i++) {
      expect(await sessionFromCookies(session.cookie)).toEqual({
        userId: user.id,
        sessionToken: session.sid,
      });
    }
    await db.delete(sessions).where(eq(sessions.sessionToken, session.sid));
    expect(await sessionClaims(session.cookie)).toEqual({ sid: session.sid, sub: user.id });
    expect(await sessionFromCookies(session.cookie)).toBeNull();
  });

  it("refuses a cookie once it expires, even one it decoded before", async () => {
    const user = await createUser();
    const session = await signIn(user.id);
    const cookie = await cookieFor(user.id, session.sid, 60);
    expect(await sessionFromCookies(cookie)).toMatchObject({ userId: user.id });
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ["Date"] });
    expect(await sessionClaims(cookie)).toBeNull();
    expect(await sessionFromCookies(cookie)).toBeNull();
  });

  it("refuses a cookie already expired, forged, or naming another user than the session's", async () => {
    const user = await createUser();
    const other = await createUser();
    const session = await signIn(user.id);
    expect(await sessionFromCookies(await cookieFor(user.id, session.sid, -60))).toBeNull();
    expect(
      await sessionFromCookies(
        await sessionCookie(user.id, session.sid, "another-secret-".repeat(3)),
      ),
    ).toBeNull();
    expect(await sessionFromCookies(`${SESSION_COOKIE}=not-a-token`)).toBeNull();
    expect(await sessionFromCookies(await sessionCookie(other.id, session.sid))).toBeNull();
    expect(await sessionFromCookies(null)).toBeNull();
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
