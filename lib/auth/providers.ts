import type { OAuthConfig } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import { authProviderEnv } from "../env";

/**
 * The identity providers this server offers, from the environment: GitHub (Auth.js's own
 * provider) when AUTH_GITHUB_ID and AUTH_GITHUB_SECRET are set, and one OpenID Connect provider
 * (Auth.js's generic `type: "oidc"`) when AUTH_OIDC_ISSUER, AUTH_OIDC_ID and AUTH_OIDC_SECRET
 * are. Buttons show only for these. docs/DECISIONS.md, "Sign-in with an identity provider".
 */
export type ProviderId = "github" | "oidc";
export type ProviderChoice = { id: ProviderId; name: string };

/** What a provider said about the person, as the sign-in rules need it. */
export type ProviderProfile = { email: string | null; emailVerified: boolean };

export function configuredProviders(): ProviderChoice[] {
  const e = authProviderEnv();
  const list: ProviderChoice[] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_ID && e.AUTH_OIDC_SECRET)
    list.push({ id: "oidc", name: e.AUTH_OIDC_NAME });
  return list;
}

export const providerName = (id: string): string =>
  configuredProviders().find((p) => p.id === id)?.name ??
  (id === "github" ? "GitHub" : id === "oidc" ? authProviderEnv().AUTH_OIDC_NAME : id);

const lower = (email: unknown) =>
  typeof email === "string" && email.trim() ? email.trim().toLowerCase() : null;

type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/**
 * GitHub's profile with the primary email and whether GitHub verified it, from /user/emails
 * (the `user:email` scope): the public email of /user says nothing about verification.
 */
async function gitHubProfile(accessToken: string) {
  const headers = { Authorization: `Bearer ${accessToken}`, "User-Agent": "epoch" };
  const profile = (await fetch("https://api.github.com/user", { headers }).then((r) =>
    r.json(),
  )) as Record<string, unknown>;
  const res = await fetch("https://api.github.com/user/emails", { headers });
  const emails = res.ok ? ((await res.json()) as GitHubEmail[]) : [];
  const primary = Array.isArray(emails) ? emails.find((e) => e.primary) : undefined;
  return {
    ...profile,
    email: primary?.email ?? profile.email ?? null,
    email_verified: primary?.verified === true,
  };
}

/** The profile fields the rules read, for any provider (both put `email_verified` there). */
export function providerProfileOf(profile: Record<string, unknown> | undefined): ProviderProfile {
  return {
    email: lower(profile?.email),
    emailVerified: profile?.email_verified === true || profile?.email_verified === "true",
  };
}

/** The providers handed to Auth.js. Emails are lower-cased here, as Epoch stores them. */
export function authProviders(): OAuthConfig<Record<string, unknown>>[] {
  const e = authProviderEnv();
  const providers: OAuthConfig<Record<string, unknown>>[] = [];
  const ids = new Set(configuredProviders().map((p) => p.id));
  if (ids.has("github")) {
    const github = GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET });
    providers.push({
      ...(github as unknown as OAuthConfig<Record<string, unknown>>),
      userinfo: {
        url: "https://api.github.com/user",
        request: ({ tokens }: { tokens: { access_token?: string } }) =>
          gitHubProfile(tokens.access_token ?? ""),
      },
      // PKCE and a state bound to this browser's cookie: an answer the browser did not ask for
      // (a forged or replayed state) is refused.
      checks: ["pkce", "state"],
      profile: (p) => ({
        id: String(p.id),
        name: (p.name as string | null) ?? (p.login as string | null) ?? null,
        email: lower(p.email),
        image: (p.avatar_url as string | null) ?? null,
      }),
      // Linking by email happens only when both sides verified it: the signIn callback decides
      // (lib/auth/provider-sign-in.ts) before Auth.js ever reaches this switch.
      allowDangerousEmailAccountLinking: true,
    });
  }
  if (ids.has("oidc")) {
    providers.push({
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: e.AUTH_OIDC_ISSUER,
      clientId: e.AUTH_OIDC_ID,
      clientSecret: e.AUTH_OIDC_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      // The profile from the userinfo endpoint: providers differ in what the ID token carries,
      // and email and email_verified are always there with the `email` scope.
      idToken: false,
      checks: ["pkce", "state"],
      profile: (p) => ({
        id: String(p.sub),
        name:
          (p.name as string | undefined) ?? (p.preferred_username as string | undefined) ?? null,
        email: lower(p.email),
        image: (p.picture as string | undefined) ?? null,
      }),
      allowDangerousEmailAccountLinking: true,
    });
  }
  return providers;
}
