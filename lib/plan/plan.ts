import { addDaysTo, daysBetween } from "../dates";
import type { ContentForEvaluation, MilestoneStatus, Progress } from "../progress/evaluate";
import type { MilestoneCriteria } from "../roadmap/content";

/**
 * The way to a learner's target track, as pure rules over an evaluation the caller already has
 * (lib/progress/evaluate.ts): which milestones are on the way, the order to take them in, what
 * the roadmap can say about the time they take, and whether the target date holds. No database
 * and no clock: `today` comes in (docs/DECISIONS.md, "The plan to a target track").
 */

/** The unit a step's remaining effort is counted in, by milestone kind. */
export const PLAN_UNITS = {
  skill: "level",
  hours: "hours",
  projects: "projects",
  certifications: "certifications",
  papers: "papers",
  events: "events",
  attested: "check-off",
} as const satisfies Record<MilestoneCriteria["kind"], string>;
export type PlanUnit = (typeof PLAN_UNITS)[keyof typeof PLAN_UNITS];
export const PLAN_UNIT_VALUES = [...new Set(Object.values(PLAN_UNITS))] as [
  PlanUnit,
  ...PlanUnit[],
];

export type PlanStep = {
  milestoneId: string;
  title: string;
  tier: number;
  track: string | null;
  kind: MilestoneCriteria["kind"];
  remaining: { current: number; target: number; unit: PlanUnit };
  /** Hours still to log, where the roadmap can say (hours milestones); null otherwise. */
  estimateHours: number | null;
};

/** One skill requirement on the way against the learner's level ("one cloud platform" is one row). */
export type GapRow = {
  /** The skill slugs any of which counts, joined with "|" (a stable key). */
  key: string;
  skills: string[];
  need: number;
  level: number;
};

export type Plan = {
  /** The target track (a live one), else null. */
  track: string | null;
  steps: PlanStep[];
  /** Hours still to log on the way (the largest hours milestone left); null when none is left. */
  hoursToGo: number | null;
  /** Weeks those hours take at the weekly goal; null without hours to go or without a goal. */
  weeksToGo: number | null;
  /** The day the hours are logged at the weekly goal; null when the roadmap cannot say. */
  projectedDate: string | null;
  targetDate: string | null;
  /** Against the target date: null without one, or when there is nothing to compare it with. */
  onTrack: boolean | null;
  /** Whole weeks the projection runs past the target date (0 when on track). */
  weeksBehind: number | null;
  gap: GapRow[];
};

export type PlanSettings = {
  targetTrack: string | null;
  targetDate: string | null;
  weeklyHoursGoal: number;
  today: string;
};

/** How much is left of a milestone, in its own unit: levels, hours, records, or one check-off. */
export function toGo(m: MilestoneStatus): number {
  return Math.max(0, m.progress.target - m.progress.current) || (m.met ? 0 : 1);
}

/** Share of a milestone left, 0–1. */
const shareLeft = (m: MilestoneStatus) => toGo(m) / Math.max(1, m.progress.target);

/**
 * The order to take unmet milestones in: least effort left first (in each milestone's own unit:
 * skill levels to go, hours to log, records to add, one check-off), then the smaller share
 * left, then the lower tier, then roadmap order. Every milestone on the way has to be met
 * anyway, so the quickest ones first finish the most, soonest; and nested targets (Python 2,
 * 3, 4; 20, 150, 500 hours) come out in their natural order.
 */
