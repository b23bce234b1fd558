import { createHash } from "node:crypto";
import { isIP } from "node:net";
import { and, eq, gt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { signInThrottles } from "@/db/schema";
import { env } from "../env";
import { AppError } from "../errors";

/**
 * Sign-in attempts allowed in a window, per key. `pair` is one email from one client: guessing
 * stops there without touching the owner on their own devices. `email` is a ceiling across all
 * clients, against guessing from many addresses; it does not apply to a client that has signed in
 * to the account before (a known client), and a reset link or a sign-in from a known client
 * lifts it. `client` limits one address across all emails. See docs/DECISIONS.md.
 */
export const THROTTLE_LIMITS = { pair: 5, email: 30, client: 20 } as const;
/** Password reset requests: per email (limits the mail) and per client. */
export const RESET_LIMITS = { email: 5, client: 20 } as const;
export const THROTTLE_WINDOW_SECONDS = 15 * 60;
export const REGISTRATION_WINDOW_SECONDS = 10 * 60;
/** How long a client that signed in to an account stays known to it. */
const KNOWN_CLIENT_DAYS = 30;
/** Rows deleted per opportunistic clean-up (see removeExpiredRows). */
const CLEANUP_BATCH = 100;

export type ThrottleKeys = { email: string; client: string };

/**
 * What is counted: sign-ins, and password reset requests apart from them, so
 * that a lockout never blocks the way out of it ("Forgot password?").
 */
export type ThrottleScope = "sign-in" | "password-reset";

const REFUSAL: Record<ThrottleScope, string> = {
  "sign-in": "Too many sign-in attempts.",
  "password-reset": "Too many password reset requests.",
};

/**
 * The email part of a key, bounded: a valid address has at most 254 characters, so a longer one
 * (which can only fail) is keyed by its SHA-256 rather than stored whole.
 */
const emailPart = (email: string) => {
  const e = email.trim().toLowerCase();
  return e.length > 254 ? `sha256:${createHash("sha256").update(e).digest("hex")}` : e;
};
/** Keys are IP addresses (see clientKeyFrom); anything else is one shared, bounded key. */
const clientPart = (client: string) => (isIP(client) ? client : "unknown");

const keysOf = (keys: ThrottleKeys) => {
  const e = emailPart(keys.email);
  const c = clientPart(keys.client);
  return {
    email: `email:${e}`,
    pair: `pair:${e}|${c}`,
    pairsOf: `pair:${e}|`,
    client: `client:${c}`,
    known: `known:${e}|${c}`,
    resetEmail: `reset-email:${e}`,
    resetClient: `reset-client:${c}`,
  };
};

const t = signInThrottles;

/**
 * Counts one attempt against `key` atomically (so parallel guesses cannot slip past) and answers
 * the seconds left in its window when it is now over `limit`, else 0.
 */
async function count(key: string, limit: number, windowSeconds: number): Promise<number> {
  const window = sql.raw(`interval '${windowSeconds} seconds'`);
  const expired = sql`${t.windowStartedAt} < now() - ${window}`;
  const [row] = await db
    .insert(t)
    .values({ key, failures: 1 })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${t.failures} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${t.windowStartedAt} end`,
      },
    })
    .returning({
      failures: t.failures,
      secondsLeft: sql<number>`ceil(extract(epoch from ${t.windowStartedAt} + ${window} - now()))::int`,
    });
  return row && row.failures > limit ? Math.max(1, row.secondsLeft) : 0;
}

/**
 * Deletes rows whose window (and, for known clients, whose `blocked_until`) ended more than a day
 * ago, at most CLEANUP_BATCH per call: each counted attempt removes more rows than it can add, so
 * the table stays about as large as one day's distinct keys. Without an index on the expiry this
 * scans the table, which that bound keeps small.
 */
async function removeExpiredRows(): Promise<void> {
  const longest = Math.max(THROTTLE_WINDOW_SECONDS, REGISTRATION_WINDOW_SECONDS);
  await db.execute(sql`
    delete from ${t} where ${t.key} in (
      select ${t.key} from ${t}
      where greatest(${t.windowStartedAt} + ${sql.raw(`interval '${longest} seconds'`)},
                     coalesce(${t.blockedUntil}, '-infinity'::timestamptz))
            < now() - interval '1 day'
      limit ${CLEANUP_BATCH})`);
}

function refuse(seconds: number, what: string): never {
  throw new AppError(
    "rate_limited",
    `${what} Try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""}.`,
    undefined,
    seconds,
  );
}

async function isKnownClient(known: string): Promise<boolean> {
  const [row] = await db
    .select({ key: t.key })
    .from(t)
    .where(and(eq(t.key, known), gt(t.blockedUntil, sql`now()`)));
  return Boolean(row);
}

/**
 * Counts an attempt before the password is checked and throws 429 (with the seconds left in
 * the window) once a key is over its limit. A successful sign-in hands its attempt back
 * (`signInSucceeded`).
 */
export async function reserveSignInAttempt(
  keys: ThrottleKeys,
  scope: ThrottleScope = "sign-in",
): Promise<void> {
  const k = keysOf(keys);
  await removeExpiredRows();
  const w = THROTTLE_WINDOW_SECONDS;
  let wait: number;
  if (scope === "password-reset") {
    wait = Math.max(
      await count(k.resetEmail, RESET_LIMITS.email, w),
      await count(k.resetClient, RESET_LIMITS.client, w),
    );
  } else {
    const known = await isKnownClient(k.known);
    const overCeiling = await count(k.email, THROTTLE_LIMITS.email, w);
    wait = Math.max(
      await count(k.pair, THROTTLE_LIMITS.pair, w),
      await count(k.client, THROTTLE_LIMITS.client, w),
      known ? 0 : overCeiling,
    );
  }
  if (wait > 0) refuse(wait, REFUSAL[scope]);
}

/** A new password proves the account's owner: every sign-in lockout of their email ends. */
export async function clearSignInLockout(email: string): Promise<void> {
  const k = keysOf({ email, client: "" });
  await db.delete(t).where(sql`${t.key} = ${k.email} or starts_with(${t.key}, ${k.pairsOf})`);
}

/**
 * A successful sign-in: the email's ceiling and this pair's count are cleared, the client's
 * attempt is given back, and the client becomes known to the account for KNOWN_CLIENT_DAYS.
 */
export async function signInSucceeded(keys: ThrottleKeys): Promise<void> {
  const k = keysOf(keys);
  await db.delete(t).where(sql`${t.key} in (${k.email}, ${k.pair})`);
  await db
    .update(t)
    .set({ failures: sql`greatest(${t.failures} - 1, 0)` })
    .where(eq(t.key, k.client));
  const until = sql`now() + ${sql.raw(`interval '${KNOWN_CLIENT_DAYS} days'`)}`;
  await db
    .insert(t)
    .values({ key: k.known, failures: 0, blockedUntil: until })
    .onConflictDoUpdate({ target: t.key, set: { blockedUntil: until } });
}

/**
 * Counts a registration from the client (each costs a password hash) and throws 429 past
 * REGISTRATION_LIMIT in REGISTRATION_WINDOW_SECONDS. A taken email counts too.
 */
export async function reserveRegistration(client: string): Promise<void> {
  await removeExpiredRows();
  const wait = await count(
    `register-client:${clientPart(client)}`,
    env().REGISTRATION_LIMIT,
    REGISTRATION_WINDOW_SECONDS,
  );
  if (wait > 0) refuse(wait, "Too many sign-ups from this network.");
}
