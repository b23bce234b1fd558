import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DELETE } from "@/app/api/v1/tokens/[id]/route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { db } from "@/db/client";
import { apiTokens, signInThrottles } from "@/db/schema";
import { MAX_BODY_BYTES } from "@/lib/api/handler";
import { THROTTLE_LIMITS, THROTTLE_WINDOW_SECONDS } from "@/lib/auth/throttle";
import {
  createUser,
  expectError,
  jsonRequest,
  paddedJson,
  routeParams,
  rowCount,
  signIn,
  tokenFor,
  uniqueClient,
  uniqueEmail,
} from "../test-helpers";

type TokenSummary = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

/** POST /tokens from its own client address, so the per-client counter of one test does not leak into another. */
const postToken = (body: unknown, client = uniqueClient()) =>
  createToken(jsonRequest("/api/v1/tokens", { body, headers: { "x-forwarded-for": client } }));
const list = (token?: string, cookie?: string) =>
  listTokens(jsonRequest("/api/v1/tokens", { token, cookie }));
const revoke = (
  id: string,
  auth: { token?: string; cookie?: string; headers?: Record<string, string> } = {},
) =>
  DELETE(jsonRequest(`/api/v1/tokens/${id}`, { method: "DELETE", ...auth }), routeParams({ id }));
const me = (token: string) => getMe(jsonRequest("/api/v1/me", { token }));

