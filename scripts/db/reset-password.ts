// `npm run user:reset-password -- EMAIL`: prints a one-time link (valid one hour) that
// lets the account choose a new password, for servers that send no email (SMTP_URL unset).
import { createResetLinkFor, RESET_TOKEN_TTL_MINUTES } from "@/lib/auth/password-reset";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { closeDb } from "@/db/client";

const [email, ...rest] = process.argv.slice(2);
if (!email || rest.length > 0) {
  console.error("Usage: npm run user:reset-password -- EMAIL");
  process.exit(1);
}

try {
  const link = await createResetLinkFor(email, env().APP_ORIGIN ?? "http://localhost:3000");
  console.error(
    `A link for ${email.trim().toLowerCase()} to choose a new password (works once, within ${RESET_TOKEN_TTL_MINUTES} minutes):`,
  );
  console.log(link);
} catch (error) {
  // One line, not a stack trace: an unknown email, or a database that cannot be reached.
  const cause = (error as { cause?: unknown }).cause;
  const reason = error instanceof AppError ? error : cause instanceof Error ? cause : error;
  console.error(reason instanceof Error ? reason.message : String(reason));
  process.exitCode = 1;
} finally {
  await closeDb();
}
