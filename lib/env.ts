import { isIP } from "node:net";
import { z } from "zod";
import { databaseEnvFields, parseEnvironment } from "@/db/env";

/**
 * The identity providers' settings, in a set of their own: Auth.js's configuration reads them
 * when it loads, also during `next build`, where the rest of the environment may be missing.
 */
const authProviderFields = {
  /** Sign-in with GitHub (an OAuth app's client id and secret): both, or neither. */
  AUTH_GITHUB_ID: z.string().trim().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().trim().min(1).optional(),
  /** Sign-in with any OpenID Connect provider: its issuer URL, client id and secret, and a name. */
  AUTH_OIDC_ISSUER: z
    .url("AUTH_OIDC_ISSUER must be a URL such as https://login.example.com/realms/epoch")
    .optional(),
  AUTH_OIDC_ID: z.string().trim().min(1).optional(),
  AUTH_OIDC_SECRET: z.string().trim().min(1).optional(),
  AUTH_OIDC_NAME: z.string().trim().min(1).max(40).default("Single sign-on"),
};

/**
 * The environment, parsed once. A bad value fails at first use with a message
 * naming the variable. The npm scripts fill DATABASE_URL (embedded PostgreSQL)
 * and, in development, AUTH_SECRET before the app starts.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  ...databaseEnvFields,
  /** Learners each server process keeps computed progress and dashboards for; 0 keeps none. */
  LEARNER_CACHE_SIZE: z.coerce.number().int().min(0).max(100_000).default(1000),
  /** The public origin when the app runs behind a proxy that rewrites the host. */
  APP_ORIGIN: z.url("APP_ORIGIN must be a URL such as https://epoch.example.com").optional(),
  /** smtp(s)://user:password@host:port — without it, notifications stay in the app. */
  SMTP_URL: z
    .url("SMTP_URL must be a URL such as smtps://user:password@smtp.example.com:465")
    .optional(),
  MAIL_FROM: z.string().default("Epoch <no-reply@epoch.local>"),
  /**
   * Proxies whose X-Forwarded-For is believed (comma-separated IP addresses); scripts/server.mjs
   * reads it too. Without it the socket address is the client.
   */
  TRUSTED_PROXIES: z
    .string()
    .refine(
      (v) => v.split(",").every((a) => !a.trim() || isIP(a.trim().replace(/^\[|\]$/g, "")) !== 0),
      "TRUSTED_PROXIES must be comma-separated IP addresses",
    )
    .optional(),
  /** Registrations allowed per client address in ten minutes (the e2e suite raises it). */
  REGISTRATION_LIMIT: z.coerce.number().int().min(1).default(30),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /**
   * Encrypts the tier badges' private signing keys in PostgreSQL (lib/badges/keys.ts); without
   * it, a key derived from AUTH_SECRET does.
   */
  BADGE_SIGNING_KEY: z
    .string()
    .min(32, "BADGE_SIGNING_KEY must be at least 32 characters")
    .optional(),
  /**
   * "1" lets webhooks target loopback addresses over http or https (tests, local development;
   * lib/webhooks/ssrf.ts reads it). Never on unless set, in production too.
   */
  WEBHOOKS_ALLOW_LOCALHOST: z
    .enum(["0", "1"], { error: "WEBHOOKS_ALLOW_LOCALHOST must be 1 (or 0, or unset)" })
    .optional(),
  ...authProviderFields,
});

export type Env = z.infer<typeof schema>;

/** Provider settings come in sets: half a set is a mistake, named at start. */
function completeSets(
  e: { [K in keyof typeof authProviderFields]?: unknown },
  ctx: z.RefinementCtx,
) {
  const sets = [
    ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
    ["AUTH_OIDC_ISSUER", "AUTH_OIDC_ID", "AUTH_OIDC_SECRET"],
  ] as const;
  for (const set of sets) {
    const given = set.filter((k) => e[k] !== undefined);
    if (given.length > 0 && given.length < set.length) {
      const missing = set.filter((k) => e[k] === undefined);
      ctx.addIssue({
        code: "custom",
        path: [missing[0]!],
        message: `${missing.join(" and ")} must be set with ${given.join(" and ")}`,
      });
    }
  }
}
const checked = schema.superRefine(completeSets);

let cached: Env | undefined;

export function env(): Env {
  return (cached ??= parseEnvironment(checked));
}

/** The providers' variables alone, each set whole or absent. */
export const authProviderSchema = z.object(authProviderFields).superRefine(completeSets);
export type AuthProviderEnv = z.infer<typeof authProviderSchema>;
let providersCached: AuthProviderEnv | undefined;

/** Only the identity providers' variables (lib/auth/providers.ts), checked as env() checks them. */
export function authProviderEnv(): AuthProviderEnv {
  return (providersCached ??= parseEnvironment(authProviderSchema));
}
