"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";

export function DeleteButton({
  action,
  id,
  label,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  id: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(`Delete “${label}”? This cannot be undone.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Delete ${label}`}
        className="rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950"
      >
        Delete
      </button>
      {state.message && !state.ok ? (
        <span role="alert" className="ml-2 text-sm text-red-700 dark:text-red-400">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
