"use client";

import { useActionState, useState } from "react";
import { Alert, inputClass, secondaryButtonClass } from "@/app/components/ui";
import { resetCalendarFeedAction } from "./calendar-actions";

/** The feed's URL with a copy button, and "Reset link", which asks first. */
export function CalendarFeedLink({ url: stored }: { url: string }) {
  const [state, action, pending] = useActionState(resetCalendarFeedAction, {});
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);
  // After a reset the new URL shows at once, before the page's own data is read again.
  const url = state.data?.url ?? stored;
  return (
    <div className="space-y-3">
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <div>
        <label htmlFor="calendarFeedUrl" className="block text-sm font-medium">
          Your calendar link
        </label>
        <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
          <input
            id="calendarFeedUrl"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className={`${inputClass} font-mono text-xs`}
            spellCheck={false}
          />
          <button
            type="button"
            className={`${secondaryButtonClass} shrink-0 whitespace-nowrap`}
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(url);
                setCopied({ url, ok: true });
              } catch {
                setCopied({ url, ok: false });
              }
            }}
          >
            Copy link
          </button>
        </div>
        <p aria-live="polite" className="mt-1 min-h-4 text-xs text-zinc-600 dark:text-zinc-400">
          {copied?.url === url ? (copied.ok ? "Copied." : "Select the link to copy it.") : ""}
        </p>
      </div>
      <form
        action={action}
        onSubmit={(e) => {
          if (
            !window.confirm(
              "Make a new calendar link? The current one stops working at once, and every calendar subscribed to it stops updating.",
            )
          )
            e.preventDefault();
        }}
        className="flex flex-wrap items-center gap-3"
      >
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {pending ? "Resetting…" : "Reset link"}
        </button>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">
          If the link got out: the old one stops working at once.
        </span>
      </form>
    </div>
  );
}
