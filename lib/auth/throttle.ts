import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { signInThrottles } from "@/db/schema";
import { AppError } from "../errors";

/** Sign-in attempts allowed per key in a window; past that, 429 until the window ends. */
export const THROTTLE_LIMITS = { email: 5, client: 20 } as const;
export const THROTTLE_WINDOW_SECONDS = 15 * 60;

export type ThrottleKeys = { email: string; client: string };

/**
 * What is counted: sign-ins, and password reset requests apart from them, so
 * that a lockout never blocks the way out of it ("Forgot password?").
 */
export type ThrottleScope = "sign-in" | "password-reset";

const PREFIX: Record<ThrottleScope, string> = { "sign-in": "", "password-reset": "reset-" };
const REFUSAL: Record<ThrottleScope, string> = {
  "sign-in": "Too many sign-in attempts.",
  "password-reset": "Too many password reset requests.",
};

const emailKey = (email: string, scope: ThrottleScope = "sign-in") =>
  `${PREFIX[scope]}email:${email.toLowerCase()}`;
const clientKey = (client: string, scope: ThrottleScope = "sign-in") =>
  `${PREFIX[scope]}client:${client}`;

/**
 * Counts an attempt against the email and the client before the password is
 * checked, atomically, so parallel guesses cannot slip past the limit. Throws
 * 429 (with the seconds left in the window) once a key is over its limit.
 * A successful sign-in hands its attempt back (`signInSucceeded`).
 */
export async function reserveSignInAttempt(
  keys: ThrottleKeys,
  scope: ThrottleScope = "sign-in",
): Promise<void> {
  const t = signInThrottles;
  const window = sql.raw(`interval '${THROTTLE_WINDOW_SECONDS} seconds'`);
  const expired = sql`${t.windowStartedAt} < now() - ${window}`;
  let wait = 0;
  for (const [key, limit] of [
    [emailKey(keys.email, scope), THROTTLE_LIMITS.email],
    [clientKey(keys.client, scope), THROTTLE_LIMITS.client],
  ] as const) {
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
    if (row && row.failures > limit) wait = Math.max(wait, row.secondsLeft);
  }
  if (wait > 0) {
    throw new AppError(
      "rate_limited",
      `${REFUSAL[scope]} Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? "s" : ""}.`,
      undefined,
      wait,
    );
  }
}

/** A new password proves the account's owner: their email's sign-in lockout ends. */
export async function clearSignInLockout(email: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, emailKey(email)));
}

/** A successful sign-in clears the email's count and gives back the client's attempt. */
export async function signInSucceeded(keys: ThrottleKeys): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, emailKey(keys.email)));
  await db
    .update(signInThrottles)
    .set({ failures: sql`greatest(${signInThrottles.failures} - 1, 0)` })
    .where(eq(signInThrottles.key, clientKey(keys.client)));
}
