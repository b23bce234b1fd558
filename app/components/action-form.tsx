"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { fieldLabel } from "@/lib/field-labels";
import { Alert } from "./ui";

/**
 * A form around a server action: shows the action's message and each field's
 * error (as `<p id="<field>-error">`), keeps nothing on the client. The fields
 * come as children, rendered on the server.
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  submitClass,
  confirm,
  className = "space-y-3",
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  children?: React.ReactNode;
  submitLabel: string;
  submitClass: string;
  confirm?: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      action={formAction}
      className={className}
      noValidate
      onSubmit={confirm ? (e) => void (!window.confirm(confirm) && e.preventDefault()) : undefined}
    >
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      {children}
      {state.fields
        ? Object.entries(state.fields).map(([field, why]) => (
            <p key={field} id={`${field}-error`} className="text-sm text-red-700 dark:text-red-400">
              {fieldLabel(field)} {why}.
            </p>
          ))
        : null}
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "One moment…" : submitLabel}
      </button>
    </form>
  );
}
