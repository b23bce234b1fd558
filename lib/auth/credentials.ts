import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "../errors";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { reserveSignInAttempt, signInSucceeded } from "./throttle";

export type VerifiedUser = { id: string; name: string | null; email: string };

/**
 * Checks an email and password, with the failure counters of throttle.ts.
 * Unknown email and wrong password fail the same way, in about the same time.
 */
export async function verifyCredentials(input: {
  email: string;
  password: string;
  client: string;
}): Promise<VerifiedUser> {
  const email = input.email.trim().toLowerCase();
  const keys = { email, client: input.client };
  await reserveSignInAttempt(keys);
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.email, email));
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!user || !ok) throw new AppError("unauthorized", "The email or password is incorrect.");
  await signInSucceeded(keys);
  return { id: user.id, name: user.name, email: user.email };
}

/**
 * The client address for throttling. Next.js fills X-Forwarded-For with the
 * socket address when no proxy did; behind a proxy that appends, the last hop
 * is the address the proxy saw. Either way the last entry is the one a client
 * cannot choose (unless it talks to Next.js directly and sends its own header:
 * production belongs behind a proxy).
 */
export function clientKeyFrom(headers: Headers): string {
  const hops =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((h) => h.trim())
      .filter(Boolean) ?? [];
  return hops.at(-1) || headers.get("x-real-ip") || "local";
}
