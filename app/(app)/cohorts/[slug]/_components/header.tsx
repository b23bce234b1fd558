import type { CohortDashboard } from "@/lib/cohorts/dashboard";
import { Badge, formatDate } from "../../../records/parts";

/** The cohort's name, the caller's part in it, its size, dates and description. */
export function CohortHeader({
  cohort,
  organizer,
  runs,
}: {
  cohort: CohortDashboard["cohort"];
  organizer: boolean;
  runs: boolean;
}) {
  return (
    <header className="mb-6">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-bold tracking-tight">{cohort.name}</h1>
        <Badge tone={organizer ? "brand" : runs ? "good" : "neutral"}>
          {organizer ? "You organize it" : runs ? "You coach it" : "Member"}
        </Badge>
      </div>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {cohort.memberCount} member{cohort.memberCount === 1 ? "" : "s"}
        {cohort.startsOn ? ` · ${formatDate(cohort.startsOn)}` : ""}
        {cohort.endsOn ? ` – ${formatDate(cohort.endsOn)}` : ""}
      </p>
      {cohort.description ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{cohort.description}</p>
      ) : null}
    </header>
  );
}
