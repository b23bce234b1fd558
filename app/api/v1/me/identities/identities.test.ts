/**
 * Sign-in with an identity provider (docs/DECISIONS.md, "Sign-in with an identity provider"):
 * the rules that decide whether a provider account signs in, links or attaches, the identities
 * API, email verification links, and what an account with no password is told.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";

// Both providers are offered in this file (before anything reads the environment).
vi.hoisted(() => {
  process.env.AUTH_GITHUB_ID = "test-github-id";
  process.env.AUTH_GITHUB_SECRET = "test-github-secret";
  process.env.AUTH_OIDC_ISSUER = "http://127.0.0.1:3999/";
  process.env.AUTH_OIDC_ID = "test-oidc-id";
  process.env.AUTH_OIDC_SECRET = "test-oidc-secret";
  process.env.AUTH_OIDC_NAME = "Test IdP";
});

import { db } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { confirmEmailVerification, createVerificationLinkFor } from "@/lib/auth/email-verification";
import { createProviderUser } from "@/lib/auth/identities";
import { confirmPasswordReset, createResetLinkFor } from "@/lib/auth/password-reset";
import {
  decide,
  decodeLinkIntent,
  encodeLinkIntent,
  providerSignInDecision,
  recordLinkedEmail,
} from "@/lib/auth/provider-sign-in";
import { authProviders, configuredProviders, providerProfileOf } from "@/lib/auth/providers";
import { endSession } from "@/lib/auth/sessions";
import { NO_PASSWORD_MESSAGE } from "@/lib/users/accounts";
import { DELETE as deleteMe } from "../route";
import { POST as changePassword } from "../password/route";
import { POST as createToken } from "../../tokens/route";
import { GET as listIdentities } from "./route";
import { DELETE as unlinkIdentity } from "./[provider]/route";
import {
  createUser,
  expectError,
  jsonRequest,
  routeParams,
  signIn,
  tokenFor,
  uniqueClient,
  uniqueEmail,
  userRow,
} from "../../test-helpers";

async function verify(userId: string) {
  await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, userId));
}

async function link(userId: string, provider: string, email: string | null = null) {
  const providerAccountId = randomUUID();
  await db.insert(accounts).values({ userId, type: "oauth", provider, providerAccountId, email });
  return providerAccountId;
}

/** A user whose only way in is a provider (as a first provider sign-in makes one). */
async function providerOnlyUser(providers: string[] = ["github"]) {
  const user = await createProviderUser({ name: "Pat Provider", email: uniqueEmail("prov") });
  for (const p of providers) await link(user.id, p, user.email);
  return user;
}

const profile = (email: string | null, emailVerified: boolean) => ({ email, emailVerified });

describe("the pure rule", () => {
  const base = {
    session: "none" as const,
    sessionUser: null,
    intentMatches: false,
    accountOwner: null,
    emailOwner: null,
    profile: profile("a@example.com", true),
  };
  it("each situation has one answer", () => {
    expect(decide(base)).toEqual({ allow: true, as: "create" });
    expect(decide({ ...base, profile: profile("a@example.com", false) })).toEqual({
      allow: false,
      refusal: "ProviderEmailUnverified",
    });
    expect(decide({ ...base, profile: profile(null, true) })).toEqual({
      allow: false,
      refusal: "NoEmail",
    });
    expect(decide({ ...base, emailOwner: { id: "u", emailVerified: true } })).toEqual({
      allow: true,
      as: "attach",
    });
    expect(decide({ ...base, emailOwner: { id: "u", emailVerified: false } })).toEqual({
      allow: false,
      refusal: "AccountEmailUnverified",
    });
    expect(decide({ ...base, accountOwner: "u", profile: profile(null, false) })).toEqual({
      allow: true,
      as: "sign-in",
    });
    expect(decide({ ...base, session: "ended", intentMatches: true })).toEqual({
      allow: false,
      refusal: "SessionEnded",
    });
    expect(decide({ ...base, session: "live", sessionUser: "u" })).toEqual({
      allow: false,
      refusal: "LinkFromSettings",
    });
    expect(
      decide({
        ...base,
        session: "live",
        sessionUser: "u",
        intentMatches: true,
        accountOwner: "v",
      }),
    ).toEqual({ allow: false, refusal: "LinkedElsewhere" });
    expect(decide({ ...base, session: "live", sessionUser: "u", intentMatches: true })).toEqual({
      allow: true,
      as: "link",
    });
  });

  it("provider profiles: emails lower-cased and trimmed, only a true email_verified counts", () => {
    expect(providerProfileOf({ email: "  Ada@Example.COM ", email_verified: true })).toEqual(
      profile("ada@example.com", true),
    );
    expect(providerProfileOf({ email: "ada@example.com", email_verified: "yes" })).toEqual(
      profile("ada@example.com", false),
    );
    expect(providerProfileOf({ email: "" })).toEqual(profile(null, false));
    expect(providerProfileOf(undefined)).toEqual(profile(null, false));
  });
});

