"use client";

import Link from "next/link";
import { useEffect, useState, useSyncExternalStore } from "react";
import { roadmapNotice, seenVersionKey } from "@/lib/roadmap/changelog";
import { CONTENT_VERSION } from "@/lib/roadmap/content";

/*
 * "The roadmap changed, your progress was carried over": shown once per learner and browser
 * after a new content version (docs/DECISIONS.md, "Log from anywhere"). The version a learner
 * last saw is kept in localStorage under their user id: the database has no column for it, and
 * this is a courtesy, not a record (another browser shows it once more).
 */

const NO_STORAGE = "no-storage";
const noSubscription = () => () => {};

function readSeen(userId: string): string | null {
  try {
    return localStorage.getItem(seenVersionKey(userId));
  } catch {
    return NO_STORAGE;
  }
}

function remember(userId: string) {
  try {
    localStorage.setItem(seenVersionKey(userId), String(CONTENT_VERSION));
  } catch {
    // Storage refused: the notice may show again, which is harmless.
  }
}

export function RoadmapUpdatedNotice({ userId }: { userId: string }) {
  // The server, and the first render in the browser, have nothing stored: they show nothing.
  const stored = useSyncExternalStore(
    noSubscription,
    () => readSeen(userId),
    () => NO_STORAGE,
  );
  const [dismissed, setDismissed] = useState(false);
  const notice =
    stored === NO_STORAGE ? null : roadmapNotice(stored === null ? null : Number(stored));

  useEffect(() => {
    // A learner's first visit: remember the version, say nothing (nothing was carried over).
    if (notice?.kind === "first") remember(userId);
  }, [notice?.kind, userId]);

  if (dismissed || notice?.kind !== "changed") return null;
  return (
    <section
      aria-labelledby="roadmap-updated-title"
      className="mb-6 rounded-xl border border-brand-300 bg-brand-50 p-4 text-sm dark:border-brand-600/40 dark:bg-brand-600/10"
    >
      <h2 id="roadmap-updated-title" className="font-semibold">
        The roadmap was updated to v{CONTENT_VERSION}
      </h2>
      <p className="mt-1">
        Your progress was carried over: nothing you logged or checked off was lost.
      </p>
      <ul className="mt-2 list-disc space-y-0.5 pl-5">
        {notice.changes.flatMap((e) =>
          e.changes.map((c) => <li key={`${e.version}:${c}`}>{c}</li>),
        )}
      </ul>
      <div className="mt-3 flex flex-wrap gap-3">
        <Link href="/roadmap" className="font-medium text-brand-700 underline dark:text-brand-300">
          See the roadmap
        </Link>
        <button
          type="button"
          onClick={() => {
            remember(userId);
            setDismissed(true);
          }}
          className="font-medium text-brand-700 underline dark:text-brand-300"
        >
          Dismiss
        </button>
      </div>
    </section>
  );
}
