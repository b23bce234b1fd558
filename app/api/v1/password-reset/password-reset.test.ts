/**
 * Password reset through the API, with a real SMTP server on this machine
 * receiving the links: POST /api/v1/password-reset and .../confirm.
 */
import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const received: { to: string[]; data: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
      callback();
    });
  },
});

async function waitForMail(to: string, count = 1, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mails = received.filter((m) => m.to.includes(to));
    if (mails.length >= count || Date.now() > until) return mails;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The reset link of a mail (quoted-printable soft line breaks undone). */
const linkIn = (data: string) =>
  /(http:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+)/.exec(data.replace(/=\r?\n/g, ""))?.[1];
const tokenOf = (link: string) => link.split("/").at(-1)!;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

// The app's modules read SMTP_URL once: loaded after it is set (beforeAll).
let h: typeof import("../test-helpers");
let requestRoute: typeof import("./route").POST;
let confirmRoute: typeof import("./confirm/route").POST;
let tokensRoute: typeof import("../tokens/route").POST;
let meRoute: typeof import("../me/route").GET;
let dbModule: typeof import("@/db/client");
let schema: typeof import("@/db/schema");
let orm: typeof import("drizzle-orm");

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  [h, { POST: requestRoute }, { POST: confirmRoute }, { POST: tokensRoute }, { GET: meRoute }] =
    await Promise.all([
      import("../test-helpers"),
      import("./route"),
      import("./confirm/route"),
      import("../tokens/route"),
      import("../me/route"),
    ]);
  [dbModule, schema, orm] = await Promise.all([
    import("@/db/client"),
    import("@/db/schema"),
    import("drizzle-orm"),
  ]);
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
});

let clients = 0;
/** A client address of its own (the throttle keys on the last X-Forwarded-For hop). */
const newClient = () => `198.18.${Math.floor(++clients / 250)}.${(clients % 250) + 1}`;

const askReset = (email: unknown, client = newClient()) =>
  requestRoute(
    h.jsonRequest("/api/v1/password-reset", {
      body: { email },
      headers: { "x-forwarded-for": client },
    }),
  );
const confirm = (token: unknown, password: unknown) =>
  confirmRoute(h.jsonRequest("/api/v1/password-reset/confirm", { body: { token, password } }));
const signInWith = (email: string, password: string, client = newClient()) =>
  tokensRoute(
    h.jsonRequest("/api/v1/tokens", {
      body: { email, password, name: "after reset" },
      headers: { "x-forwarded-for": client },
    }),
  );

/** Asks for a link for the user and takes it from the mail. */
async function resetLinkFor(email: string): Promise<string> {
  const before = received.filter((m) => m.to.includes(email)).length;
  expect((await askReset(email)).status).toBe(202);
  const mails = await waitForMail(email, before + 1);
  expect(mails.length, "no mail reached the SMTP server").toBe(before + 1);
  const link = linkIn(mails.at(-1)!.data);
  expect(link, "the mail has a reset link").toBeDefined();
  return link!;
}

const resetRows = async (userId: string) => {
  const t = schema.passwordResetTokens;
  return dbModule.db.select().from(t).where(orm.eq(t.userId, userId));
};

const NEW_PASSWORD = "a-fresh-password-42";

