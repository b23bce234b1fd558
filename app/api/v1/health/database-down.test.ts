/**
 * The database is down: DATABASE_URL points at a port where nothing listens.
 * It must be set before lib/env.ts first reads it, so every module under test
 * is imported dynamically below; the file's own database (made by
 * db/testing/setup-file.ts) is restored afterwards so it can be dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const fileDatabase = process.env.DATABASE_URL;
process.env.DATABASE_URL = "postgres://x@127.0.0.1:1/none";

afterAll(() => {
  process.env.DATABASE_URL = fileDatabase;
});

type Helpers = typeof import("../test-helpers");
type Handler = (request: Request) => Promise<Response>;
let h: Helpers;
let health: Handler;
let getMe: Handler;
let createToken: Handler;
let register: Handler;

beforeAll(async () => {
  h = await import("../test-helpers");
  health = (await import("@/app/api/v1/health/route")).GET;
  getMe = (await import("@/app/api/v1/me/route")).GET;
  createToken = (await import("@/app/api/v1/tokens/route")).POST;
  register = (await import("@/app/api/v1/register/route")).POST;
});

describe("with the database down", () => {
  it("the module under test really reads the unreachable URL", async () => {
    const { env } = await import("@/lib/env");
    expect(env().DATABASE_URL).toBe("postgres://x@127.0.0.1:1/none");
  });

  it("GET /health answers 503 {ok: false, db: 'down'}", async () => {
    const res = await health(h.jsonRequest("/api/v1/health"));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, db: "down" });
  });

  it("GET /me with a bearer token answers 503 JSON, not 500", async () => {
    const res = await getMe(h.jsonRequest("/api/v1/me", { token: "epoch_" + "a".repeat(43) }));
    const body = await h.expectError(res, 503, "unavailable");
    expect(body.error.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|select|postgres/i);
  });

  it("POST /tokens answers 503, not 401 or 500", async () => {
    const res = await createToken(
      h.jsonRequest("/api/v1/tokens", {
        body: { email: "a@example.com", password: "whatever-it-is", name: "cli" },
      }),
    );
    await h.expectError(res, 503, "unavailable");
  });

  it("POST /register answers 503 for a valid body", async () => {
    const res = await register(
      h.jsonRequest("/api/v1/register", {
        body: { name: "Down", email: "down@example.com", password: "long-enough-pw" },
      }),
    );
    await h.expectError(res, 503, "unavailable");
  });

  it("input errors that need no database still answer 400", async () => {
    const res = await register(h.jsonRequest("/api/v1/register", { raw: "{not json" }));
    await h.expectError(res, 400, "bad_request");
  });

  // A bug once: the session read (now lib/auth/session-reader.ts) swallowed the
  // database error in its try/catch and the caller was treated as signed out.
  it("GET /me with a session cookie answers 503, not 401", async () => {
    const cookie = await h.sessionCookie(crypto.randomUUID(), "some-session-id");
    const res = await getMe(h.jsonRequest("/api/v1/me", { cookie }));
    await h.expectError(res, 503, "unavailable");
  });
});
