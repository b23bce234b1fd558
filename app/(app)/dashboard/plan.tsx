import { format, parseISO } from "date-fns";
import Link from "next/link";
import type { Plan } from "@/lib/plan/plan";
import { weeks } from "./plan-format";

const longDate = (date: string) => format(parseISO(date), "MMM d, yyyy");

/** Where the plan stands: how long the hours take at the weekly goal, and the target date. */
export function PlanSummary({
  plan,
  trackName,
  nextTier,
  weeklyHoursGoal,
}: {
  plan: Plan;
  trackName: string | undefined;
  nextTier: { number: number; name: string } | null;
  weeklyHoursGoal: number;
}) {
  const left = plan.steps.length;
  return (
    <div className="mb-3 space-y-1 text-sm" data-testid="plan-summary">
      <p>
        {plan.track && trackName ? (
          <>
            On the way to <span className="font-semibold">{trackName}</span>
          </>
        ) : nextTier ? (
          <>
            Toward tier {nextTier.number} · {nextTier.name}.{" "}
            <Link
              href="/settings"
              className="font-medium text-brand-700 underline dark:text-brand-300"
            >
              Choose a target track
            </Link>{" "}
            to plan the whole way.
          </>
        ) : (
          "At the top tier."
        )}
        {left ? (
          <span className="text-zinc-600 dark:text-zinc-400">
            {" "}
            · {left} milestone{left === 1 ? "" : "s"} to go, quickest first
          </span>
        ) : null}
      </p>
      {left ? (
        <p className="text-zinc-700 dark:text-zinc-300" data-testid="plan-estimate">
          {plan.weeksToGo !== null
            ? `${plan.hoursToGo} h still to log: about ${weeks(plan.weeksToGo)} at your pace (${weeklyHoursGoal} h a week), by ${longDate(plan.projectedDate!)}.`
            : plan.hoursToGo !== null
              ? `${plan.hoursToGo} h still to log. Set a weekly study goal in Settings for an estimate.`
              : "No hours left to log on the way: the roadmap cannot estimate the rest."}
        </p>
      ) : null}
      {plan.targetDate ? (
        <p data-testid="plan-status">
          <span className="text-zinc-600 dark:text-zinc-400">
            Target date {longDate(plan.targetDate)}:{" "}
          </span>
          {plan.onTrack === true ? (
            <span className="rounded-full bg-emerald-50 px-2 py-0.5 font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300">
              on track
            </span>
          ) : plan.onTrack === false ? (
            <span className="rounded-full bg-amber-50 px-2 py-0.5 font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-300">
              behind by {weeks(plan.weeksBehind ?? 0)}
            </span>
          ) : (
            <span className="text-zinc-600 dark:text-zinc-400">no estimate to compare</span>
          )}
        </p>
      ) : null}
    </div>
  );
}
