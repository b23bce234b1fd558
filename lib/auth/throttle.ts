import { and, gt, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { signInThrottles } from "@/db/schema";
import { AppError } from "../errors";

/** Failed sign-ins allowed per window before the key is blocked until the window ends. */
export const THROTTLE_LIMITS = { email: 5, client: 20 } as const;
export const THROTTLE_WINDOW_SECONDS = 15 * 60;

export type ThrottleKeys = { email: string; client: string };

const keysOf = (k: ThrottleKeys) => [`email:${k.email.toLowerCase()}`, `client:${k.client}`];

/** Throws 429 with the seconds to wait when either key is blocked. */
export async function assertNotThrottled(keys: ThrottleKeys): Promise<void> {
  const [row] = await db
    .select({
      wait: sql<number>`ceil(extract(epoch from max(${signInThrottles.blockedUntil}) - now()))::int`,
    })
    .from(signInThrottles)
    .where(and(inArray(signInThrottles.key, keysOf(keys)), gt(signInThrottles.blockedUntil, sql`now()`)));
  const wait = row?.wait;
  if (wait && wait > 0) {
    throw new AppError(
      "rate_limited",
      `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? "s" : ""}.`,
      undefined,
      wait,
    );
  }
}

/** Counts one failure against both keys, atomically, starting a new window when the last one ended. */
export async function recordFailedSignIn(keys: ThrottleKeys): Promise<void> {
  const [emailKey, clientKey] = keysOf(keys) as [string, string];
  const window = sql.raw(`interval '${THROTTLE_WINDOW_SECONDS} seconds'`);
  for (const [key, limit] of [
    [emailKey, THROTTLE_LIMITS.email],
    [clientKey, THROTTLE_LIMITS.client],
  ] as const) {
    const t = signInThrottles;
    const expired = sql`${t.windowStartedAt} < now() - ${window}`;
    const failures = sql`case when ${expired} then 1 else ${t.failures} + 1 end`;
    await db
      .insert(t)
      .values({ key, failures: 1, blockedUntil: limit <= 1 ? sql`now() + ${window}` : null })
      .onConflictDoUpdate({
        target: t.key,
        set: {
          failures,
          windowStartedAt: sql`case when ${expired} then now() else ${t.windowStartedAt} end`,
          blockedUntil: sql`case when ${failures} >= ${limit} then now() + ${window} else ${t.blockedUntil} end`,
        },
      });
  }
}

/** A successful sign-in clears the email's counter (the client's stays). */
export async function clearFailedSignIns(email: string): Promise<void> {
  await db.delete(signInThrottles).where(inArray(signInThrottles.key, [`email:${email.toLowerCase()}`]));
}