describe("a provider sign-in against the database", () => {
  const decision = (
    input: Partial<Parameters<typeof providerSignInDecision>[0]> & {
      email?: string | null;
      verified?: boolean;
    },
  ) =>
    providerSignInDecision({
      provider: input.provider ?? "oidc",
      providerAccountId: input.providerAccountId ?? randomUUID(),
      profile: providerProfileOf({
        email: input.email ?? null,
        email_verified: input.verified ?? true,
      }),
      claims: input.claims ?? null,
      intent: input.intent ?? null,
    });

  it("attaches to an existing account only when both sides verified the email, compared lower-cased", async () => {
    const user = await createUser({ email: uniqueEmail("both") });
    const shouted = user.email.toUpperCase();
    // Epoch has not verified the account's email: someone may have registered another's address.
    expect(await decision({ email: shouted, verified: true })).toEqual({
      allow: false,
      refusal: "AccountEmailUnverified",
    });
    await verify(user.id);
    // The provider has not verified it: anyone could have typed it there.
    expect(await decision({ email: shouted, verified: false })).toEqual({
      allow: false,
      refusal: "ProviderEmailUnverified",
    });
    expect(await decision({ email: shouted, verified: true })).toEqual({
      allow: true,
      as: "attach",
    });
  });

  it("a provider account already linked signs its owner in, whatever its email says now", async () => {
    const user = await createUser();
    const id = await link(user.id, "github", user.email);
    expect(
      await decision({ provider: "github", providerAccountId: id, email: null, verified: false }),
    ).toEqual({ allow: true, as: "sign-in" });
  });

  it("links from Settings only: the intent must name this live session and this provider", async () => {
    const user = await createUser();
    const { sid } = await signIn(user.id);
    const claims = { sid, sub: user.id };
    const email = uniqueEmail("other-idp");
    expect(await decision({ claims, email })).toEqual({
      allow: false,
      refusal: "LinkFromSettings",
    });
    expect(
      await decision({ claims, email, intent: { sid, sub: user.id, provider: "github" } }),
    ).toEqual({ allow: false, refusal: "LinkFromSettings" });
    const other = await signIn(user.id);
    expect(
      await decision({ claims, email, intent: { sid: other.sid, sub: user.id, provider: "oidc" } }),
    ).toEqual({ allow: false, refusal: "LinkFromSettings" });
    // An unverified provider email does not matter when the signed-in owner links it.
    expect(
      await decision({
        claims,
        email,
        verified: false,
        intent: { sid, sub: user.id, provider: "oidc" },
      }),
    ).toEqual({ allow: true, as: "link" });
  });

  it("a revoked session cannot link, even with its intent", async () => {
    const user = await createUser();
    const { sid } = await signIn(user.id);
    const intent = { sid, sub: user.id, provider: "oidc" };
    await endSession(sid);
    expect(await decision({ claims: { sid, sub: user.id }, intent, email: uniqueEmail() })).toEqual(
      {
        allow: false,
        refusal: "SessionEnded",
      },
    );
    // An expired row is ended too.
    const second = await signIn(user.id);
    await db
      .update(sessions)
      .set({ expires: new Date(Date.now() - 1000) })
      .where(eq(sessions.sessionToken, second.sid));
    expect(
      await decision({
        claims: { sid: second.sid, sub: user.id },
        intent: { ...intent, sid: second.sid },
        email: uniqueEmail(),
      }),
    ).toEqual({ allow: false, refusal: "SessionEnded" });
  });

  it("a provider account linked to someone else is not moved to the signed-in user", async () => {
    const owner = await createUser();
    const id = await link(owner.id, "oidc");
    const user = await createUser();
    const { sid } = await signIn(user.id);
    expect(
      await decision({
        providerAccountId: id,
        claims: { sid, sub: user.id },
        intent: { sid, sub: user.id, provider: "oidc" },
        email: uniqueEmail(),
      }),
    ).toEqual({ allow: false, refusal: "LinkedElsewhere" });
  });

  it("the link intent cookie round-trips, and a forged one reads as none", async () => {
    const intent = { sid: "s", sub: randomUUID(), provider: "github" };
    expect(await decodeLinkIntent(await encodeLinkIntent(intent))).toEqual(intent);
    expect(await decodeLinkIntent("not-a-jwe")).toBeNull();
    expect(await decodeLinkIntent(undefined)).toBeNull();
  });

  it("a first provider sign-in makes a verified, password-less account with its profile", async () => {
    const email = uniqueEmail("new").toUpperCase();
    const user = await createProviderUser({ name: "New Person", email });
    const row = await userRow(user.id);
    expect(row?.email).toBe(email.toLowerCase());
    expect(row?.passwordHash).toBeNull();
    expect(row?.emailVerified).toBeInstanceOf(Date);
    const id = await link(user.id, "github");
    await recordLinkedEmail("github", id, "  Mixed@Case.Example ");
    const [acc] = await db
      .select({ email: accounts.email })
      .from(accounts)
      .where(and(eq(accounts.provider, "github"), eq(accounts.providerAccountId, id)));
    expect(acc?.email).toBe("mixed@case.example");
  });
});

