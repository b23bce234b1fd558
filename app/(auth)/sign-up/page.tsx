import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/redirect";
import { orUnavailable } from "@/lib/unavailable";
import { signUpAction } from "../actions";
import { AuthForm } from "../auth-form";
import { ProviderButtons } from "../provider-buttons";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const here = `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  if (await orUnavailable(here, currentActor)) redirect(callbackUrl);
  return (
    <>
      <h1 className="mb-1 text-xl font-bold">Create your Epoch account</h1>
      <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
        Free. Track your skills, study time and work toward the next career tier.
      </p>
      <ProviderButtons callbackUrl={callbackUrl} />
      <AuthForm mode="sign-up" action={signUpAction} callbackUrl={callbackUrl} />
    </>
  );
}
