import { format, parseISO } from "date-fns";
import Link from "next/link";
import type { Plan, PlanStep } from "@/lib/plan/plan";
import type { MilestoneCriteria } from "@/lib/roadmap/content";
import { describeCriteria } from "@/lib/roadmap/describe";

/** Steps shown at once; the rest of the way is one click further. */
export const VISIBLE_STEPS = 8;

const UNITS: Record<string, (n: number) => string> = {
  level: (n) => `level ${n}`,
  hours: (n) => `${n} h`,
  projects: (n) => `${n} project${n === 1 ? "" : "s"}`,
  certifications: (n) => `${n} certification${n === 1 ? "" : "s"}`,
  papers: (n) => `${n} paper${n === 1 ? "" : "s"}`,
  events: (n) => `${n} event${n === 1 ? "" : "s"}`,
};

const weeks = (n: number) => `${n} week${n === 1 ? "" : "s"}`;
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

/** Where a step stands: "level 1/3", "20/150 h", "not yet". */
function amountOf(step: PlanStep) {
  const { current, target, unit } = step.remaining;
  if (unit === "check-off") return current ? "done" : "not yet";
  if (unit === "level") return `level ${current}/${target}`;
  return `${current}/${(UNITS[unit] ?? String)(target)}`;
}

/** "20 h still to log · about 2 weeks at your pace". */
function estimateOf(hours: number, weeklyHoursGoal: number) {
  return `${hours} h still to log${
    weeklyHoursGoal > 0 ? ` · about ${weeks(Math.ceil(hours / weeklyHoursGoal))} at your pace` : ""
  }`;
}

/**
 * A step further down the way, on one line: the way can hold thirty steps or more, and each
 * full item is eight elements of a page that is rendered afresh after every change.
 */
export function PlanStepLine({
  step,
  weeklyHoursGoal,
}: {
  step: PlanStep;
  weeklyHoursGoal: number;
}) {
  return (
    <li className="py-1.5 text-sm" data-milestone-id={step.milestoneId}>
      {step.title}{" "}
      <span className="text-xs tabular-nums text-zinc-600 dark:text-zinc-400">
        · {amountOf(step)}
        {step.estimateHours !== null ? ` · ${estimateOf(step.estimateHours, weeklyHoursGoal)}` : ""}
      </span>
    </li>
  );
}

/** One step of the plan: its remaining effort, a bar, its criteria, the hours estimate, notes. */
export function PlanStepItem({
  step,
  criteria,
  weeklyHoursGoal,
  noteCount,
}: {
  step: PlanStep;
  criteria: MilestoneCriteria | undefined;
  weeklyHoursGoal: number;
  noteCount: number | undefined;
}) {
  const { current, target } = step.remaining;
  const ratio = Math.min(1, current / Math.max(1, target));
  const amount = amountOf(step);
  return (
    <li className="py-2.5" data-milestone-id={step.milestoneId}>
      <div className="flex items-baseline justify-between gap-3">
        <span className="text-sm font-medium">{step.title}</span>
        <span className="shrink-0 text-xs tabular-nums text-zinc-600 dark:text-zinc-400">
          {amount}
        </span>
      </div>
      <div
        className="mt-1 h-1.5 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800"
        aria-hidden
      >
        <div className="h-full bg-brand-500" style={{ width: `${ratio * 100}%` }} />
      </div>
      {criteria ? (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {describeCriteria(criteria)}
        </p>
      ) : null}
      {step.estimateHours !== null ? (
        <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300" data-testid="step-estimate">
          {estimateOf(step.estimateHours, weeklyHoursGoal)}
        </p>
      ) : null}
      {noteCount ? (
        <Link
          href={`/roadmap?open=${encodeURIComponent(`milestone:${step.milestoneId}`)}#milestone-${step.milestoneId}`}
          className="mt-1 inline-block text-xs font-medium text-brand-700 underline dark:text-brand-300"
        >
          Your notes ({noteCount})
        </Link>
      ) : null}
    </li>
  );
}
