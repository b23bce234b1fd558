// `npm run user:verify-email -- EMAIL`: prints a one-time link (valid 24 hours) that confirms the
// account's email, for servers that send no email (SMTP_URL unset).
import { createVerificationLinkFor, VERIFICATION_TTL_HOURS } from "@/lib/auth/email-verification";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { closeDb } from "@/db/client";

const [email, ...rest] = process.argv.slice(2);
if (!email || rest.length > 0) {
  console.error("Usage: npm run user:verify-email -- EMAIL");
  process.exit(1);
}

try {
  const link = await createVerificationLinkFor(email, env().APP_ORIGIN ?? "http://localhost:3000");
  console.error(
    `A link that confirms ${email.trim().toLowerCase()} (works once, within ${VERIFICATION_TTL_HOURS} hours):`,
  );
  console.log(link);
} catch (error) {
  const cause = (error as { cause?: unknown }).cause;
  const reason = error instanceof AppError ? error : cause instanceof Error ? cause : error;
  console.error(reason instanceof Error ? reason.message : String(reason));
  process.exitCode = 1;
} finally {
  await closeDb();
}
