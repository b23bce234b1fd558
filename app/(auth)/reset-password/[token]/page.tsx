import type { Metadata } from "next";
import { resetTokenIsUsable } from "@/lib/auth/password-reset";
import { resetTokenSchema } from "@/lib/auth/reset-schemas";
import { orUnavailable } from "@/lib/unavailable";
import { resetPasswordAction } from "../../actions";
import { InvalidResetLink, ResetPasswordForm } from "../../recovery-forms";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  const usable =
    resetTokenSchema.safeParse(token).success &&
    (await orUnavailable("/forgot-password", () => resetTokenIsUsable(token)));
  return (
    <>
      <h1 className="mb-1 text-xl font-bold">Choose a new password</h1>
      {usable ? (
        <>
          <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
            At least 10 characters; a few words you will remember make a good one.
          </p>
          <ResetPasswordForm action={resetPasswordAction.bind(null, token)} />
        </>
      ) : (
        <div className="mt-4">
          <InvalidResetLink />
        </div>
      )}
    </>
  );
}
