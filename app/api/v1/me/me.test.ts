import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET, PATCH } from "@/app/api/v1/me/route";
import { db } from "@/db/client";
import { apiTokens, sessions } from "@/db/schema";
import { MAX_BODY_BYTES } from "@/lib/api/handler";
import { endSession } from "@/lib/auth/sessions";
import { meOutput, type Me } from "@/lib/users/schemas";
import {
  createUser,
  expectError,
  jsonRequest,
  paddedJson,
  profileRow,
  sessionCookie,
  signIn,
  tokenFor,
  userRow,
} from "../test-helpers";

type Auth = { token?: string; cookie?: string; headers?: Record<string, string> };
const getMe = (auth: Auth = {}) => GET(jsonRequest("/api/v1/me", auth));
const patchMe = (body: unknown, auth: Auth = {}) =>
  PATCH(jsonRequest("/api/v1/me", { method: "PATCH", body, ...auth }));
const patchRaw = (raw: string, auth: Auth = {}) =>
  PATCH(jsonRequest("/api/v1/me", { method: "PATCH", raw, ...auth }));

async function userWithToken(name = "Test User") {
  const user = await createUser({ name });
  return { user, token: await tokenFor(user.id) };
}

/** Everything PATCH /me could change, to show a refused write changed nothing. */
async function snapshot(userId: string) {
  return { user: await userRow(userId), profile: await profileRow(userId) };
}

describe("GET /api/v1/me", () => {
  it("200 with a bearer token: the caller and their default profile", async () => {
    const { user, token } = await userWithToken("Grace Hopper");
    const res = await getMe({ token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Me;
    expect(() => meOutput.strict().parse(body)).not.toThrow();
    // toMatchObject: the contract allows new fields, never renamed or dropped ones.
    expect(body).toMatchObject({
      id: user.id,
      name: "Grace Hopper",
      email: user.email,
      profile: {
        headline: null,
        targetTrack: null,
        targetDate: null,
        weeklyHoursGoal: 10,
        timezone: "UTC",
        publicProfile: false,
        slug: null,
      },
    });
  });

  it("200 with the session cookie", async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const res = await getMe({ cookie });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Me).id).toBe(user.id);
  });

  it("401: missing, bad and revoked bearer tokens", async () => {
    const { user, token } = await userWithToken();
    await expectError(await getMe(), 401, "unauthorized");
    await expectError(await getMe({ token: `epoch_${"q".repeat(43)}` }), 401, "unauthorized");
    await expectError(await getMe({ token: token.slice(0, -1) }), 401, "unauthorized");
    await db.delete(apiTokens).where(eq(apiTokens.userId, user.id));
    await expectError(await getMe({ token }), 401, "unauthorized");
  });

  it("a bad bearer token is refused even alongside a valid session cookie", async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    await expectError(await getMe({ cookie, token: "epoch_bogus" }), 401, "unauthorized");
  });

  it("401 once the session ends (endSession): the cookie no longer works", async () => {
    const user = await createUser();
    const { sid, cookie } = await signIn(user.id);
    expect((await getMe({ cookie })).status).toBe(200);
    await endSession(sid);
    await expectError(await getMe({ cookie }), 401, "unauthorized");
  });

  it("401 for a cookie whose session has expired", async () => {
    const user = await createUser();
    const { sid, cookie } = await signIn(user.id);
    await db
      .update(sessions)
      .set({ expires: new Date(Date.now() - 1000) })
      .where(eq(sessions.sessionToken, sid));
    await expectError(await getMe({ cookie }), 401, "unauthorized");
  });

  it("401 for a cookie naming another user's session, or signed with another secret", async () => {
    const victim = await createUser();
    const attacker = await createUser();
    const { sid } = await signIn(victim.id);
    await expectError(
      await getMe({ cookie: await sessionCookie(attacker.id, sid) }),
      401,
      "unauthorized",
    );
    const forged = await sessionCookie(
      victim.id,
      sid,
      "another-secret-that-is-long-enough-0123456789",
    );
    await expectError(await getMe({ cookie: forged }), 401, "unauthorized");
    await expectError(
      await getMe({ cookie: "authjs.session-token=not-a-jwt" }),
      401,
      "unauthorized",
    );
  });

  // A bug once: the session cookie's own parser threw URIError on a stray "%"
  // and every endpoint, even GET /health, answered 500 (now Next.js's cookie
  // parser, lib/auth/session-reader.ts, drops such a cookie).
  it("401, not 500, for a session cookie that is not valid percent-encoding", async () => {
    await expectError(
      await getMe({ cookie: "authjs.session-token=%E0%A4%A" }),
      401,
      "unauthorized",
    );
  });
});