export function rankSteps(unmet: MilestoneStatus[], order: Map<string, number>): MilestoneStatus[] {
  return [...unmet].sort(
    (a, b) =>
      toGo(a) - toGo(b) ||
      shareLeft(a) - shareLeft(b) ||
      a.tier - b.tier ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
}

/** The milestones on the way: to a target track, the tiers below it and its own; else the next tier's. */
function milestonesOnTheWay(progress: Progress, track: string | null): MilestoneStatus[] {
  if (track) {
    const own = progress.milestones.filter((m) => m.track === track);
    const trackTier = Math.min(...own.map((m) => m.tier));
    return progress.milestones.filter(
      (m) => m.track === track || (m.track === null && m.tier < trackTier),
    );
  }
  const next = progress.nextTier;
  if (!next) return [];
  // The evaluator's next steps say which track the specialist tier is worked toward.
  const focus = progress.nextSteps.find((m) => m.track)?.track ?? null;
  return progress.milestones.filter(
    (m) => m.tier === next.number && (m.track === null || m.track === focus),
  );
}

const orders = new WeakMap<ContentForEvaluation, Map<string, number>>();
/** Each milestone's place in the roadmap, worked out once per content object. */
function roadmapOrder(content: ContentForEvaluation): Map<string, number> {
  let order = orders.get(content);
  if (!order) {
    order = new Map(content.milestones.map((m, i) => [m.id, i]));
    orders.set(content, order);
  }
  return order;
}

export function computePlan(
  content: ContentForEvaluation,
  progress: Progress,
  skillLevels: Record<string, number>,
  settings: PlanSettings,
): Plan {
  const track = content.tracks.some((t) => t.slug === settings.targetTrack)
    ? settings.targetTrack
    : null;
  const onTheWay = milestonesOnTheWay(progress, track);
  const order = roadmapOrder(content);
  const steps: PlanStep[] = rankSteps(
    onTheWay.filter((m) => !m.met),
    order,
  ).map((m) => ({
    milestoneId: m.id,
    title: m.title,
    tier: m.tier,
    track: m.track,
    kind: m.kind,
    remaining: { current: m.progress.current, target: m.progress.target, unit: PLAN_UNITS[m.kind] },
    estimateHours: m.kind === "hours" ? toGo(m) : null,
  }));

  // Hours milestones all count the same logged hours: the largest one left is what remains.
  const hours = steps.flatMap((s) => (s.estimateHours === null ? [] : [s.estimateHours]));
  const hoursToGo = hours.length ? Math.max(...hours) : null;
  const weeksToGo =
    hoursToGo !== null && settings.weeklyHoursGoal > 0
      ? Math.ceil(hoursToGo / settings.weeklyHoursGoal)
      : null;
  const projectedDate = weeksToGo === null ? null : addDaysTo(settings.today, 7 * weeksToGo);

  const { targetDate } = settings;
  let onTrack: boolean | null = null;
  if (targetDate && steps.length === 0) onTrack = true;
  else if (targetDate && projectedDate) onTrack = projectedDate <= targetDate;
  const weeksBehind =
    onTrack === null ? null : onTrack ? 0 : Math.ceil(daysBetween(targetDate!, projectedDate!) / 7);

  return {
    track,
    steps,
    hoursToGo,
    weeksToGo,
    projectedDate,
    targetDate,
    onTrack,
    weeksBehind,
    gap: skillGap(content, onTheWay, skillLevels),
  };
}

/**
 * The skills the milestones on the way ask for, each at the highest level asked, against the
 * learner's level (the best of the skills that count); the largest gaps first.
 */
export function skillGap(
  content: ContentForEvaluation,
  onTheWay: { id: string }[],
  skillLevels: Record<string, number>,
): GapRow[] {
  const wanted = new Set(onTheWay.map((m) => m.id));
  const rows = new Map<string, GapRow>();
  for (const m of content.milestones) {
    if (!wanted.has(m.id) || m.criteria.kind !== "skill") continue;
    const { anyOf, level } = m.criteria;
    const key = anyOf.join("|");
    const row = rows.get(key);
    if (row) row.need = Math.max(row.need, level);
    else
      rows.set(key, {
        key,
        skills: [...anyOf],
        need: level,
        level: Math.max(0, ...anyOf.map((s) => skillLevels[s] ?? 0)),
      });
  }
  return [...rows.values()]
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        Math.max(0, b.r.need - b.r.level) - Math.max(0, a.r.need - a.r.level) ||
        b.r.need - a.r.need ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}

/** The API's shape of a plan (`planOutput`, lib/api/operations/roadmap.ts). */
export function planBody(p: Plan) {
  return {
    track: p.track,
    steps: p.steps.map((s) => ({
      milestoneId: s.milestoneId,
      title: s.title,
      remaining: s.remaining,
      estimateHours: s.estimateHours,
    })),
    onTrack: p.onTrack,
    projectedDate: p.projectedDate,
  };
}
