import type { Metadata } from "next";
import Link from "next/link";
import { canSendEmail } from "@/lib/notifications/mail";
import { requestResetAction } from "../actions";
import { ForgotPasswordForm } from "../recovery-forms";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-1 text-xl font-bold">Forgot your password?</h1>
      {canSendEmail() ? (
        <>
          <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
            Enter your account’s email: we send you a link to choose a new password.
          </p>
          <ForgotPasswordForm action={requestResetAction} />
        </>
      ) : (
        <div className="space-y-3 text-sm text-zinc-700 dark:text-zinc-300">
          <p>
            This Epoch server does not send email. Ask the person who runs it for a reset link: they
            make one for your email with
          </p>
          <pre className="rounded-lg bg-zinc-100 px-3 py-2 font-mono text-xs whitespace-pre-wrap text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100">
            <code>npm run user:reset-password -- you@example.com</code>
          </pre>
          <p className="text-zinc-600 dark:text-zinc-400">
            The link works once, within an hour. (Operators: set <code>SMTP_URL</code> and people
            get their link by email.)
          </p>
        </div>
      )}
      <p className="mt-5 text-center text-sm text-zinc-600 dark:text-zinc-400">
        Remembered it?{" "}
        <Link
          href="/sign-in"
          className="font-semibold text-brand-700 underline dark:text-brand-300"
        >
          Sign in
        </Link>
      </p>
    </>
  );
}
