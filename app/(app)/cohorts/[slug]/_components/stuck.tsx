import { Card } from "@/app/components/ui";
import {
  INACTIVE_AFTER_DAYS,
  SAME_MILESTONE_DAYS,
  type CohortDashboard,
} from "@/lib/cohorts/dashboard";
import { Badge, formatDate } from "../../../records/parts";

const INACTIVE_DAYS = INACTIVE_AFTER_DAYS;

/**
 * Those stuck longest come first; a big cohort shows the first few unless asked for all: in a
 * cohort of 500 the whole list was 57 KB of the page (docs/PERFORMANCE.md).
 */
export const STUCK_SHOWN = 10;

/** Learners who have not moved for a while (for those who run the cohort). */
export function StuckCard({
  slug,
  stuck,
  all,
}: {
  slug: string;
  stuck: NonNullable<CohortDashboard["stuck"]>;
  all: boolean;
}) {
  const shown = all ? stuck : stuck.slice(0, STUCK_SHOWN);
  const linkClass =
    "mt-2 inline-block text-sm font-semibold text-brand-700 underline dark:text-brand-300";
  return (
    <Card title="Who is stuck" className="lg:col-span-3" id="stuck">
      {stuck.length ? (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Who is stuck">
          {shown.map((s) => (
            <li key={s.userId} className="py-2 text-sm" data-stuck={s.userId}>
              <span className="font-medium">{s.name}</span>{" "}
              <Badge tone="warn">
                {s.reason === "inactive"
                  ? `No activity or milestone for ${INACTIVE_DAYS}+ days`
                  : `Same next milestone for ${SAME_MILESTONE_DAYS}+ days`}
              </Badge>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                {s.since
                  ? `${s.reason === "inactive" ? "Last moved" : "Since"} ${formatDate(s.since)}`
                  : "No activity yet"}
                {s.milestone ? ` · next: ${s.milestone.title}` : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Nobody is stuck right now.</p>
      )}
      {stuck.length > STUCK_SHOWN ? (
        all ? (
          <a href={`/cohorts/${slug}#stuck`} className={linkClass}>
            Show the first {STUCK_SHOWN}
          </a>
        ) : (
          <a href={`/cohorts/${slug}?stuck=all#stuck`} className={linkClass}>
            Show all {stuck.length} who are stuck
          </a>
        )
      ) : null}
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
        Learners with no activity and no milestone change for {INACTIVE_DAYS} days, or the same next
        milestone for {SAME_MILESTONE_DAYS} days; milestones only of those who share their progress
        with the cohort.
      </p>
    </Card>
  );
}