describe("POST /api/v1/tokens", () => {
  it("201: {id, name, token}; the token is shown once, stored only as its SHA-256, and works", async () => {
    const user = await createUser();
    const res = await postToken({
      email: `  ${user.email.toUpperCase()} `,
      password: user.password,
      name: " laptop ",
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; name: string; token: string };
    expect(Object.keys(body)).toEqual(expect.arrayContaining(["id", "name", "token"]));
    expect(body).not.toHaveProperty("tokenHash");
    expect(body.name).toBe("laptop");
    expect(body.token).toMatch(/^epoch_[A-Za-z0-9_-]{43}$/);

    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, body.id));
    expect(row?.userId).toBe(user.id);
    expect(row?.tokenHash).toBe(createHash("sha256").update(body.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(body.token);

    const meRes = await me(body.token);
    expect(meRes.status).toBe(200);
    expect(((await meRes.json()) as { id: string }).id).toBe(user.id);
  });

  it("401: unknown email and wrong password answer identically, and create no token", async () => {
    const user = await createUser();
    const before = await rowCount(apiTokens);
    const wrong = await postToken({ email: user.email, password: "not-the-password", name: "x" });
    const unknown = await postToken({
      email: uniqueEmail("nobody"),
      password: "not-the-password",
      name: "x",
    });
    const wrongBody = await expectError(wrong, 401, "unauthorized");
    const unknownBody = await expectError(unknown, 401, "unauthorized");
    expect(unknownBody).toEqual(wrongBody);
    expect(wrongBody.error.fields).toBeUndefined();
    expect([...unknown.headers.keys()].sort()).toEqual([...wrong.headers.keys()].sort());
    expect(await rowCount(apiTokens)).toBe(before);
  });

  it("400: malformed JSON", async () => {
    const res = await createToken(
      jsonRequest("/api/v1/tokens", { raw: "{'email': 'single quotes'}" }),
    );
    await expectError(res, 400, "bad_request");
  });

  it("413: a body over 64 KiB", async () => {
    const raw = paddedJson(
      { email: "a@example.com", password: "x", name: "n" },
      MAX_BODY_BYTES + 1,
    );
    const res = await createToken(jsonRequest("/api/v1/tokens", { raw }));
    await expectError(res, 413, "payload_too_large");
  });

  it("422: each missing or invalid field is named, and nothing counts as a failed sign-in", async () => {
    const throttlesBefore = await rowCount(signInThrottles);
    const body = await expectError(await postToken({}), 422, "validation_failed");
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(["email", "name", "password"]);
    const long = await expectError(
      await postToken({ email: "a@example.com", password: "x", name: "n".repeat(101) }),
      422,
      "validation_failed",
    );
    expect(Object.keys(long.error.fields ?? {})).toEqual(["name"]);
    // Validation failures are not sign-in failures: nothing was counted.
    expect(await rowCount(signInThrottles)).toBe(throttlesBefore);
  });

  it(`429 with Retry-After after ${THROTTLE_LIMITS.pair} failures for one email from one client; the right password is refused there while blocked`, async () => {
    const user = await createUser();
    const other = await createUser();
    const client = uniqueClient();
    const before = await rowCount(apiTokens);
    for (let i = 0; i < THROTTLE_LIMITS.pair; i++) {
      // The counter is per email whatever its case.
      const email = i % 2 ? user.email.toUpperCase() : user.email;
      const res = await postToken({ email, password: `wrong-${i}`, name: "x" }, client);
      await expectError(res, 401, "unauthorized");
    }
    const blocked = await postToken(
      { email: user.email, password: "wrong-again", name: "x" },
      client,
    );
    await expectError(blocked, 429, "rate_limited");
    const retryAfter = blocked.headers.get("retry-after");
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThan(THROTTLE_WINDOW_SECONDS - 60);
    expect(Number(retryAfter)).toBeLessThanOrEqual(THROTTLE_WINDOW_SECONDS);

    // The correct password from that client is refused while blocked (other clients: throttle.test.ts).
    const right = await postToken(
      { email: user.email, password: user.password, name: "x" },
      client,
    );
    await expectError(right, 429, "rate_limited");
    expect(right.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await rowCount(apiTokens)).toBe(before);

    // Another account from the same client is not blocked.
    const ok = await postToken({ email: other.email, password: other.password, name: "x" }, client);
    expect(ok.status).toBe(201);
  });

  it("a success clears the email's failure count", async () => {
    const user = await createUser();
    const client = uniqueClient();
    const fail = async () =>
      expectError(
        await postToken({ email: user.email, password: "wrong-pw", name: "x" }, client),
        401,
        "unauthorized",
      );
    for (let i = 0; i < THROTTLE_LIMITS.pair - 1; i++) await fail();
    expect(
      (await postToken({ email: user.email, password: user.password, name: "x" }, client)).status,
    ).toBe(201);
    // Without the reset, the first of these would be over the limit.
    for (let i = 0; i < THROTTLE_LIMITS.pair - 1; i++) await fail();
  });

  // Product bug: verifyCredentials checks the throttle, then spends ~85 ms on
  // argon2, then records the failure; concurrent guesses all pass the check.
  it("concurrent wrong guesses cannot exceed the per-email limit", async () => {
    const user = await createUser();
    const client = uniqueClient();
    const guesses = THROTTLE_LIMITS.pair + 3;
    const answers = await Promise.all(
      Array.from({ length: guesses }, (_, i) =>
        postToken({ email: user.email, password: `guess-${i}`, name: "x" }, client),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(THROTTLE_LIMITS.pair);
  });
});

describe("GET /api/v1/tokens", () => {
  it("200: the caller's own tokens only, never the secret, with lastUsedAt once used", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const token = await tokenFor(user.id, "cli");
    await tokenFor(user.id, "ci");
    await tokenFor(stranger.id, "stranger's");

    const res = await list(token);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: TokenSummary[] };
    expect(body.items.map((t) => t.name).sort()).toEqual(["ci", "cli"]);
    for (const item of body.items) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining(["createdAt", "id", "lastUsedAt", "name"]),
      );
      expect(item).not.toHaveProperty("tokenHash");
      expect(item).not.toHaveProperty("token");
      expect(item.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    }
    expect(JSON.stringify(body)).not.toContain(token);
    expect(body.items.find((t) => t.name === "cli")?.lastUsedAt).toEqual(expect.any(String));
    expect(body.items.find((t) => t.name === "ci")?.lastUsedAt).toBeNull();
  });

  it("200 with the session cookie", async () => {
    const user = await createUser();
    await tokenFor(user.id, "from-cookie");
    const { cookie } = await signIn(user.id);
    const res = await list(undefined, cookie);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: TokenSummary[] }).items.map((t) => t.name)).toEqual([
      "from-cookie",
    ]);
  });

  it.each([
    ["no credentials", {}],
    ["an unknown token", { authorization: `Bearer epoch_${"x".repeat(43)}` }],
    ["a token without the prefix", { authorization: "Bearer abc" }],
    ["an empty bearer", { authorization: "Bearer " }],
    ["another scheme", { authorization: "Basic dXNlcjpwYXNz" }],
  ])("401 with %s", async (_what, headers: Record<string, string>) => {
    await expectError(
      await listTokens(jsonRequest("/api/v1/tokens", { headers })),
      401,
      "unauthorized",
    );
  });
});