describe("GET and DELETE /api/v1/me/identities", () => {
  const list = (token: string) => listIdentities(jsonRequest("/api/v1/me/identities", { token }));
  const unlink = (provider: string, auth: { token?: string; cookie?: string }) =>
    unlinkIdentity(
      jsonRequest(`/api/v1/me/identities/${provider}`, { method: "DELETE", ...auth }),
      routeParams({ provider }),
    );

  it("both providers are offered here", () => {
    expect(configuredProviders()).toEqual([
      { id: "github", name: "GitHub" },
      { id: "oidc", name: "Test IdP" },
    ]);
  });

  it("Auth.js gets both, checking PKCE and state; their profiles lower-case the email", async () => {
    const [github, oidc] = authProviders();
    expect(github).toMatchObject({ id: "github", checks: ["pkce", "state"] });
    expect(oidc).toMatchObject({
      id: "oidc",
      type: "oidc",
      name: "Test IdP",
      issuer: "http://127.0.0.1:3999/",
      clientId: "test-oidc-id",
      idToken: false,
      checks: ["pkce", "state"],
    });
    const tokens = {} as never;
    expect(
      await github!.profile!({ id: 42, login: "ada", email: "Ada@X.io", avatar_url: null }, tokens),
    ).toEqual({ id: "42", name: "ada", email: "ada@x.io", image: null });
    expect(
      await oidc!.profile!({ sub: "s-1", name: "Ada", email: " ADA@IDP.example " }, tokens),
    ).toEqual({ id: "s-1", name: "Ada", email: "ada@idp.example", image: null });
  });

  it("lists the caller's own providers with their email and date, and whether there is a password", async () => {
    const user = await createUser();
    const other = await createUser();
    await link(user.id, "github", "ada@github.example");
    await link(other.id, "oidc", "someone@else.example");
    const res = await list(await tokenFor(user.id));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      items: { provider: string; email: string; linkedAt: string }[];
      hasPassword: boolean;
    };
    expect(body.hasPassword).toBe(true);
    expect(body.items).toEqual([
      { provider: "github", email: "ada@github.example", linkedAt: expect.any(String) },
    ]);
    expect(Date.parse(body.items[0]!.linkedAt)).toBeGreaterThan(Date.now() - 60_000);
    const pwless = await providerOnlyUser(["oidc"]);
    const second = (await (await list(await tokenFor(pwless.id))).json()) as {
      hasPassword: boolean;
    };
    expect(second.hasPassword).toBe(false);
  });

  it("unlinks (204), then the provider is gone; one not linked is 404; a malformed id 422", async () => {
    const user = await createUser();
    await link(user.id, "github");
    const token = await tokenFor(user.id);
    expect((await unlink("github", { token })).status).toBe(204);
    expect(await db.select().from(accounts).where(eq(accounts.userId, user.id))).toEqual([]);
    await expectError(await unlink("github", { token }), 404, "not_found");
    const bad = await expectError(await unlink("GitHub!", { token }), 422, "validation_failed");
    expect(bad.error.fields?.provider).toBeDefined();
    await expectError(await unlink("github", {}), 401, "unauthorized");
  });

  it("another user's provider is not found, and stays linked", async () => {
    const owner = await providerOnlyUser(["github", "oidc"]);
    const intruder = await createUser();
    await expectError(
      await unlink("github", { token: await tokenFor(intruder.id) }),
      404,
      "not_found",
    );
    expect(await db.select().from(accounts).where(eq(accounts.userId, owner.id))).toHaveLength(2);
  });

  it("409 for the last way in: no password and no other offered provider", async () => {
    const user = await providerOnlyUser(["github", "oidc"]);
    const { cookie } = await signIn(user.id);
    const headers = { origin: "http://localhost" };
    expect(
      (
        await unlinkIdentity(
          jsonRequest("/api/v1/me/identities/oidc", { method: "DELETE", cookie, headers }),
          routeParams({ provider: "oidc" }),
        )
      ).status,
    ).toBe(204);
    const last = await expectError(
      await unlink("github", { token: await tokenFor(user.id) }),
      409,
      "conflict",
    );
    expect(last.error.message).toMatch(/last way to sign in.*set a password/i);
    // A provider this server no longer offers is no way in.
    await link(user.id, "retired-idp");
    await expectError(await unlink("github", { token: await tokenFor(user.id) }), 409, "conflict");
    expect(await db.select().from(accounts).where(eq(accounts.userId, user.id))).toHaveLength(2);
    // Once a reset link sets a password, the provider can go.
    const link_ = await createResetLinkFor(user.email, "http://localhost");
    await confirmPasswordReset({ token: link_.split("/").at(-1)!, password: "a-new-password-42" });
    expect((await unlink("github", { token: await tokenFor(user.id) })).status).toBe(204);
  });
});

