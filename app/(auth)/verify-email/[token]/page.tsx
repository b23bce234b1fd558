import type { Metadata } from "next";
import { verifyEmailAction } from "../../actions";
import { VerifyEmailForm } from "../../recovery-forms";

export const metadata: Metadata = { title: "Confirm your email" };

/**
 * The link of an email verification: a button confirms it (a page visit alone changes nothing,
 * so a mail scanner's or a browser's prefetch does not use the link up).
 */
export default async function VerifyEmailPage({ params }: PageProps<"/verify-email/[token]">) {
  const { token } = await params;
  return (
    <>
      <h1 className="mb-1 text-xl font-bold">Confirm your email</h1>
      <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
        A verified email lets you link GitHub or another sign-in method by that email.
      </p>
      <VerifyEmailForm action={verifyEmailAction.bind(null, token)} />
    </>
  );
}
