import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/me/password/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { POST as createToken } from "@/app/api/v1/tokens/route";
import { db } from "@/db/client";
import { sessions } from "@/db/schema";
import { MAX_BODY_BYTES } from "@/lib/api/handler";
import {
  createUser,
  expectError,
  jsonRequest,
  paddedJson,
  signIn,
  tokenFor,
  uniqueClient,
  userRow,
} from "../../test-helpers";

type Auth = { token?: string; cookie?: string; headers?: Record<string, string> };
const changePassword = (body: unknown, auth: Auth = {}) =>
  POST(jsonRequest("/api/v1/me/password", { body, ...auth }));
const me = (auth: Auth) => getMe(jsonRequest("/api/v1/me", auth));
const sessionIds = async (userId: string) =>
  (
    await db
      .select({ sid: sessions.sessionToken })
      .from(sessions)
      .where(eq(sessions.userId, userId))
  ).map((r) => r.sid);
const passwordHash = async (userId: string) => (await userRow(userId))?.passwordHash;

const NEW_PASSWORD = "a-brand-new-password";

describe("POST /api/v1/me/password", () => {
  it("204 via a session: the new password works, other sessions and every personal token end, the changing session lives on", async () => {
    const user = await createUser();
    const current = await signIn(user.id);
    const other = await signIn(user.id);
    const token = await tokenFor(user.id);
    const stranger = await createUser();
    const strangerSession = await signIn(stranger.id);
    const strangerToken = await tokenFor(stranger.id);
    expect((await me(other)).status).toBe(200);
    expect((await me({ token })).status).toBe(200);

    const res = await changePassword(
      { currentPassword: user.password, newPassword: NEW_PASSWORD },
      { cookie: current.cookie, headers: { origin: "http://localhost" } },
    );
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");

    await expectError(await me(other), 401, "unauthorized");
    expect((await me(current)).status).toBe(200);
    expect(await sessionIds(user.id)).toEqual([current.sid]);
    expect((await me(strangerSession)).status).toBe(200);
    await expectError(await me({ token }), 401, "unauthorized");
    expect((await me({ token: strangerToken })).status).toBe(200);

    const client = uniqueClient();
    const signInWith = (password: string) =>
      createToken(
        jsonRequest("/api/v1/tokens", {
          body: { email: user.email, password, name: "after change" },
          headers: { "x-forwarded-for": client },
        }),
      );
    await expectError(await signInWith(user.password), 401, "unauthorized");
    expect((await signInWith(NEW_PASSWORD)).status).toBe(201);
  });

  it("204 via a bearer token: every session and every personal token of the account ends, that one too", async () => {
    const user = await createUser();
    const token = await tokenFor(user.id);
    const second = await tokenFor(user.id, "second");
    const session = await signIn(user.id);
    const res = await changePassword(
      { currentPassword: user.password, newPassword: NEW_PASSWORD },
      { token },
    );
    expect(res.status).toBe(204);
    await expectError(await me(session), 401, "unauthorized");
    expect(await sessionIds(user.id)).toEqual([]);
    await expectError(await me({ token }), 401, "unauthorized");
    await expectError(await me({ token: second }), 401, "unauthorized");
  });

  it("422: a wrong current password is named, and nothing changes", async () => {
    const user = await createUser();
    const current = await signIn(user.id);
    const other = await signIn(user.id);
    const hash = await passwordHash(user.id);
    const body = await expectError(
      await changePassword(
        { currentPassword: "not-my-password", newPassword: NEW_PASSWORD },
        { cookie: current.cookie },
      ),
      422,
      "validation_failed",
    );
    expect(Object.keys(body.error.fields ?? {})).toEqual(["currentPassword"]);
    expect(await passwordHash(user.id)).toBe(hash);
    expect((await sessionIds(user.id)).sort()).toEqual([current.sid, other.sid].sort());
    expect((await me(other)).status).toBe(200);
  });

  it("422: a new password under 10 characters, or missing fields, are named, and nothing changes", async () => {
    const user = await createUser();
    const token = await tokenFor(user.id);
    const hash = await passwordHash(user.id);
    const short = await expectError(
      await changePassword({ currentPassword: user.password, newPassword: "123456789" }, { token }),
      422,
      "validation_failed",
    );
    expect(Object.keys(short.error.fields ?? {})).toEqual(["newPassword"]);
    const missing = await expectError(
      await changePassword({}, { token }),
      422,
      "validation_failed",
    );
    expect(Object.keys(missing.error.fields ?? {}).sort()).toEqual([
      "currentPassword",
      "newPassword",
    ]);
    expect(await passwordHash(user.id)).toBe(hash);
  });

  it("400: malformed JSON; 413: a body over 64 KiB; nothing changes", async () => {
    const user = await createUser();
    const token = await tokenFor(user.id);
    const hash = await passwordHash(user.id);
    await expectError(
      await POST(jsonRequest("/api/v1/me/password", { raw: "currentPassword=x", token })),
      400,
      "bad_request",
    );
    const raw = paddedJson(
      { currentPassword: user.password, newPassword: NEW_PASSWORD },
      MAX_BODY_BYTES + 1,
    );
    await expectError(
      await POST(jsonRequest("/api/v1/me/password", { raw, token })),
      413,
      "payload_too_large",
    );
    expect(await passwordHash(user.id)).toBe(hash);
  });

  it("401: no credentials, or a session that has ended", async () => {
    const user = await createUser();
    const session = await signIn(user.id);
    await expectError(
      await changePassword({ currentPassword: user.password, newPassword: NEW_PASSWORD }),
      401,
      "unauthorized",
    );
    await db.delete(sessions).where(eq(sessions.sessionToken, session.sid));
    const hash = await passwordHash(user.id);
    await expectError(
      await changePassword(
        { currentPassword: user.password, newPassword: NEW_PASSWORD },
        { cookie: session.cookie },
      ),
      401,
      "unauthorized",
    );
    expect(await passwordHash(user.id)).toBe(hash);
  });

  it("403: a cross-site write with the session cookie is refused, and nothing changes", async () => {
    const user = await createUser();
    const session = await signIn(user.id);
    const other = await signIn(user.id);
    const hash = await passwordHash(user.id);
    const res = await changePassword(
      { currentPassword: user.password, newPassword: NEW_PASSWORD },
      { cookie: session.cookie, headers: { origin: "https://evil.example" } },
    );
    await expectError(res, 403, "forbidden");
    expect(await passwordHash(user.id)).toBe(hash);
    expect((await me(other)).status).toBe(200);
  });
});
