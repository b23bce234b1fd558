import { configuredProviders } from "@/lib/auth/providers";
import { secondaryButtonClass } from "../components/ui";
import { providerSignInAction } from "./actions";

/**
 * "Continue with GitHub" and the OpenID Connect provider's button, on the sign-in and sign-up
 * pages: only the providers this server is configured for, nothing at all without one.
 */
export function ProviderButtons({ callbackUrl }: { callbackUrl: string }) {
  const providers = configuredProviders();
  if (providers.length === 0) return null;
  return (
    <div className="mb-5 space-y-2">
      {providers.map((p) => (
        <form key={p.id} action={providerSignInAction.bind(null, p.id, callbackUrl)}>
          <button type="submit" className={`${secondaryButtonClass} w-full`}>
            Continue with {p.name}
          </button>
        </form>
      ))}
      <p className="flex items-center gap-3 pt-2 text-xs text-zinc-600 uppercase dark:text-zinc-400">
        <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" aria-hidden="true" />
        or with your email
        <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" aria-hidden="true" />
      </p>
    </div>
  );
}

/** What `?error=` on the sign-in page means: our refusals (lib/auth/provider-sign-in.ts) and Auth.js's. */
export function providerErrorMessage(code: unknown): string | null {
  if (typeof code !== "string" || !code) return null;
  switch (code) {
    case "AccountEmailUnverified":
      return "An Epoch account already uses this email, but its email is not verified, so the provider was not attached to it. Sign in with its password, verify the email in Settings, then link the provider there.";
    case "ProviderEmailUnverified":
      return "The provider has not verified your email address, so Epoch cannot use it. Verify it with the provider first, or sign up with a password.";
    case "NoEmail":
      return "The provider did not share an email address. Allow it to share your email, or sign up with a password.";
    case "SessionEnded":
      return "Your session had ended, so nothing was linked. Sign in again, then link the provider from Settings.";
    case "OAuthAccountNotLinked":
      return "This sign-in is linked to another Epoch account.";
    case "AccessDenied":
      return "Sign-in was refused.";
    case "CredentialsSignin":
      return null;
    default:
      return "Signing in through the provider did not work (the answer was expired, forged or refused). Try again.";
  }
}
