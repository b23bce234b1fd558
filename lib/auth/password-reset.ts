import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { apiTokens, passwordResetTokens, sessions, users } from "@/db/schema";
import { env } from "../env";
import { AppError } from "../errors";
import { canSendEmail, sendMail } from "../notifications/mail";
import { hashPassword } from "./password";
import { clearSignInLockout, reserveSignInAttempt } from "./throttle";

/** A reset link works once, for an hour. */
export const RESET_TOKEN_TTL_MINUTES = 60;

/** Only the token's SHA-256 is stored: a copy of the database opens no account. */
export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const resetLink = (origin: string, token: string) =>
  `${origin.replace(/\/+$/, "")}/reset-password/${token}`;

/** What every reset request answers, known email or not (it depends only on the server's setup). */
export function resetRequestAnswer(): string {
  if (canSendEmail())
    return "If an account uses this email, a link to choose a new password is on its way. It works once, within an hour.";
  return env().NODE_ENV === "development"
    ? "This server does not send email: in development the reset link is in the server's log."
    : "This server does not send email: ask the person who runs it for a reset link.";
}

/**
 * The origin for links in emails: APP_ORIGIN, else the request's own. Behind a
 * proxy that rewrites the host, set APP_ORIGIN: the Host header is the client's word.
 */
export function linkOrigin(headers: Headers, requestUrl?: string): string {
  const configured = env().APP_ORIGIN;
  if (configured) return configured;
  const fallback = requestUrl ? new URL(requestUrl) : null;
  const host = headers.get("host") ?? fallback?.host ?? "localhost:3000";
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ??
    fallback?.protocol.replace(":", "") ??
    "http";
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

async function createResetToken(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // The account's spent links go as a new one is made, so the table holds only live links.
  await db
    .delete(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.userId, userId),
        or(isNotNull(passwordResetTokens.usedAt), lte(passwordResetTokens.expiresAt, sql`now()`)),
      ),
    );
  await db.insert(passwordResetTokens).values({
    userId,
    tokenHash: hashResetToken(token),
    expiresAt: sql`now() + ${sql.raw(`interval '${RESET_TOKEN_TTL_MINUTES} minutes'`)}`,
  });
  return token;
}

/**
 * "Forgot password?": rate-limited per email and per client like sign-in, then
 * a token for the account if there is one, and the email sent after the answer,
 * so that neither the answer nor its time tells whether the email has an account.
 */
export async function requestPasswordReset(input: {
  email: string;
  client: string;
  origin: string;
}): Promise<void> {
  const email = input.email.trim().toLowerCase();
  await reserveSignInAttempt({ email, client: input.client }, "password-reset");
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) return;
  const token = await createResetToken(user.id);
  const link = resetLink(input.origin, token);
  if (!canSendEmail()) {
    // Development: the link is in the server's log. Production: the operator makes links with
    // `npm run user:reset-password` (docs/DECISIONS.md, "Sign-in with an identity provider").
    if (env().NODE_ENV === "development")
      console.info(`[epoch] Password reset link for ${email}: ${link}`);
    return;
  }
  void sendMail({
    to: email,
    subject: "Reset your Epoch password",
    text: [
      "Someone (hopefully you) asked to reset the password of your Epoch account.",
      "",
      `Choose a new password here: ${link}`,
      "",
      `The link works once, within ${RESET_TOKEN_TTL_MINUTES} minutes. Using it signs out every browser and revokes your personal access tokens.`,
      "If you did not ask for this, ignore this email: your password stays as it is.",
      "",
      "— Epoch",
    ].join("\n"),
  }).catch((error: unknown) => {
    console.warn(
      `Password reset email not sent: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}

/** For the operator's script: a one-time link for the account with this email. */
export async function createResetLinkFor(email: string, origin: string): Promise<string> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!user) throw new AppError("not_found", `No account uses the email ${email}.`);
  return resetLink(origin, await createResetToken(user.id));
}

const usable = (tokenHash: string) =>
  and(
    eq(passwordResetTokens.tokenHash, tokenHash),
    isNull(passwordResetTokens.usedAt),
    gt(passwordResetTokens.expiresAt, sql`now()`),
  );

const invalidToken = () =>
  new AppError(
    "bad_request",
    "This reset link is unknown, already used or expired. Ask for a new one.",
    { token: "is unknown, used or expired" },
  );

/** Whether a reset link can still be used (the page asks before showing the form). */
export async function resetTokenIsUsable(token: string): Promise<boolean> {
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(usable(hashResetToken(token)));
  return Boolean(row);
}

/**
 * Sets the new password with a reset token, once: the token is marked used in
 * the same transaction as the password changes, and every session, personal
 * access token and other reset link of the account ends with it.
 */
export async function confirmPasswordReset(input: {
  token: string;
  password: string;
}): Promise<void> {
  const tokenHash = hashResetToken(input.token);
  if (!(await resetTokenIsUsable(input.token))) throw invalidToken();
  const passwordHash = await hashPassword(input.password); // slow: outside the transaction
  const email = await db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(usable(tokenHash))
      .returning({ userId: passwordResetTokens.userId });
    if (!used) throw invalidToken(); // a parallel request used it first
    const { userId } = used;
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, userId))
      .returning({ email: users.email });
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx.delete(apiTokens).where(eq(apiTokens.userId, userId));
    return user!.email;
  });
  await clearSignInLockout(email);
}
