import { and, eq } from "drizzle-orm";
import { decode, encode } from "next-auth/jwt";
import { db } from "@/db/client";
import { accounts, users } from "@/db/schema";
import { env } from "../env";
import type { ProviderProfile } from "./providers";
import { activeSessionUser } from "./sessions";

/**
 * Who may come in through an identity provider, and when a provider account attaches to an
 * Epoch account (docs/DECISIONS.md, "Sign-in with an identity provider"):
 * - a provider account already linked signs its owner in;
 * - linking another provider happens only from Settings: the browser must carry a link intent
 *   that Settings made for this session and this provider, and the session's row must be live
 *   at the moment of the callback (a revoked cookie links nothing);
 * - otherwise a provider account attaches to an existing account by email only when the
 *   provider and Epoch both verified that email (compared lower-cased), and makes a new account
 *   only with an email the provider verified.
 */

export type Refusal =
  | "SessionEnded"
  | "LinkFromSettings"
  | "LinkedElsewhere"
  | "NoEmail"
  | "ProviderEmailUnverified"
  | "AccountEmailUnverified";

export type Decision =
  | { allow: true; as: "sign-in" | "link" | "attach" | "create" }
  | { allow: false; refusal: Refusal };

/** The session cookie's claims, and a link intent cookie's, as read from the request. */
export type SessionClaims = { sid: string; sub: string };
export type LinkIntent = { sid: string; sub: string; provider: string };

/** The pure rule, given what the database says. */
export function decide(input: {
  session: "none" | "live" | "ended";
  sessionUser: string | null;
  intentMatches: boolean;
  accountOwner: string | null;
  emailOwner: { id: string; emailVerified: boolean } | null;
  profile: ProviderProfile;
}): Decision {
  const { session, sessionUser, intentMatches, accountOwner, emailOwner, profile } = input;
  // Auth.js takes any cookie that decodes for "signed in" and would link to its user.
  if (session === "ended") return { allow: false, refusal: "SessionEnded" };
  if (session === "live") {
    if (!intentMatches) return { allow: false, refusal: "LinkFromSettings" };
    if (accountOwner && accountOwner !== sessionUser)
      return { allow: false, refusal: "LinkedElsewhere" };
    return { allow: true, as: "link" };
  }
  if (accountOwner) return { allow: true, as: "sign-in" };
  if (!profile.email) return { allow: false, refusal: "NoEmail" };
  if (!profile.emailVerified) return { allow: false, refusal: "ProviderEmailUnverified" };
  if (emailOwner) {
    return emailOwner.emailVerified
      ? { allow: true, as: "attach" }
      : { allow: false, refusal: "AccountEmailUnverified" };
  }
  return { allow: true, as: "create" };
}

/** Reads what `decide` needs from the database, for one provider callback. */
export async function providerSignInDecision(input: {
  provider: string;
  providerAccountId: string;
  profile: ProviderProfile;
  claims: SessionClaims | null;
  intent: LinkIntent | null;
}): Promise<Decision> {
  const { claims, intent } = input;
  let session: "none" | "live" | "ended" = "none";
  if (claims) {
    session = (await activeSessionUser(claims.sid)) === claims.sub ? "live" : "ended";
  }
  const intentMatches = Boolean(
    claims &&
    intent &&
    intent.sid === claims.sid &&
    intent.sub === claims.sub &&
    intent.provider === input.provider,
  );
  const [linked] = await db
    .select({ userId: accounts.userId })
    .from(accounts)
    .where(
      and(
        eq(accounts.provider, input.provider),
        eq(accounts.providerAccountId, input.providerAccountId),
      ),
    );
  const email = input.profile.email;
  const [owner] = email
    ? await db
        .select({ id: users.id, emailVerified: users.emailVerified })
        .from(users)
        .where(eq(users.email, email))
    : [];
  return decide({
    session,
    sessionUser: claims?.sub ?? null,
    intentMatches,
    accountOwner: linked?.userId ?? null,
    emailOwner: owner ? { id: owner.id, emailVerified: owner.emailVerified !== null } : null,
    profile: input.profile,
  });
}

/** Where each refusal sends the browser, with a code its page explains. */
export function refusalPath(refusal: Refusal): string {
  return refusal === "LinkFromSettings" || refusal === "LinkedElsewhere"
    ? `/settings?identity=${refusal}`
    : `/sign-in?error=${refusal}`;
}

// ── The link intent: a short-lived, encrypted cookie Settings sets before going to the provider ──

export const LINK_INTENT_COOKIE = "epoch.link-intent";
/** Sent only to Auth.js's routes, where the provider's callback lands. */
export const LINK_INTENT_PATH = "/api/auth";
const LINK_INTENT_SALT = "epoch.link-intent";
export const LINK_INTENT_SECONDS = 10 * 60;

function secret(): string {
  const s = env().AUTH_SECRET;
  if (!s) throw new Error("AUTH_SECRET is not set");
  return s;
}

export async function encodeLinkIntent(intent: LinkIntent): Promise<string> {
  return encode({
    token: { ...intent },
    secret: secret(),
    salt: LINK_INTENT_SALT,
    maxAge: LINK_INTENT_SECONDS,
  });
}

export async function decodeLinkIntent(value: string | undefined): Promise<LinkIntent | null> {
  if (!value) return null;
  try {
    const t = await decode({ token: value, secret: secret(), salt: LINK_INTENT_SALT });
    return typeof t?.sid === "string" && typeof t.sub === "string" && typeof t.provider === "string"
      ? { sid: t.sid, sub: t.sub, provider: t.provider }
      : null;
  } catch {
    return null;
  }
}

/** The provider's email on the linked account, lower-cased, for Settings and the API. */
export async function recordLinkedEmail(
  provider: string,
  providerAccountId: string,
  email: string | null | undefined,
): Promise<void> {
  await db
    .update(accounts)
    .set({ email: email ? email.trim().toLowerCase() : null })
    .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)));
}
