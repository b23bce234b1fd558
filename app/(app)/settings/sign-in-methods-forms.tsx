"use client";

import { useSearchParams } from "next/navigation";
import { useActionState } from "react";
import { Alert, secondaryButtonClass } from "@/app/components/ui";
import type { ActionState } from "@/lib/actions";
import {
  linkProviderAction,
  resendVerificationAction,
  setPasswordAction,
  unlinkProviderAction,
} from "./sign-in-methods-actions";

/** What the provider's round trip came back with (`/settings?identity=…`). */
const NOTICES: Record<string, { tone: "success" | "error"; text: string }> = {
  Linked: { tone: "success", text: "The sign-in method is linked to your account." },
  LinkFromSettings: {
    tone: "error",
    text: "Nothing was linked: link a sign-in method with its button here.",
  },
  LinkedElsewhere: {
    tone: "error",
    text: "Nothing was linked: that provider account already signs in to another Epoch account.",
  },
};

export function IdentityNotice() {
  const code = useSearchParams().get("identity");
  const notice = code ? NOTICES[code] : undefined;
  if (!notice) return null;
  return (
    <div className="mb-4">
      <Alert tone={notice.tone}>{notice.text}</Alert>
    </div>
  );
}

function Status({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <span
      className={`text-sm ${state.ok ? "text-emerald-800 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}`}
      role="status"
    >
      {state.message}
    </span>
  );
}

export function LinkProviderButton({ provider, name }: { provider: string; name: string }) {
  const [state, action, pending] = useActionState(linkProviderAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="provider" value={provider} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        Link {name}
      </button>
      <Status state={state} />
    </form>
  );
}

export function UnlinkProviderButton({
  provider,
  name,
  last,
}: {
  provider: string;
  name: string;
  last: boolean;
}) {
  const [state, action, pending] = useActionState(unlinkProviderAction, {});
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="provider" value={provider} />
      <button
        type="submit"
        disabled={pending || last}
        className={secondaryButtonClass}
        aria-label={`Unlink ${name}`}
        aria-describedby={last ? `last-${provider}` : undefined}
      >
        Unlink
      </button>
      {state.message && !state.ok ? <Status state={state} /> : null}
    </form>
  );
}

export function ResendVerificationButton() {
  const [state, action, pending] = useActionState(resendVerificationAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        Resend verification link
      </button>
      <Status state={state} />
    </form>
  );
}

export function SetPasswordButton() {
  const [state, action, pending] = useActionState(setPasswordAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        Set a password
      </button>
      <Status state={state} />
    </form>
  );
}
