"use client";

import { useActionState } from "react";
import { Alert, buttonClass, inputClass } from "@/app/components/ui";
import { chooseTrackAction } from "./actions";

export function TargetTrackForm({
  tracks,
  current,
}: {
  tracks: { slug: string; name: string }[];
  current: string | null;
}) {
  const [state, action, pending] = useActionState(chooseTrackAction, {});
  return (
    // Keyed by the stored track: React resets a form after its action to the defaults it
    // was mounted with, so a save remounts it with the new one (docs/FORMS.md).
    <form
      key={current ?? ""}
      action={action}
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
    >
      <div className="flex-1">
        <label htmlFor="targetTrack" className="mb-1.5 block text-sm font-medium">
          Your target track
        </label>
        <select
          id="targetTrack"
          name="targetTrack"
          defaultValue={current ?? ""}
          className={inputClass}
        >
          <option value="">Not chosen yet</option>
          {tracks.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Set target"}
      </button>
      {state.message ? (
        <div className="sm:ml-2">
          <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>
        </div>
      ) : null}
    </form>
  );
}