describe("POST /api/v1/password-reset", () => {
  it("202 with the same body for a known and an unknown email; only the account gets a link, stored hashed", async () => {
    const user = await h.createUser();
    const known = await askReset(user.email.toUpperCase());
    const unknown = await askReset("nobody-here@example.com");
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    const [knownBody, unknownBody] = [await known.text(), await unknown.text()];
    expect(knownBody).toBe(unknownBody);
    expect(JSON.parse(knownBody)).toEqual({ message: expect.stringMatching(/on its way/) });

    const [mail] = await waitForMail(user.email);
    expect(mail, "no mail reached the SMTP server").toBeDefined();
    expect(mail!.data).toMatch(/Subject: Reset your Epoch password/);
    const link = linkIn(mail!.data)!;
    expect(link.startsWith("http://localhost/reset-password/")).toBe(true);
    const token = tokenOf(link);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const rows = await resetRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(sha256(token));
    expect(rows[0]!.usedAt).toBeNull();
    const minutes = (rows[0]!.expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(58);
    expect(minutes).toBeLessThanOrEqual(60);
    // The raw token is nowhere in the table.
    const dump = JSON.stringify(await dbModule.db.select().from(schema.passwordResetTokens));
    expect(dump).not.toContain(token);

    await new Promise((r) => setTimeout(r, 200));
    expect(received.some((m) => m.to.includes("nobody-here@example.com"))).toBe(false);
  });

  it("422 for a malformed or missing email, naming the field", async () => {
    for (const email of ["not-an-email", "", 42, undefined]) {
      const body = await h.expectError(await askReset(email), 422, "validation_failed");
      expect(Object.keys(body.error.fields ?? {})).toEqual(["email"]);
    }
  });

  it("429 with Retry-After past 5 requests per email, and past 20 per client", async () => {
    const user = await h.createUser();
    for (let i = 0; i < 5; i++) expect((await askReset(user.email)).status).toBe(202);
    const limited = await askReset(user.email);
    await h.expectError(limited, 429, "rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);

    const client = newClient();
    for (let i = 0; i < 20; i++)
      expect((await askReset(h.uniqueEmail("many"), client)).status).toBe(202);
    await h.expectError(await askReset(h.uniqueEmail("many"), client), 429, "rate_limited");
  });

  it("is counted apart from sign-in: a locked-out account can still ask for a link", async () => {
    const user = await h.createUser();
    const client = newClient();
    for (let i = 0; i < 6; i++) await signInWith(user.email, "wrong-password-here", client);
    await h.expectError(await signInWith(user.email, user.password, client), 429, "rate_limited");
    expect((await askReset(user.email, client)).status).toBe(202);
  });
});

describe("POST /api/v1/password-reset/confirm", () => {
  it("204: the link from the mail sets the password once; every session and token of the account ends, and no one else's", async () => {
    const user = await h.createUser();
    const other = await h.createUser();
    const [session1, session2, otherSession] = [
      await h.signIn(user.id),
      await h.signIn(user.id),
      await h.signIn(other.id),
    ];
    const [token1, otherToken] = [await h.tokenFor(user.id), await h.tokenFor(other.id)];
    const first = tokenOf(await resetLinkFor(user.email));
    const second = tokenOf(await resetLinkFor(user.email));
    const otherLink = tokenOf(await resetLinkFor(other.email));

    const res = await confirm(first, NEW_PASSWORD);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");

    for (const auth of [session1, session2, { token: token1 }]) {
      await h.expectError(await meRoute(h.jsonRequest("/api/v1/me", auth)), 401, "unauthorized");
    }
    const t = schema;
    const left = async (table: typeof t.sessions | typeof t.apiTokens, userId: string) =>
      (await dbModule.db.select().from(table).where(orm.eq(table.userId, userId))).length;
    expect(await left(t.sessions, user.id)).toBe(0);
    expect(await left(t.apiTokens, user.id)).toBe(0);
    expect(await left(t.sessions, other.id)).toBe(1);
    expect(await left(t.apiTokens, other.id)).toBe(1);
    expect((await meRoute(h.jsonRequest("/api/v1/me", otherSession))).status).toBe(200);
    expect((await meRoute(h.jsonRequest("/api/v1/me", { token: otherToken }))).status).toBe(200);

    await h.expectError(await signInWith(user.email, user.password), 401, "unauthorized");
    expect((await signInWith(user.email, NEW_PASSWORD)).status).toBe(201);

    // Single use, and the account's other outstanding link ended with it; not the other account's.
    await h.expectError(await confirm(first, "yet-another-password"), 400, "bad_request");
    await h.expectError(await confirm(second, "yet-another-password"), 400, "bad_request");
    expect((await resetRows(user.id)).every((r) => r.usedAt !== null)).toBe(true);
    expect((await confirm(otherLink, "other-new-password")).status).toBe(204);

    // A new link clears the account's spent ones: the table keeps only live links.
    const fresh = tokenOf(await resetLinkFor(user.email));
    const rows = await resetRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.usedAt).toBeNull();
    expect(rows[0]!.tokenHash).toBe(sha256(fresh));
  });

  it("400 for an expired link, and nothing changes", async () => {
    const user = await h.createUser();
    const token = tokenOf(await resetLinkFor(user.email));
    const t = schema.passwordResetTokens;
    await dbModule.db
      .update(t)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(orm.eq(t.userId, user.id));
    const hash = (await h.userRow(user.id))!.passwordHash;
    const body = await h.expectError(await confirm(token, NEW_PASSWORD), 400, "bad_request");
    expect(body.error.message).toMatch(/expired/);
    expect((await h.userRow(user.id))!.passwordHash).toBe(hash);
  });

  it("400 for an unknown token; 422 for a weak password, naming the field, with the link still usable", async () => {
    await h.expectError(await confirm("no-such-token", NEW_PASSWORD), 400, "bad_request");
    const user = await h.createUser();
    const session = await h.signIn(user.id);
    const token = tokenOf(await resetLinkFor(user.email));
    const hash = (await h.userRow(user.id))!.passwordHash;
    const weak = await h.expectError(await confirm(token, "short"), 422, "validation_failed");
    expect(Object.keys(weak.error.fields ?? {})).toEqual(["password"]);
    const missing = await h.expectError(
      await confirm(undefined, undefined),
      422,
      "validation_failed",
    );
    expect(Object.keys(missing.error.fields ?? {}).sort()).toEqual(["password", "token"]);
    expect((await h.userRow(user.id))!.passwordHash).toBe(hash);
    expect((await meRoute(h.jsonRequest("/api/v1/me", session))).status).toBe(200);
    expect((await confirm(token, NEW_PASSWORD)).status).toBe(204);
  });

  it("ends the sign-in lockout of the account: the new password works at once", async () => {
    const user = await h.createUser();
    const { THROTTLE_LIMITS } = await import("@/lib/auth/throttle");
    // Guesses from many clients, past the per-email ceiling: a new client is refused.
    for (let i = 0; i <= THROTTLE_LIMITS.email; i++)
      await signInWith(user.email, "wrong-password-here");
    await h.expectError(await signInWith(user.email, user.password), 429, "rate_limited");
    const token = tokenOf(await resetLinkFor(user.email));
    expect((await confirm(token, NEW_PASSWORD)).status).toBe(204);
    expect((await signInWith(user.email, NEW_PASSWORD)).status).toBe(201);
  });
});
