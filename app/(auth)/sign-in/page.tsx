import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/redirect";
import { orUnavailable } from "@/lib/unavailable";
import { Alert } from "../../components/ui";
import { signInAction } from "../actions";
import { AuthForm } from "../auth-form";
import { ProviderButtons, providerErrorMessage } from "../provider-buttons";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(query.callbackUrl);
  const here = `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  if (await orUnavailable(here, currentActor)) redirect(callbackUrl);
  return (
    <>
      <h1 className="mb-1 text-xl font-bold">Sign in to Epoch</h1>
      <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
        Pick up where you left off on the roadmap.
      </p>
      {query.reset === "done" ? (
        <div className="mb-4">
          <Alert tone="success">
            Your password is changed and every session signed out. Sign in with the new password.
          </Alert>
        </div>
      ) : null}
      {providerErrorMessage(query.error) ? (
        <div className="mb-4">
          <Alert>{providerErrorMessage(query.error)}</Alert>
        </div>
      ) : null}
      <ProviderButtons callbackUrl={callbackUrl} />
      <AuthForm mode="sign-in" action={signInAction} callbackUrl={callbackUrl} />
    </>
  );
}
