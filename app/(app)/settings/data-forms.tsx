"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { Alert, Field, inputClass } from "@/app/components/ui";
import { api, unwrap, type ApiBody } from "@/lib/api/client";
import { describeImport } from "@/lib/portability/summary";
import { deleteAccountAction } from "./actions";

export function ImportForm() {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setStatus(null);
    try {
      let doc: unknown;
      try {
        doc = JSON.parse(await file.text());
      } catch {
        throw new Error("This file is not an Epoch export (it is not JSON).");
      }
      // The file is checked by the server, which names what is wrong with it (422).
      const summary = await unwrap(
        api.POST("/api/v1/me/import", { body: doc as ApiBody<"/api/v1/me/import", "post"> }),
      );
      // Per kind what was added, or "Nothing new" on a re-import.
      setStatus({ ok: true, message: summary.message ?? describeImport(summary) });
      router.refresh();
    } catch (error) {
      setStatus({
        ok: false,
        message: error instanceof Error ? error.message : "The import failed.",
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      {status ? <Alert tone={status.ok ? "success" : "error"}>{status.message}</Alert> : null}
      <Field
        id="importFile"
        label="Import an Epoch export (JSON)"
        hint="Records keep their ids, so importing the same file twice adds nothing."
      >
        <input
          id="importFile"
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            // Cleared, so that choosing the same file again (a re-import) is a change too.
            e.target.value = "";
          }}
          className="block text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-zinc-100 file:px-3 file:py-2 file:text-sm file:font-semibold dark:file:bg-zinc-800 dark:file:text-zinc-100"
        />
      </Field>
    </div>
  );
}

export function DeleteAccountForm() {
  const [state, action, pending] = useActionState(deleteAccountAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message ? <Alert>{state.message}</Alert> : null}
      <Field
        id="deletePassword"
        label="Your password"
        error={state.fields?.password ? `Password ${state.fields.password}.` : undefined}
      >
        <input
          id="deletePassword"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(state.fields?.password)}
          aria-describedby={state.fields?.password ? "deletePassword-error" : undefined}
          className={inputClass}
        />
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="confirm"
          className="mt-0.5 h-4 w-4 accent-red-600"
          aria-describedby={state.fields?.confirm ? "confirm-error" : undefined}
        />
        I understand that my account, records, skill history and memberships are deleted for good.
      </label>
      {state.fields?.confirm ? (
        <p id="confirm-error" className="text-sm text-red-700 dark:text-red-400">
          Tick the box to confirm.
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex items-center rounded-lg bg-red-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        {pending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
