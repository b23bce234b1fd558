import { Card } from "@/app/components/ui";
import { emailVerificationStatus } from "@/lib/auth/email-verification";
import { listIdentities } from "@/lib/auth/identities";
import { MAX_PAGE_SIZE } from "@/lib/pagination";
import { configuredProviders, providerName } from "@/lib/auth/providers";
import type { Actor } from "@/lib/policy";
import {
  IdentityNotice,
  LinkProviderButton,
  ResendVerificationButton,
  SetPasswordButton,
  UnlinkProviderButton,
} from "./sign-in-methods-forms";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

/**
 * Settings, "Sign-in methods": the email and whether it is verified, the password (or how to
 * set one), the linked identity providers with unlink, and a link button for each provider this
 * server offers that is not linked yet (docs/DECISIONS.md, "Sign-in with an identity provider").
 */
export async function SignInMethods({ actor }: { actor: Actor }) {
  const [{ items, hasPassword }, email] = await Promise.all([
    // One page holds them all: an account links at most one identity per provider.
    listIdentities(actor, { limit: MAX_PAGE_SIZE }),
    emailVerificationStatus(actor),
  ]);
  const offered = configuredProviders();
  const offeredIds = new Set<string>(offered.map((p) => p.id));
  const usable = items.filter((i) => offeredIds.has(i.provider)).length;
  const linkable = offered.filter((p) => !items.some((i) => i.provider === p.id));

  return (
    <Card title="Sign-in methods" id="sign-in-methods">
      <IdentityNotice />
      <dl className="mb-4 grid items-center gap-x-4 gap-y-3 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="font-medium">Email</dt>
        <dd className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <span>{email.email}</span>
          {email.verified ? (
            <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
              Verified
            </span>
          ) : (
            <>
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                Not verified
              </span>
              <ResendVerificationButton />
            </>
          )}
        </dd>
        <dt className="font-medium">Password</dt>
        <dd className="flex flex-wrap items-center gap-x-3 gap-y-2">
          {hasPassword ? (
            <span>Set. Change it under Password below.</span>
          ) : (
            <>
              <span>None yet: you sign in through a provider.</span>
              <SetPasswordButton />
            </>
          )}
        </dd>
      </dl>
      {!email.verified ? (
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          Until your email is verified, signing in with a provider that uses the same email does not
          reach this account; linking from here always works.
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul
          className="mb-4 divide-y divide-zinc-200 dark:divide-zinc-800"
          aria-label="Linked sign-in methods"
        >
          {items.map((i) => {
            const last = !hasPassword && usable <= 1 && offeredIds.has(i.provider);
            return (
              <li key={i.provider} className="flex items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="text-sm font-medium">{providerName(i.provider)}</p>
                  <p className="text-xs break-words text-zinc-600 dark:text-zinc-400">
                    {i.email ?? "no email shared"} · linked {dateFormat.format(i.linkedAt)}
                  </p>
                  {last ? (
                    <p
                      id={`last-${i.provider}`}
                      className="text-xs text-zinc-600 dark:text-zinc-400"
                    >
                      Your only way to sign in: set a password or link another provider before
                      unlinking it.
                    </p>
                  ) : null}
                </div>
                <UnlinkProviderButton
                  provider={i.provider}
                  name={providerName(i.provider)}
                  last={last}
                />
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          No provider linked: you sign in with your email and password.
        </p>
      )}
      {linkable.length > 0 ? (
        <div className="flex flex-wrap gap-2">
          {linkable.map((p) => (
            <LinkProviderButton key={p.id} provider={p.id} name={p.name} />
          ))}
        </div>
      ) : offered.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          This server offers no other sign-in methods.
        </p>
      ) : null}
    </Card>
  );
}
