import type { PlanStep } from "@/lib/plan/plan";

// The plan's wording, shared by the summary (a server component) and the steps (a client one).

const UNITS: Record<string, (n: number) => string> = {
  level: (n) => `level ${n}`,
  hours: (n) => `${n} h`,
  projects: (n) => `${n} project${n === 1 ? "" : "s"}`,
  certifications: (n) => `${n} certification${n === 1 ? "" : "s"}`,
  papers: (n) => `${n} paper${n === 1 ? "" : "s"}`,
  events: (n) => `${n} event${n === 1 ? "" : "s"}`,
};

export const weeks = (n: number) => `${n} week${n === 1 ? "" : "s"}`;

/** Where a step stands: "level 1/3", "20/150 h", "not yet". */
export function amountOf(step: Pick<PlanStep, "remaining">) {
  const { current, target, unit } = step.remaining;
  if (unit === "check-off") return current ? "done" : "not yet";
  if (unit === "level") return `level ${current}/${target}`;
  return `${current}/${(UNITS[unit] ?? String)(target)}`;
}

/** "20 h still to log · about 2 weeks at your pace". */
export function estimateOf(hours: number, weeklyHoursGoal: number) {
  return `${hours} h still to log${
    weeklyHoursGoal > 0 ? ` · about ${weeks(Math.ceil(hours / weeklyHoursGoal))} at your pace` : ""
  }`;
}
