"use client";

import { Badge } from "@/app/components/ui";
import { CohortMilestoneCheck } from "./cohort-milestone-check";

/*
 * A cohort card's milestones. A client component fed with the strings it shows, for the reason
 * plan-steps.tsx gives: an element it writes costs the server a sixth of a server-written one.
 */

/** A cohort milestone as the card shows it, worded on the server (cohort-milestones.tsx). */
export type ShownCohortMilestone = {
  id: string;
  title: string;
  overdue: boolean;
  met: boolean;
  /** What counts, where it stands, when it is due: one line. */
  detail: string;
  /** Checked off by the learner: attested milestones only, null for the others. */
  attested: boolean | null;
};

export function CohortMilestoneList({
  slug,
  items,
}: {
  slug: string;
  items: ShownCohortMilestone[];
}) {
  return (
    <ul
      className="divide-y divide-zinc-200 dark:divide-zinc-800"
      data-testid={`cohort-section-${slug}`}
    >
      {items.map((m) => (
        <li
          key={m.id}
          className="flex flex-wrap items-start justify-between gap-3 py-2.5"
          data-testid={`my-cohort-milestone-${m.id}`}
        >
          <div className="min-w-0 flex-1">
            <p className="text-sm font-medium">
              {m.title} {m.overdue ? <Badge tone="warn">Overdue</Badge> : null}
              {m.met ? <Badge tone="good">Done</Badge> : null}
            </p>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">{m.detail}</p>
          </div>
          {m.attested !== null ? (
            <CohortMilestoneCheck slug={slug} id={m.id} title={m.title} attested={m.attested} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
