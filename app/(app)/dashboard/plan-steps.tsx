"use client";

import Link from "next/link";

/*
 * The plan's steps. A client component although nothing here is interactive: it gets each
 * step as the few strings it shows, and an element a client component writes costs the server
 * a sixth of one a server component writes (docs/PERFORMANCE.md, "2026-12-06 afternoon: the
 * never-cached dashboard in alternation, and what an element costs").
 */

/** Steps shown at once; the rest of the way is one click further. */
export const VISIBLE_STEPS = 8;

/** A step as the dashboard shows it, worded on the server (plan-format.ts). */
export type ShownStep = {
  milestoneId: string;
  title: string;
  /** "level 1/3", "20/150 h", "not yet". */
  amount: string;
  /** How far along, 0–1. */
  ratio: number;
  /** What counts toward it, in a sentence. */
  criteria: string | null;
  /** "20 h still to log · about 2 weeks at your pace", where the roadmap can say. */
  estimate: string | null;
  noteCount: number;
};

/** The first steps in full, the rest of the way one line each behind a disclosure. */
export function PlanSteps({ steps }: { steps: ShownStep[] }) {
  return (
    <>
      <ol className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="next-steps">
        {steps.slice(0, VISIBLE_STEPS).map((s) => (
          <PlanStepItem key={s.milestoneId} step={s} />
        ))}
      </ol>
      {steps.length > VISIBLE_STEPS ? (
        <details className="border-t border-zinc-200 dark:border-zinc-800">
          <summary className="cursor-pointer py-2 text-sm font-medium text-brand-700 dark:text-brand-300">
            The other {steps.length - VISIBLE_STEPS} steps on the way
          </summary>
          <ol
            start={VISIBLE_STEPS + 1}
            className="divide-y divide-zinc-200 dark:divide-zinc-800"
            data-testid="more-steps"
          >
            {steps.slice(VISIBLE_STEPS).map((s) => (
              <PlanStepLine key={s.milestoneId} step={s} />
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}

/**
 * A step further down the way, on one line: the way can hold thirty steps or more, and each
 * full item is eight elements of a page that is rendered afresh after every change.
 */
function PlanStepLine({ step }: { step: ShownStep }) {
  return (
    <li className="py-1.5 text-sm" data-milestone-id={step.milestoneId}>
      {step.title}{" "}
      <span className="text-xs tabular-nums text-zinc-600 dark:text-zinc-400">
        · {step.amount}
        {step.estimate !== null ? ` · ${step.estimate}` : ""}
      </span>
    </li>
  );
}

/** One step of the plan: its remaining effort, a bar, its criteria, the hours estimate, notes. */
function PlanStepItem({ step }: { step: ShownStep }) {
  return (
    <li className="py-2.5" data-milestone-id={step.milestoneId}>
      <div className="flex items-baseline justify-between gap-3">
        <span className="text-sm font-medium">{step.title}</span>
        <span className="shrink-0 text-xs tabular-nums text-zinc-600 dark:text-zinc-400">
          {step.amount}
        </span>
      </div>
      <div
        className="mt-1 h-1.5 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800"
        aria-hidden
      >
        <div className="h-full bg-brand-500" style={{ width: `${step.ratio * 100}%` }} />
      </div>
      {step.criteria ? (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{step.criteria}</p>
      ) : null}
      {step.estimate !== null ? (
        <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300" data-testid="step-estimate">
          {step.estimate}
        </p>
      ) : null}
      {step.noteCount ? (
        <Link
          href={`/roadmap?open=${encodeURIComponent(`milestone:${step.milestoneId}`)}#milestone-${step.milestoneId}`}
          className="mt-1 inline-block text-xs font-medium text-brand-700 underline dark:text-brand-300"
        >
          Your notes ({step.noteCount})
        </Link>
      ) : null}
    </li>
  );
}
