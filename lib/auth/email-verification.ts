import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, like, lte, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users, verificationTokens } from "@/db/schema";
import { env } from "../env";
import { AppError } from "../errors";
import { requireActor, type Actor } from "../policy";
import { canSendEmail, sendMail } from "../notifications/mail";

/**
 * Email verification for password accounts (docs/DECISIONS.md, "Sign-in with an identity
 * provider"): a link with a random token, mailed when SMTP_URL is set; in development without
 * it the link is written to the server's log; in production without it the operator makes one
 * (`npm run user:verify-email -- EMAIL`). Rows live in `verification_tokens` (Auth.js's table):
 * `identifier` names the account and the email it proves, `token` is only the token's SHA-256.
 */
export const VERIFICATION_TTL_HOURS = 24;
/** One new link a minute per account, at most. */
const RESEND_AFTER_SECONDS = 60;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const identifierOf = (userId: string, email: string) => `verify-email:${userId}:${email}`;
const PREFIX = "verify-email:";

export const verificationLink = (origin: string, token: string) =>
  `${origin.replace(/\/+$/, "")}/verify-email/${token}`;

/** How a link reaches its owner on this server: by email, in the log (development), or not. */
export type Delivery = "email" | "log" | "operator";
export const verificationDelivery = (): Delivery =>
  canSendEmail() ? "email" : env().NODE_ENV === "development" ? "log" : "operator";

async function accountEmail(userId: string) {
  const [user] = await db
    .select({ email: users.email, verified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId));
  return user ?? null;
}

/** A new link for the account's current email; earlier and expired links of the account go. */
async function newLink(
  userId: string,
  email: string,
  origin: string,
  { throttle }: { throttle: boolean },
): Promise<string> {
  const identifier = identifierOf(userId, email);
  const ttl = sql.raw(`interval '${VERIFICATION_TTL_HOURS} hours'`);
  const recent = sql.raw(
    `interval '${VERIFICATION_TTL_HOURS * 3600 - RESEND_AFTER_SECONDS} seconds'`,
  );
  return db.transaction(async (tx) => {
    // One request at a time per account (the user row), so the minute between links holds.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    if (throttle) {
      const [fresh] = await tx
        .select({ identifier: verificationTokens.identifier })
        .from(verificationTokens)
        .where(
          and(
            eq(verificationTokens.identifier, identifier),
            gt(verificationTokens.expires, sql`now() + ${recent}`),
          ),
        );
      if (fresh) {
        throw new AppError(
          "rate_limited",
          "A verification link was sent less than a minute ago. Wait a minute before asking again.",
          undefined,
          RESEND_AFTER_SECONDS,
        );
      }
    }
    await tx
      .delete(verificationTokens)
      .where(
        or(
          eq(verificationTokens.identifier, identifier),
          and(
            like(verificationTokens.identifier, `${PREFIX}%`),
            lte(verificationTokens.expires, sql`now()`),
          ),
        ),
      );
    const token = randomBytes(32).toString("base64url");
    await tx.insert(verificationTokens).values({
      identifier,
      token: hashToken(token),
      expires: sql`now() + ${ttl}`,
    });
    return verificationLink(origin, token);
  });
}

/**
 * Sends (or logs) a verification link for the account's email, unless it is verified already.
 * For sign-up and for "Resend" in Settings; answers how the link travels.
 */
export async function sendEmailVerification(
  userId: string,
  origin: string,
  { throttle = true }: { throttle?: boolean } = {},
): Promise<Delivery | "verified"> {
  const delivery = verificationDelivery();
  if (delivery === "operator") return delivery; // links are made by the operator's script
  const account = await accountEmail(userId);
  if (!account) throw new AppError("unauthorized", "This account no longer exists.");
  if (account.verified) return "verified";
  const link = await newLink(userId, account.email, origin, { throttle });
  if (delivery === "log") {
    console.info(`[epoch] Email verification link for ${account.email}: ${link}`);
    return delivery;
  }
  await sendMail({
    to: account.email,
    subject: "Confirm your email for Epoch",
    text: [
      "Confirm that this address is yours, so that you can link GitHub or another sign-in method to your Epoch account by email:",
      "",
      link,
      "",
      `The link works once, within ${VERIFICATION_TTL_HOURS} hours. If you did not create an Epoch account, ignore this email.`,
      "",
      "— Epoch",
    ].join("\n"),
  });
  return delivery;
}

/** After sign-up: the first link, sent after the answer; a failure is logged, not shown. */
export function startEmailVerification(userId: string, origin: string): void {
  sendEmailVerification(userId, origin, { throttle: false }).catch((error: unknown) => {
    console.warn(
      `Email verification not sent: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}

/** "Resend" in Settings: the signed-in account's own. */
export async function resendEmailVerification(actor: Actor | null, origin: string) {
  const { userId } = requireActor(actor);
  return sendEmailVerification(userId, origin);
}

/** For the operator's script: a link for the account with this email. */
export async function createVerificationLinkFor(email: string, origin: string): Promise<string> {
  const [user] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!user) throw new AppError("not_found", `No account uses the email ${email}.`);
  return newLink(user.id, user.email, origin, { throttle: false });
}

/**
 * Uses a verification link, once: the row goes, and the account's email is marked verified if
 * it is still the email the link was made for. False for an unknown, used or expired link.
 */
export async function confirmEmailVerification(token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const [row] = await db
    .delete(verificationTokens)
    .where(
      and(
        eq(verificationTokens.token, hashToken(token)),
        like(verificationTokens.identifier, `${PREFIX}%`),
        gt(verificationTokens.expires, sql`now()`),
      ),
    )
    .returning({ identifier: verificationTokens.identifier });
  if (!row) return false;
  const rest = row.identifier.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  const userId = rest.slice(0, colon);
  const email = rest.slice(colon + 1);
  const ofAccount = and(eq(users.id, userId), eq(users.email, email));
  // The first verification's time stays. Not coalesce(email_verified, now()): Citus refuses
  // volatile functions inside CASE or COALESCE.
  await db
    .update(users)
    .set({ emailVerified: sql`now()` })
    .where(and(ofAccount, isNull(users.emailVerified)));
  const [account] = await db.select({ id: users.id }).from(users).where(ofAccount);
  return account !== undefined;
}

/** Settings: whether the signed-in account's email is verified. */
export async function emailVerificationStatus(actor: Actor | null) {
  const { userId } = requireActor(actor);
  const account = await accountEmail(userId);
  return { email: account?.email ?? "", verified: Boolean(account?.verified) };
}
