import { WeeklyHours } from "@/app/(app)/dashboard/charts";
import { Card } from "@/app/components/ui";
import type { CohortDashboard } from "@/lib/cohorts/dashboard";

/** How many learners are at each tier, of those who share their progress. */
export function TiersCard({
  distribution,
  notSharing,
}: {
  distribution: CohortDashboard["tierDistribution"];
  notSharing: number;
}) {
  const maxTierCount = Math.max(1, ...distribution.map((t) => t.count));
  return (
    <Card title="Tiers">
      <ul className="space-y-2">
        {distribution.map((t) => (
          <li key={t.tier} className="grid grid-cols-[7rem_1fr_2rem] items-center gap-2 text-sm">
            <span className="truncate">{t.tier === 0 ? "Getting started" : `Tier ${t.tier}`}</span>
            <span
              className="h-2.5 rounded-full bg-zinc-100 dark:bg-zinc-800"
              role="img"
              aria-label={`${t.count} at ${t.name}`}
            >
              <span
                className="block h-full rounded-full bg-brand-500"
                style={{ width: `${(t.count / maxTierCount) * 100}%` }}
              />
            </span>
            <span className="text-right tabular-nums">{t.count}</span>
          </li>
        ))}
      </ul>
      {notSharing ? (
        <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">
          {notSharing} not sharing their progress.
        </p>
      ) : null}
    </Card>
  );
}

/** The cohort's hours of the last weeks, from those who share them. */
export function HoursCard({ weeks }: { weeks: CohortDashboard["weeklyHours"] }) {
  return (
    <Card title="Cohort hours per week" className="lg:col-span-2">
      <WeeklyHours
        weeks={weeks.map((w) => ({
          start: w.weekStart,
          minutes: Math.round(w.hours * 60),
        }))}
        goalMinutes={0}
      />
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        From members who share their hours.
      </p>
    </Card>
  );
}
