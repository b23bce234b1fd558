import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "../errors";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { assertNotThrottled, clearFailedSignIns, recordFailedSignIn } from "./throttle";

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
  await assertNotThrottled({ email, client: input.client });
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email));
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!user || !ok) {
    await recordFailedSignIn({ email, client: input.client });
    throw new AppError("unauthorized", "The email or password is incorrect.");
  }
  await clearFailedSignIns(email);
  return { id: user.id, name: user.name, email: user.email };
}

/** The client address for throttling: the first hop a proxy recorded, else "local". */
export function clientKeyFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
