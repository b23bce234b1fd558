"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useHydrated } from "@/app/components/use-hydrated";
import { api, unwrap } from "@/lib/api/client";

/** A member checks off an attested cohort milestone; refused, it goes back with a message. */
export function CohortMilestoneCheck({
  slug,
  id,
  title,
  attested,
}: {
  slug: string;
  id: string;
  title: string;
  attested: boolean;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [checked, setChecked] = useState(attested);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col">
      <label className="inline-flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={checked}
          disabled={!hydrated || pending}
          aria-label={`Done: ${title}`}
          onChange={(e) => {
            const next = e.target.checked;
            setChecked(next);
            setFailure(null);
            startTransition(async () => {
              try {
                await unwrap(
                  api.PUT("/api/v1/cohorts/{slug}/milestones/{id}/attestation", {
                    params: { path: { slug, id } },
                    body: { attested: next },
                  }),
                );
                router.refresh();
              } catch (error) {
                setChecked(!next);
                setFailure(
                  `Could not save “${title}”: ${(error as Error).message} It is back as it was.`,
                );
              }
            });
          }}
          className="h-4 w-4 accent-brand-600"
        />
        Done
      </label>
      {failure ? (
        <span role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          {failure}
        </span>
      ) : null}
    </span>
  );
}
