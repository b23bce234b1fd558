"use client";

import { useActionState } from "react";
import { ActionForm } from "@/app/components/action-form";
import { buttonClass, secondaryButtonClass } from "@/app/components/ui";
import { claimBadgeAction, revokeBadgeAction } from "./badge-actions";

/** Claims one badge: `{tier}` or `{track}`. */
export function ClaimBadgeButton({
  tier,
  track,
  label,
  secondary = false,
}: {
  tier?: number;
  track?: string;
  label: string;
  secondary?: boolean;
}) {
  return (
    <ActionForm
      action={claimBadgeAction}
      submitLabel={label}
      submitClass={secondary ? secondaryButtonClass : buttonClass}
      className="space-y-2"
    >
      {tier !== undefined ? <input type="hidden" name="tier" value={tier} /> : null}
      {track !== undefined ? <input type="hidden" name="track" value={track} /> : null}
    </ActionForm>
  );
}

export function RevokeBadgeButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(revokeBadgeAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (
          !window.confirm(
            `Revoke your "${name}" badge? Anyone who opens its link will see that it is revoked, and a revoked badge cannot be claimed again.`,
          )
        )
          e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        className={secondaryButtonClass}
        aria-label={`Revoke ${name}`}
      >
        Revoke
      </button>
      {state.message && !state.ok ? (
        <span role="alert" className="ml-2 text-sm text-red-700 dark:text-red-400">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
