"use client";

import { useActionState, useState } from "react";
import { Alert, buttonClass, Field, inputClass, secondaryButtonClass } from "@/app/components/ui";
import type { ActionState } from "@/lib/actions";
import { ROSTER_MAX_BYTES, ROSTER_MAX_ROWS } from "@/lib/cohorts/roster-limits";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Result = {
  invited: string[];
  already: string[];
  invalid: { row: number; email: string; reason: string }[];
};

function resultOf(state: ActionState): Result | null {
  try {
    return state.data?.result ? (JSON.parse(state.data.result) as Result) : null;
  } catch {
    return null;
  }
}

/** "Invite a list": paste CSV lines or choose a CSV file; the answer lists every row's fate. */
export function RosterImportForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const result = resultOf(state);
  const error = state.fields?.csv ?? state.fields?.file;
  // A refused list is sent back, so that nothing pasted is lost; a list imported clears.
  const kept = !state.ok && typeof state.submitted?.csv === "string" ? state.submitted.csv : "";
  return (
    <div className="space-y-4">
      <form key={JSON.stringify(state)} action={formAction} className="space-y-3" noValidate>
        <Field
          id="roster-list"
          label="Emails, one per line (a name after a comma is optional)"
          hint={`CSV: email, name. A header row is optional. Up to ${ROSTER_MAX_ROWS.toLocaleString("en")} rows or ${ROSTER_MAX_BYTES / 1024} KB.`}
          error={error ? `The list ${error}.` : undefined}
        >
          <textarea
            id="roster-list"
            name="list"
            rows={5}
            defaultValue={kept}
            className={`${inputClass} font-mono`}
            placeholder={"ada@example.com, Ada Lovelace\ngrace@example.com"}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? "roster-list-error" : "roster-list-hint"}
          />
        </Field>
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 space-y-1.5">
            <label htmlFor="roster-file" className="block text-sm font-medium">
              Or a CSV file (it takes the place of the text above)
            </label>
            <input
              id="roster-file"
              name="file"
              type="file"
              accept=".csv,text/csv,text/plain"
              className="block w-full max-w-full text-sm file:mr-3 file:rounded-lg file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold dark:file:border-zinc-700 dark:file:bg-zinc-900 dark:file:text-zinc-100"
            />
          </div>
          <button type="submit" className={buttonClass} disabled={pending}>
            {pending ? "Inviting…" : "Invite"}
          </button>
        </div>
      </form>
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      {result ? <ImportResult result={result} /> : null}
    </div>
  );
}

function ImportResult({ result }: { result: Result }) {
  return (
    <div className="space-y-3 text-sm" data-testid="roster-result">
      {result.invited.length ? (
        <details open={result.invited.length <= 10}>
          <summary className="cursor-pointer font-medium">
            Invited ({result.invited.length})
          </summary>
          <ul className="mt-1 break-all text-zinc-700 dark:text-zinc-300">
            {result.invited.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {result.already.length ? (
        <details open={result.already.length <= 10}>
          <summary className="cursor-pointer font-medium">
            Already invited or in the cohort ({result.already.length})
          </summary>
          <ul className="mt-1 break-all text-zinc-700 dark:text-zinc-300">
            {result.already.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {result.invalid.length ? (
        <div>
          <p className="font-medium text-red-800 dark:text-red-300">
            Not invited ({result.invalid.length}): fix these rows and import them again
          </p>
          <ul className="mt-1 space-y-0.5" data-testid="roster-invalid">
            {result.invalid.map((r) => (
              <li key={`${r.row}-${r.email}`} className="break-words">
                <span className="font-mono">Row {r.row}</span>
                {r.email ? <span className="break-all"> · {r.email}</span> : null}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** Copies one invitation's link. */
export function CopyLinkButton({ link, email }: { link: string; email: string }) {
  const [copied, setCopied] = useState<"" | "ok" | "failed">("");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={`${secondaryButtonClass} px-3 py-1.5`}
        aria-label={`Copy the join link for ${email}`}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(link);
            setCopied("ok");
          } catch {
            setCopied("failed");
          }
        }}
      >
        Copy link
      </button>
      <span aria-live="polite" className="text-xs text-zinc-600 dark:text-zinc-400">
        {copied === "ok" ? "Copied." : copied === "failed" ? "Select the link to copy it." : ""}
      </span>
    </span>
  );
}