describe("an account with no password", () => {
  let user: Awaited<ReturnType<typeof providerOnlyUser>>;
  let token: string;
  beforeEach(async () => {
    user = await providerOnlyUser();
    token = await tokenFor(user.id);
  });

  it("DELETE /api/v1/me says to set a password first, and deletes nothing", async () => {
    const res = await deleteMe(
      jsonRequest("/api/v1/me", { method: "DELETE", body: { password: "anything-at-all" }, token }),
    );
    const body = await expectError(res, 422, "validation_failed");
    expect(body.error.message).toBe(NO_PASSWORD_MESSAGE);
    expect(body.error.fields?.password).toMatch(/no password yet/);
    expect(await userRow(user.id)).toBeDefined();
  });

  it("POST /api/v1/me/password says the same, naming the current password", async () => {
    const res = await changePassword(
      jsonRequest("/api/v1/me/password", {
        body: { currentPassword: "anything-at-all", newPassword: "a-brand-new-password" },
        token,
      }),
    );
    const body = await expectError(res, 422, "validation_failed");
    expect(body.error.message).toBe(NO_PASSWORD_MESSAGE);
    expect(body.error.fields?.currentPassword).toMatch(/no password yet/);
    expect((await userRow(user.id))?.passwordHash).toBeNull();
  });

  it("POST /api/v1/tokens answers as for any wrong password, saying what such an account does", async () => {
    const res = await createToken(
      jsonRequest("/api/v1/tokens", {
        body: { email: user.email, password: "anything-at-all", name: "script" },
        headers: { "x-forwarded-for": uniqueClient() },
      }),
    );
    const body = await expectError(res, 401, "unauthorized");
    expect(body.error.message).toMatch(/has no password: create a token in Settings/);
    // The same words for an unknown email: the answer tells nobody which accounts exist.
    const unknown = await expectError(
      await createToken(
        jsonRequest("/api/v1/tokens", {
          body: { email: uniqueEmail("nobody"), password: "anything-at-all", name: "script" },
          headers: { "x-forwarded-for": uniqueClient() },
        }),
      ),
      401,
      "unauthorized",
    );
    expect(unknown.error.message).toBe(body.error.message);
  });
});

describe("email verification links", () => {
  it("stores only the token's hash; works once; marks the email verified", async () => {
    const user = await createUser();
    const link = await createVerificationLinkFor(user.email.toUpperCase(), "http://localhost/");
    expect(link).toMatch(/^http:\/\/localhost\/verify-email\/[A-Za-z0-9_-]{43}$/);
    const token = link.split("/").at(-1)!;
    const rows = await db.select().from(verificationTokens);
    expect(rows.some((r) => r.token === token)).toBe(false);
    expect(rows.filter((r) => r.identifier.includes(user.id))).toHaveLength(1);
    expect((await userRow(user.id))?.emailVerified).toBeNull();
    expect(await confirmEmailVerification(token)).toBe(true);
    expect((await userRow(user.id))?.emailVerified).toBeInstanceOf(Date);
    expect(await confirmEmailVerification(token)).toBe(false);
  });

  it("an expired, unknown or malformed link verifies nothing; a new link replaces the old", async () => {
    const user = await createUser();
    const first = (await createVerificationLinkFor(user.email, "http://x")).split("/").at(-1)!;
    const second = (await createVerificationLinkFor(user.email, "http://x")).split("/").at(-1)!;
    expect(await confirmEmailVerification(first)).toBe(false);
    await db
      .update(verificationTokens)
      .set({ expires: new Date(Date.now() - 1000) })
      .where(eq(verificationTokens.identifier, `verify-email:${user.id}:${user.email}`));
    expect(await confirmEmailVerification(second)).toBe(false);
    expect(await confirmEmailVerification("x".repeat(43))).toBe(false);
    expect(await confirmEmailVerification("../../etc")).toBe(false);
    expect((await userRow(user.id))?.emailVerified).toBeNull();
  });
});