describe("DELETE /api/v1/tokens/{id}", () => {
  it("204: the token stops working at once (401 for GET /tokens and GET /me)", async () => {
    const user = await createUser();
    const token = await tokenFor(user.id);
    const [row] = await db
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(eq(apiTokens.userId, user.id));
    expect((await me(token)).status).toBe(200);

    const res = await revoke(row!.id, { token });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");

    await expectError(await me(token), 401, "unauthorized");
    await expectError(await list(token), 401, "unauthorized");
    expect(await db.select().from(apiTokens).where(eq(apiTokens.id, row!.id))).toEqual([]);
  });

  it("204 revoking one token leaves the caller's other tokens working", async () => {
    const user = await createUser();
    const keep = await tokenFor(user.id, "keep");
    const drop = await tokenFor(user.id, "drop");
    const [dropRow] = await db
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(eq(apiTokens.name, "drop"));
    expect((await revoke(dropRow!.id, { token: keep })).status).toBe(204);
    expect((await me(keep)).status).toBe(200);
    await expectError(await me(drop), 401, "unauthorized");
  });

  it("404: another user's token id, and that token keeps working", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const ownerToken = await tokenFor(owner.id);
    const intruderToken = await tokenFor(intruder.id);
    const [ownerRow] = await db
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(eq(apiTokens.userId, owner.id));

    const res = await revoke(ownerRow!.id, { token: intruderToken });
    const body = await expectError(res, 404, "not_found");
    const unknown = await expectError(
      await revoke(crypto.randomUUID(), { token: intruderToken }),
      404,
      "not_found",
    );
    expect(body).toEqual(unknown);

    expect((await me(ownerToken)).status).toBe(200);
    expect(await db.select().from(apiTokens).where(eq(apiTokens.id, ownerRow!.id))).toHaveLength(1);
  });

  it("422: an id that is not a UUID is named", async () => {
    const user = await createUser();
    const body = await expectError(
      await revoke("not-a-uuid", { token: await tokenFor(user.id) }),
      422,
      "validation_failed",
    );
    expect(Object.keys(body.error.fields ?? {})).toEqual(["id"]);
  });

  it("401: no credentials or an unknown token, and nothing is deleted", async () => {
    const user = await createUser();
    const token = await tokenFor(user.id);
    const [row] = await db
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(eq(apiTokens.userId, user.id));
    await expectError(await revoke(row!.id), 401, "unauthorized");
    await expectError(
      await revoke(row!.id, { token: `epoch_${"z".repeat(43)}` }),
      401,
      "unauthorized",
    );
    expect((await me(token)).status).toBe(200);
  });

  it("with the session cookie: 204 from our own origin, 403 cross-site (and the token keeps working)", async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    const token = await tokenFor(user.id, "target");
    const [row] = await db
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(eq(apiTokens.userId, user.id));

    await expectError(
      await revoke(row!.id, { cookie, headers: { origin: "https://evil.example" } }),
      403,
      "forbidden",
    );
    expect((await me(token)).status).toBe(200);

    expect(
      (await revoke(row!.id, { cookie, headers: { origin: "http://localhost" } })).status,
    ).toBe(204);
    await expectError(await me(token), 401, "unauthorized");
  });
});
