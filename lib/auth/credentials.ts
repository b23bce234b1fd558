import { isIP } from "node:net";
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
 * The client address for throttling. scripts/server.mjs overwrites X-Forwarded-For with the one
 * address it derived (the socket's, or from TRUSTED_PROXIES the proxy's client), so the last
 * entry is that address; anything that is not an IP address becomes one shared key, never a
 * key the client can vary or grow.
 */
export function clientKeyFrom(headers: Headers): string {
  const last = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() ?? "";
  return last.length <= 64 && isIP(last) ? last : "unknown";
}
