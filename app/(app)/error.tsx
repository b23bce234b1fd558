"use client";

import { buttonClass } from "../components/ui";

/**
 * What a page shows when its server rendering failed for a reason other than
 * the database being down (that one goes to /unavailable, lib/unavailable.ts).
 * In production only a digest reaches here, so the message stays general.
 */
export default function AppError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <div role="alert" className="max-w-xl space-y-3">
      <h1 className="text-2xl font-bold tracking-tight">This page could not be loaded</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Something went wrong on our side. Your saved work is safe; please try again in a moment.
      </p>
      {error.digest ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Reference: {error.digest}</p>
      ) : null}
      <button type="button" className={buttonClass} onClick={retry}>
        Try again
      </button>
    </div>
  );
}
