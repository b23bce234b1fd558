import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { AppError } from "../errors";
import { signInInput } from "../users/schemas";
import { clientKeyFrom, verifyCredentials } from "./credentials";
import { createProviderUser } from "./identities";
import { providerSignInCallback, sessionToKeep } from "./provider-callbacks";
import { recordLinkedEmail } from "./provider-sign-in";
import { authProviders } from "./providers";
import { safeCallbackUrl } from "./redirect";
import { activeSessionUser, createSession, endSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** The sign-in form tells this apart from a wrong password. */
export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

const drizzleAdapter = DrizzleAdapter(db, {
  usersTable: users,
  accountsTable: accounts,
  sessionsTable: sessions,
  verificationTokensTable: verificationTokens,
});

const nextAuth = NextAuth({
  adapter: {
    ...drizzleAdapter,
    // Emails are stored lower-cased; a provider's may not be.
    getUserByEmail: (email) => drizzleAdapter.getUserByEmail!(email.trim().toLowerCase()),
    // A first provider sign-in makes the account with its profile (lib/auth/identities.ts).
    createUser: (user) => createProviderUser(user),
  },
  // Credentials sign-in needs the JWT strategy; the JWT only names a row of
  // `sessions` (see sessions.ts), so sessions still live in PostgreSQL.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  logger: {
    // A wrong password is an answer, not a server error: keep it out of the error log.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      // Auth.js wraps what went wrong in a callback as `cause.err`: say what it was.
      const cause = (error as { cause?: { err?: unknown } }).cause?.err;
      const detail = cause as { message?: string; error?: unknown; error_description?: unknown };
      const why =
        cause instanceof Error
          ? ` (${[detail.message, detail.error, detail.error_description].filter(Boolean).join(": ")})`
          : "";
      // Auth.js's `type` survives minification; its class names do not.
      const kind = (error as { type?: string }).type ?? error.name;
      console.error(`[auth] ${kind}: ${error.message}${why}`);
    },
  },
  // Auth.js's own errors (a wrong state, a provider that failed) come back to the sign-in page.
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInInput.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          return await verifyCredentials({
            ...parsed.data,
            client: clientKeyFrom(request.headers),
          });
        } catch (error) {
          if (error instanceof AppError && error.code === "rate_limited")
            throw new RateLimitedSignIn();
          if (error instanceof AppError && error.code === "unauthorized") return null;
          throw error;
        }
      },
    }),
    ...authProviders(),
  ],
  callbacks: {
    // Identity providers: who may come in, and when an account links (lib/auth/provider-sign-in.ts).
    async signIn({ account, profile }) {
      if (!account || account.type === "credentials") return true;
      return providerSignInCallback({
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        profile: profile as Record<string, unknown> | undefined,
      });
    },
    // Where Auth.js sends people after sign-in or sign-out: only paths on this site, checked
    // as every other callback URL is (Auth.js's own check lets "/\t/evil.example" through).
    redirect({ url, baseUrl }) {
      let path: unknown = url;
      try {
        const parsed = new URL(url);
        if (parsed.origin === baseUrl) path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
      } catch {
        // Not absolute: a path, checked as it is.
      }
      return `${baseUrl}${safeCallbackUrl(path, "/")}`;
    },
    async jwt({ token, user, account }) {
      if (user?.id) {
        token.sub = user.id;
        // Linking from Settings keeps the browser's session; every other sign-in starts one.
        const kept =
          account && account.type !== "credentials" ? await sessionToKeep(user.id) : null;
        token.sid = kept ?? (await createSession(user.id));
        return token;
      }
      if (!token.sid || !token.sub) return null;
      // Returning null clears the cookie: the session row was ended elsewhere.
      return (await activeSessionUser(token.sid)) === token.sub ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // The provider's email on the account link, lower-cased (Settings and the API show it).
    async linkAccount({ account, profile }) {
      await recordLinkedEmail(account.provider, account.providerAccountId, profile.email);
    },
    async signOut(message) {
      if ("token" in message && message.token?.sid) await endSession(message.token.sid);
    },
  },
});

// No `auth()` export: pages, actions and the API read the session with
// session-reader.ts, which, unlike Auth.js, does not take a database outage for
// "signed out" (docs/DECISIONS.md). Auth.js names the cookie; session-cookies.mjs
// holds the same names.
export const { handlers, signIn, signOut } = nextAuth;
