import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/register/route";
import { db } from "@/db/client";
import { profiles, users } from "@/db/schema";
import { MAX_BODY_BYTES } from "@/lib/api/handler";
import { registerOutput } from "@/lib/users/schemas";
import {
  expectError,
  jsonRequest,
  paddedJson,
  registerUser,
  rowCount,
  uniqueEmail,
} from "../test-helpers";

const register = (body: unknown) => POST(jsonRequest("/api/v1/register", { body }));
const registerRaw = (raw: string, headers?: Record<string, string>) =>
  POST(jsonRequest("/api/v1/register", { raw, headers }));

describe("POST /api/v1/register", () => {
  it("201: creates the user and their profile, email lower-cased and trimmed, password hashed", async () => {
    const email = uniqueEmail("new");
    const res = await register({
      name: "  Ada Lovelace ",
      email: `  ${email.toUpperCase()} `,
      password: "a-long-password",
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { user: { id: string; name: string; email: string } };
    expect(() => registerOutput.strict().parse(body)).not.toThrow();
    expect(body.user.name).toBe("Ada Lovelace");
    expect(body.user.email).toBe(email);
    expect(body).not.toHaveProperty("user.passwordHash");

    const [row] = await db.select().from(users).where(eq(users.id, body.user.id));
    expect(row?.email).toBe(email);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain("a-long-password");
    const [profile] = await db.select().from(profiles).where(eq(profiles.userId, body.user.id));
    expect(profile).toMatchObject({
      weeklyHoursGoal: 10,
      timezone: "UTC",
      publicProfile: false,
      slug: null,
    });
  });

  it("409: the email is taken, whatever its case, and nothing is written", async () => {
    const taken = await registerUser({ email: uniqueEmail("taken") });
    const before = { users: await rowCount(users), profiles: await rowCount(profiles) };
    const res = await register({
      name: "Someone Else",
      email: taken.email.toUpperCase(),
      password: "another-password",
    });
    const body = await expectError(res, 409, "conflict");
    expect(body.error.fields).toEqual({ email: expect.any(String) });
    expect({ users: await rowCount(users), profiles: await rowCount(profiles) }).toEqual(before);
    const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, taken.id));
    expect(row?.name).toBe(taken.name);
  });

  it("400: malformed JSON", async () => {
    const before = await rowCount(users);
    const body = await expectError(
      await registerRaw('{"name": "x", "email": '),
      400,
      "bad_request",
    );
    expect(body.error.fields).toBeUndefined();
    expect(await rowCount(users)).toBe(before);
  });

  it("413: a body over 64 KiB, counted in bytes, is refused before parsing", async () => {
    const before = await rowCount(users);
    const value = { name: "Big", email: uniqueEmail("big"), password: "a-long-password" };
    await expectError(
      await registerRaw(paddedJson(value, MAX_BODY_BYTES + 1)),
      413,
      "payload_too_large",
    );
    // Multi-byte characters: fewer than 64 Ki characters but more than 64 KiB.
    const wide = JSON.stringify({ ...value, name: "é".repeat(MAX_BODY_BYTES / 2) });
    expect(wide.length).toBeLessThan(MAX_BODY_BYTES);
    await expectError(await registerRaw(wide), 413, "payload_too_large");
    // A declared Content-Length over the limit is refused without reading the body.
    await expectError(
      await registerRaw(JSON.stringify(value), { "content-length": String(MAX_BODY_BYTES + 1) }),
      413,
      "payload_too_large",
    );
    expect(await rowCount(users)).toBe(before);
  });

  it("a body of exactly 64 KiB is accepted, and a 10-character password is long enough", async () => {
    const email = uniqueEmail("edge");
    const res = await registerRaw(
      paddedJson({ name: "Edge", email, password: "0123456789" }, MAX_BODY_BYTES),
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as { user: { email: string } }).user.email).toBe(email);
  });

  it("422: every invalid field is named in error.fields, and nothing is written", async () => {
    const before = await rowCount(users);
    const res = await register({ name: "   ", email: "not-an-email", password: "123456789" });
    const body = await expectError(res, 422, "validation_failed");
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(["email", "name", "password"]);
    expect(body.error.fields?.password).toMatch(/10/);
    expect(await rowCount(users)).toBe(before);
  });

  it.each([
    ["name", "empty", { name: "", email: "ok@example.com", password: "a-long-password" }],
    [
      "name",
      "over 100 characters",
      { name: "x".repeat(101), email: "ok@example.com", password: "a-long-password" },
    ],
    [
      "email",
      "without @",
      { name: "Ok", email: "no-at-sign.example.com", password: "a-long-password" },
    ],
    [
      "email",
      "over 254 characters",
      { name: "Ok", email: `${"a".repeat(250)}@example.com`, password: "a-long-password" },
    ],
    ["password", "under 10 characters", { name: "Ok", email: "ok@example.com", password: "short" }],
    [
      "password",
      "over 200 characters",
      { name: "Ok", email: "ok@example.com", password: "p".repeat(201) },
    ],
    [
      "password",
      "that is not a string",
      { name: "Ok", email: "ok@example.com", password: 1234567890123 },
    ],
  ])("422: %s %s is named", async (field, _why, input) => {
    const body = await expectError(await register(input), 422, "validation_failed");
    expect(Object.keys(body.error.fields ?? {})).toEqual([field]);
  });

  it("422: missing fields are each named as required", async () => {
    const body = await expectError(await register({}), 422, "validation_failed");
    expect(body.error.fields).toEqual({
      name: "is required",
      email: "is required",
      password: "is required",
    });
  });

  it.each([["null"], ["[]"], ['"a string"'], ["42"]])(
    "422, not 500, for the JSON value %s",
    async (raw) => {
      await expectError(await registerRaw(raw), 422, "validation_failed");
    },
  );

  // Product bug: PostgreSQL text cannot hold U+0000; the insert fails with
  // 22021 and the wrapper answers 500. The contract says never a 500 for bad input.
  it("a name containing a NUL character is refused with 422, not 500", async () => {
    const before = await rowCount(users);
    const res = await register({
      name: "Nul\u0000Name",
      email: uniqueEmail("nul"),
      password: "a-long-password",
    });
    const body = await expectError(res, 422, "validation_failed");
    expect(body.error.fields).toHaveProperty("name");
    expect(await rowCount(users)).toBe(before);
  });

  it("takes an optional time zone (an alias as the server names it); an unknown one is a 422", async () => {
    const zoneOf = async (timezone: string) => {
      const res = await register({
        name: "Zoned",
        email: uniqueEmail("zone"),
        password: "a-long-password",
        timezone,
      });
      expect(res.status).toBe(201);
      const { user } = (await res.json()) as { user: { id: string } };
      const [p] = await db.select().from(profiles).where(eq(profiles.userId, user.id));
      return p?.timezone;
    };
    expect(await zoneOf("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(await zoneOf("US/Eastern")).toBe("America/New_York");
    expect(await zoneOf("Etc/UTC")).toBe("UTC");

    const before = await rowCount(users);
    const body = await expectError(
      await register({
        name: "Zoned",
        email: uniqueEmail("zone"),
        password: "a-long-password",
        timezone: "Mars/Olympus_Mons",
      }),
      422,
      "validation_failed",
    );
    expect(body.error.fields).toEqual({ timezone: expect.any(String) });
    expect(await rowCount(users)).toBe(before);
  });
});