describe("PATCH /api/v1/me", () => {
  it("200: changes the name and profile fields given, and answers the updated me", async () => {
    const { user, token } = await userWithToken("Old Name");
    const res = await patchMe(
      {
        name: "  New Name ",
        headline: "Shipping models",
        targetTrack: "mlops",
        targetDate: "2027-06-30",
        weeklyHoursGoal: 12,
        timezone: "Europe/Berlin",
      },
      { token },
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Me;
    expect(() => meOutput.parse(body)).not.toThrow();
    expect(body.name).toBe("New Name");
    expect(body.profile).toMatchObject({
      headline: "Shipping models",
      targetTrack: "mlops",
      targetDate: "2027-06-30",
      weeklyHoursGoal: 12,
      timezone: "Europe/Berlin",
      publicProfile: false,
      slug: null,
    });
    expect((await userRow(user.id))?.name).toBe("New Name");
    expect(await profileRow(user.id)).toMatchObject({
      targetTrack: "mlops",
      targetDate: "2027-06-30",
      weeklyHoursGoal: 12,
    });
    expect(await (await getMe({ token })).json()).toEqual(body);

    // Only the fields given change; null clears a nullable field.
    const cleared = (await (await patchMe({ headline: null }, { token })).json()) as Me;
    expect(cleared.profile.headline).toBeNull();
    expect(cleared.profile.targetTrack).toBe("mlops");
    expect(cleared.name).toBe("New Name");
  });

  it("200: an empty body changes nothing", async () => {
    const { user, token } = await userWithToken();
    const before = await snapshot(user.id);
    expect((await patchMe({}, { token })).status).toBe(200);
    expect((await snapshot(user.id)).user).toEqual(before.user);
  });

  it("200: going public without a slug gets one; setting one's own slug again is no conflict", async () => {
    const { token } = await userWithToken("Ada Lovelace");
    const body = (await (await patchMe({ publicProfile: true }, { token })).json()) as Me;
    expect(body.profile.publicProfile).toBe(true);
    expect(body.profile.slug).toMatch(/^ada-lovelace-[a-z0-9]+$/);
    const again = await patchMe({ slug: body.profile.slug }, { token });
    expect(again.status).toBe(200);
    expect(((await again.json()) as Me).profile.slug).toBe(body.profile.slug);
  });

  it("409: the slug is taken, and nothing in the request is applied", async () => {
    const first = await userWithToken("First");
    const second = await userWithToken("Second");
    expect(
      (await patchMe({ slug: "taken-slug", publicProfile: true }, { token: first.token })).status,
    ).toBe(200);
    const before = await snapshot(second.user.id);
    const res = await patchMe(
      { name: "Renamed", slug: "taken-slug", headline: "changed" },
      { token: second.token },
    );
    const body = await expectError(res, 409, "conflict");
    expect(body.error.fields).toEqual({ slug: expect.any(String) });
    expect(await snapshot(second.user.id)).toEqual(before);
    expect((await profileRow(first.user.id))?.slug).toBe("taken-slug");
  });

  it.each([
    ["name", "empty", { name: " " }],
    ["name", "null", { name: null }],
    ["headline", "over 160 characters", { headline: "h".repeat(161) }],
    ["weeklyHoursGoal", "over 100", { weeklyHoursGoal: 101 }],
    ["weeklyHoursGoal", "negative", { weeklyHoursGoal: -1 }],
    ["weeklyHoursGoal", "fractional", { weeklyHoursGoal: 1.5 }],
    ["weeklyHoursGoal", "a string", { weeklyHoursGoal: "5" }],
    ["timezone", "not an IANA zone", { timezone: "Mars/Olympus_Mons" }],
    ["timezone", "empty", { timezone: "" }],
    ["targetTrack", "unknown", { targetTrack: "astrology" }],
    ["targetDate", "month 13", { targetDate: "2027-13-01" }],
    ["targetDate", "February 30", { targetDate: "2027-02-30" }],
    ["targetDate", "not a date", { targetDate: "next spring" }],
    ["slug", "too short", { slug: "ab" }],
    ["slug", "with capitals", { slug: "Ada-Lovelace" }],
    ["slug", "ending in a dash", { slug: "ada-" }],
    ["slug", "too long", { slug: "a".repeat(41) }],
    ["publicProfile", "a string", { publicProfile: "yes" }],
    ["email", "not editable here (unknown field)", { email: "new@example.com" }],
    ["isAdmin", "an unknown field", { isAdmin: true }],
  ])("422: %s %s is named in error.fields, and nothing changes", async (field, _why, input) => {
    const { user, token } = await userWithToken();
    const before = await snapshot(user.id);
    const body = await expectError(
      await patchMe({ headline: "ignored", ...input }, { token }),
      422,
      "validation_failed",
    );
    expect(Object.keys(body.error.fields ?? {})).toEqual([field]);
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("422: every invalid field at once is named", async () => {
    const { token } = await userWithToken();
    const res = await patchMe(
      {
        name: "",
        weeklyHoursGoal: 500,
        timezone: "Nowhere/None",
        targetTrack: "x",
        targetDate: "2027-1-1",
        slug: "!",
        extra: 1,
      },
      { token },
    );
    const body = await expectError(res, 422, "validation_failed");
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(
      ["extra", "name", "slug", "targetDate", "targetTrack", "timezone", "weeklyHoursGoal"].sort(),
    );
  });

  // Product bug: z.iso.date() accepts year 0000, which PostgreSQL's date type
  // rejects (22008), so the update fails and the wrapper answers 500.
  it("422, not 500, for the date 0000-01-01", async () => {
    const { user, token } = await userWithToken();
    const before = await snapshot(user.id);
    const body = await expectError(
      await patchMe({ targetDate: "0000-01-01" }, { token }),
      422,
      "validation_failed",
    );
    expect(body.error.fields).toHaveProperty("targetDate");
    expect(await snapshot(user.id)).toEqual(before);
  });

  // Product bug: PostgreSQL text cannot hold U+0000 (22021): 500 instead of 422.
  it("422, not 500, for a headline containing a NUL character", async () => {
    const { token } = await userWithToken();
    const body = await expectError(
      await patchMe({ headline: "a\u0000b" }, { token }),
      422,
      "validation_failed",
    );
    expect(body.error.fields).toHaveProperty("headline");
  });

  it("400: malformed JSON, and nothing changes", async () => {
    const { user, token } = await userWithToken();
    const before = await snapshot(user.id);
    await expectError(await patchRaw('{"name": "x",}', { token }), 400, "bad_request");
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("413: a body over 64 KiB, and nothing changes", async () => {
    const { user, token } = await userWithToken();
    const before = await snapshot(user.id);
    await expectError(
      await patchRaw(paddedJson({ name: "Big" }, MAX_BODY_BYTES + 1), { token }),
      413,
      "payload_too_large",
    );
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("401: no credentials or a bad token, before the body is even read", async () => {
    await expectError(await patchMe({ name: "Anyone" }), 401, "unauthorized");
    await expectError(await patchRaw("{broken", { token: "epoch_nope" }), 401, "unauthorized");
  });

  it("cookie writes: 403 cross-site (nothing changes); 200 from our own origin; a bearer token needs no origin check", async () => {
    const { user, token } = await userWithToken("Cookie User");
    const { cookie } = await signIn(user.id);
    const before = await snapshot(user.id);

    for (const origin of ["https://evil.example", "null", "http://localhost:3001"]) {
      const res = await patchMe(
        { name: "Pwned", publicProfile: true },
        { cookie, headers: { origin } },
      );
      await expectError(res, 403, "forbidden");
    }
    expect(await snapshot(user.id)).toEqual(before);

    const same = await patchMe(
      { name: "Same Origin" },
      { cookie, headers: { origin: "http://localhost" } },
    );
    expect(same.status).toBe(200);
    expect((await userRow(user.id))?.name).toBe("Same Origin");

    const bearer = await patchMe(
      { name: "Via Token" },
      { token, headers: { origin: "https://evil.example" } },
    );
    expect(bearer.status).toBe(200);
    expect((await userRow(user.id))?.name).toBe("Via Token");
  });
});
