/**
 * Shared helpers for the API integration tests: they call the route handlers
 * directly against the test file's own PostgreSQL database (db/testing/).
 */
import { randomBytes } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { encode } from "next-auth/jwt";
import { expect } from "vitest";
import { db } from "@/db/client";
import { profiles, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { SESSION_COOKIE } from "@/lib/auth/session-cookies.mjs";
import { createSession } from "@/lib/auth/sessions";
import { createApiToken } from "@/lib/auth/tokens";
import { POST as registerRoute } from "./register/route";

export const ORIGIN = "http://localhost";
/** The password of every user made by createUser(). */
export const PASSWORD = "correct-horse-battery";
export { SESSION_COOKIE };

export type ErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string> };
};

export type RequestOptions = {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (for malformed or oversized bodies). */
  raw?: string;
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
};

/** A Request for a route handler; POST when a body is given, else GET. */
export function jsonRequest(path: string, options: RequestOptions = {}): Request {
  const headers = new Headers(options.headers);
  const body =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined && !headers.has("content-type"))
    headers.set("content-type", "application/json");
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.cookie) headers.set("cookie", options.cookie);
  return new Request(ORIGIN + path, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
}

/** The second argument of a route handler with path parameters. */
export const routeParams = <P extends Record<string, string>>(values: P) => ({
  params: Promise.resolve(values),
});

let counter = 0;
/** An email no other test in the file uses. */
export const uniqueEmail = (label = "user") =>
  `${label}-${counter++}-${randomBytes(3).toString("hex")}@example.com`;

/**
 * A client address for the throttles' per-client keys, so tests do not share one. It stands for
 * the X-Forwarded-For that scripts/server.mjs sets: exactly one address.
 */
export const uniqueClient = () => `203.0.113.${(counter++ % 250) + 1}`;

export type TestUser = { id: string; name: string; email: string; password: string };

/** Registers through POST /api/v1/register (one argon2 hash) and expects 201. */
export async function registerUser(input: Partial<Omit<TestUser, "id">> = {}): Promise<TestUser> {
  const body = {
    name: input.name ?? "Reg User",
    email: input.email ?? uniqueEmail("reg"),
    password: input.password ?? PASSWORD,
  };
  const res = await registerRoute(
    jsonRequest("/api/v1/register", { body, headers: { "x-forwarded-for": uniqueClient() } }),
  );
  expect(res.status).toBe(201);
  const json = (await res.json()) as { user: { id: string; name: string; email: string } };
  return { ...json.user, password: body.password };
}

let sharedHash: Promise<string> | undefined;

/**
 * A user and profile inserted directly, with PASSWORD hashed once per test
 * file: for tests that are not about registering.
 */
export async function createUser(input: { name?: string; email?: string } = {}): Promise<TestUser> {
  sharedHash ??= hashPassword(PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      name: input.name ?? "Test User",
      email: input.email ?? uniqueEmail(),
      passwordHash: await sharedHash,
    })
    .returning({ id: users.id, name: users.name, email: users.email });
  await db.insert(profiles).values({ userId: user!.id });
  return { id: user!.id, name: user!.name!, email: user!.email, password: PASSWORD };
}

/** A personal access token for the user, made without a password check. */
export async function tokenFor(userId: string, name = "test token"): Promise<string> {
  return (await createApiToken(userId, name)).token;
}

/** The Auth.js cookie header for a JWT naming `sub` and `sid`. */
export async function sessionCookie(
  sub: string,
  sid: string,
  secret: string = process.env.AUTH_SECRET!,
): Promise<string> {
  const value = await encode({ token: { sub, sid }, secret, salt: SESSION_COOKIE });
  return `${SESSION_COOKIE}=${value}`;
}

/** A new session row for the user and the cookie that names it. */
export async function signIn(userId: string): Promise<{ sid: string; cookie: string }> {
  const sid = await createSession(userId);
  return { sid, cookie: await sessionCookie(userId, sid) };
}

export async function rowCount(table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row!.n;
}

export async function profileRow(userId: string) {
  const [row] = await db.select().from(profiles).where(eq(profiles.userId, userId));
  return row;
}

export async function userRow(userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row;
}

/** Asserts a JSON error answer with the status and code, and returns its body. */
export async function expectError(res: Response, status: number, code: string): Promise<ErrorBody> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

/** A body of exactly `bytes` bytes that is valid JSON: the object padded with spaces. */
export function paddedJson(value: unknown, bytes: number): string {
  const json = JSON.stringify(value);
  const pad = bytes - Buffer.byteLength(json);
  if (pad < 0) throw new Error("value is larger than the padded size");
  return json + " ".repeat(pad);
}
