/**
 * The plan to a target track (lib/plan/plan.ts), against the real v1 roadmap content: which
 * milestones are on the way, the order they are ranked in, the hours estimate, the target date
 * (on track / behind), no target track, a weekly goal of 0, everything met, and the skill gap.
 */
import { describe, expect, it } from "vitest";
import { addDaysTo } from "../dates";
import {
  EMPTY_EVIDENCE,
  evaluate,
  type ContentForEvaluation,
  type Evidence,
} from "../progress/evaluate";
import { MILESTONES, TIERS, TRACKS } from "../roadmap/content";
import { computePlan, planBody, rankSteps, type PlanSettings } from "./plan";

const CONTENT: ContentForEvaluation = { tiers: TIERS, tracks: TRACKS, milestones: MILESTONES };
const TODAY = "2026-12-07"; // a Monday
/** Milestone ids end in their number: 101 is tier 1's first, 425 the quantum track's last. */
const id = (n: number) => `0b8f6a52-0001-4c1e-9a01-${String(n).padStart(12, "0")}`;
const num = (milestoneId: string) => Number(milestoneId.slice(-3));

const ev = (partial: Partial<Evidence> = {}): Evidence => ({
  ...structuredClone(EMPTY_EVIDENCE),
  ...partial,
});
const settings = (s: Partial<PlanSettings> = {}): PlanSettings => ({
  targetTrack: null,
  targetDate: null,
  weeklyHoursGoal: 10,
  today: TODAY,
  ...s,
});
const plan = (e: Evidence, s: Partial<PlanSettings> = {}) => {
  const full = settings(s);
  return computePlan(CONTENT, evaluate(CONTENT, e, full.targetTrack), e.skillLevels, full);
};
const order = (p: ReturnType<typeof plan>) => p.steps.map((s) => num(s.milestoneId));

/** Every Foundations milestone met, with `hours` hours logged. */
const TIER_ONE = (hours = 20): Evidence =>
  ev({
    skillLevels: { python: 2, "linear-algebra": 2, calculus: 2, probability: 2, sql: 1 },
    minutesLogged: hours * 60,
    projects: [{ status: "building", withRepo: false, openSource: false, track: null, count: 1 }],
  });

/** Every core milestone of tiers 1–3 met. */
const CORE_TIERS: Evidence = ev({
  skillLevels: {
    python: 4,
    pytorch: 4,
    sql: 2,
    aws: 3,
    "linear-algebra": 3,
    calculus: 2,
    probability: 3,
    spark: 3,
  },
  minutesLogged: 500 * 60,
  projects: [{ status: "shipped", withRepo: true, openSource: true, track: null, count: 4 }],
  certifications: [{ skills: [], count: 2 }],
  papersRead: [{ topic: null, count: 24 }],
  eventsAttended: 6,
  attested: [id(210), id(311)],
});

/** CORE_TIERS and the MLOps track. */
const MLOPS_DONE: Evidence = ev({
  ...CORE_TIERS,
  skillLevels: {
    ...CORE_TIERS.skillLevels,
    aws: 4,
    "model-deployment": 3,
    "ml-cicd": 3,
    "model-monitoring": 3,
  },
  projects: [
    ...CORE_TIERS.projects,
    { status: "shipped", withRepo: true, openSource: false, track: "mlops", count: 1 },
  ],
  certifications: [{ skills: ["aws"], count: 2 }],
});

describe("ranking", () => {
  it("takes the least effort left first, in each milestone's own unit", () => {
    // A new learner: one level or one record to go before two levels, and 20 hours last.
    expect(order(plan(ev()))).toEqual([105, 107, 101, 102, 103, 104, 106]);
  });

  it("breaks ties by the smaller share left, then roadmap order", () => {
    const p = plan(
      ev({ skillLevels: { python: 1 }, minutesLogged: 19 * 60 + 59 }), // 1 hour of 20 to go
    );
    // All four at one unit to go: the hour (1/20 left), Python (1/2), then SQL and the project (all left).
    expect(order(p).slice(0, 4)).toEqual([106, 101, 105, 107]);
    expect(p.steps[0]!.remaining).toEqual({ current: 19, target: 20, unit: "hours" });
    expect(p.steps[1]!.remaining).toEqual({ current: 1, target: 2, unit: "level" });
    expect(p.steps[3]!.remaining).toEqual({ current: 0, target: 1, unit: "projects" });
  });

  it("puts nested targets in their natural order (Python 3 before 4; 150 before 500 hours)", () => {
    const p = plan(TIER_ONE(25), { targetTrack: "mlops" });
    const ids = order(p);
    expect(ids.indexOf(201)).toBeLessThan(ids.indexOf(301));
    expect(ids.indexOf(209)).toBeLessThan(ids.indexOf(310));
    expect(ids.at(-1)).toBe(310); // 475 hours to go: the most effort of all
  });

  it("ranks the same whatever order the milestones come in", () => {
    const progress = evaluate(CONTENT, TIER_ONE(), "mlops");
    const unmet = progress.milestones.filter((m) => !m.met);
    const roadmapOrder = new Map(MILESTONES.map((m, i) => [m.id, i]));
    const ranked = rankSteps(unmet, roadmapOrder).map((m) => m.id);
    expect(rankSteps([...unmet].reverse(), roadmapOrder).map((m) => m.id)).toEqual(ranked);
  });
});

describe("with a target track", () => {
  it("lists every unmet milestone of the tiers below it and of the track, and none of the other tracks", () => {
    const p = plan(TIER_ONE(), { targetTrack: "mlops" });
    expect(p.track).toBe("mlops");
    const expected = MILESTONES.filter(
      (m) => (m.track === null && (m.tier === 2 || m.tier === 3)) || m.track === "mlops",
    ).map((m) => num(m.id));
    expect([...order(p)].sort()).toEqual(expected.sort());
    expect(p.steps.every((s) => s.remaining.current < s.remaining.target)).toBe(true);
  });

  it("leaves out what is met", () => {
    const p = plan(CORE_TIERS, { targetTrack: "responsible-ai" });
    expect(order(p).sort()).toEqual([411, 412, 413, 414, 415]);
    // The project (one to add), the three skills (three levels each), then ten papers.
    expect(order(p)).toEqual([414, 411, 412, 413, 415]);
  });

  it("stays on the way to the target even when another track is nearer to done", () => {
    const p = plan(ev({ ...CORE_TIERS, skillLevels: { ...CORE_TIERS.skillLevels, fairness: 3 } }), {
      targetTrack: "quantum-ml",
    });
    expect(p.track).toBe("quantum-ml");
    expect(p.steps.every((s) => num(s.milestoneId) >= 421)).toBe(true);
  });
});

describe("the estimate", () => {
  it("counts the hours still to log on hours milestones, and nothing on the others", () => {
    const p = plan(TIER_ONE(25), { targetTrack: "mlops", weeklyHoursGoal: 5 });
    const byId = new Map(p.steps.map((s) => [num(s.milestoneId), s]));
    expect(byId.get(209)!.estimateHours).toBe(125);
    expect(byId.get(310)!.estimateHours).toBe(475);
    expect(byId.get(201)!.estimateHours).toBeNull();
    // One log counts toward every hours milestone: the largest one left is what remains.
    expect(p.hoursToGo).toBe(475);
    expect(p.weeksToGo).toBe(95);
    expect(p.projectedDate).toBe(addDaysTo(TODAY, 95 * 7));
  });

  it("rounds a part week up", () => {
    const p = plan(ev({ minutesLogged: 60 }), { weeklyHoursGoal: 10 }); // 19 hours to go
    expect(p.hoursToGo).toBe(19);
    expect(p.weeksToGo).toBe(2);
    expect(p.projectedDate).toBe("2026-12-21");
  });

  it("has no projection without a weekly goal (0 hours a week)", () => {
    const p = plan(ev(), { weeklyHoursGoal: 0, targetDate: "2027-06-01" });
    expect(p.hoursToGo).toBe(20);
    expect(p.steps.find((s) => num(s.milestoneId) === 106)!.estimateHours).toBe(20);
    expect(p.weeksToGo).toBeNull();
    expect(p.projectedDate).toBeNull();
    expect(p.onTrack).toBeNull();
    expect(p.weeksBehind).toBeNull();
  });

  it("has no projection when no hours milestone is left on the way", () => {
    const p = plan(CORE_TIERS, { targetTrack: "mlops", targetDate: "2027-06-01" });
    expect(p.steps.length).toBeGreaterThan(0);
    expect(p.hoursToGo).toBeNull();
    expect(p.projectedDate).toBeNull();
    expect(p.onTrack).toBeNull();
  });
});

describe("the target date", () => {
  // 20 hours to go at 10 a week: two weeks, 2026-12-21.
  it("is on track when the projection falls on or before it", () => {
    for (const targetDate of ["2026-12-21", "2027-03-01"]) {
      const p = plan(ev(), { targetDate });
      expect(p.onTrack, targetDate).toBe(true);
      expect(p.weeksBehind).toBe(0);
    }
  });

  it("is behind by the whole weeks the projection runs past it", () => {
    const one = plan(ev(), { targetDate: "2026-12-20" });
    expect(one.onTrack).toBe(false);
    expect(one.weeksBehind).toBe(1);
    const three = plan(ev(), { targetDate: "2026-12-01", weeklyHoursGoal: 2 }); // 10 weeks: 2027-02-15
    expect(three.projectedDate).toBe("2027-02-15");
    expect(three.onTrack).toBe(false);
    expect(three.weeksBehind).toBe(11);
  });

  it("is null without a target date", () => {
    const p = plan(ev());
    expect(p.projectedDate).toBe("2026-12-21");
    expect(p.onTrack).toBeNull();
  });
});

describe("no target track", () => {
  it("answers track null and the next tier's steps, ranked the same way", () => {
    const p = plan(TIER_ONE());
    expect(p.track).toBeNull();
    expect(order(p).sort()).toEqual([201, 202, 203, 204, 205, 206, 207, 208, 209, 210]);
    // One level or one record to go first; 130 hours last.
    expect(order(p).slice(0, 1)).toEqual([201]);
    expect(order(p).at(-1)).toBe(209);
  });

  it("treats a track the roadmap does not have as none", () => {
    expect(plan(TIER_ONE(), { targetTrack: "astrology" }).track).toBeNull();
  });

  it("at the specialist tier, takes the track the evaluator works toward (the nearest to done)", () => {
    const p = plan(ev({ ...CORE_TIERS, skillLevels: { ...CORE_TIERS.skillLevels, fairness: 3 } }));
    expect(p.track).toBeNull();
    expect(order(p).sort()).toEqual([412, 413, 414, 415]);
  });
});

describe("everything met", () => {
  it("has no steps, no projection, and is on track for a target date", () => {
    const p = plan(MLOPS_DONE, { targetTrack: "mlops", targetDate: "2026-01-01" });
    expect(p.steps).toEqual([]);
    expect(p.projectedDate).toBeNull();
    expect(p.onTrack).toBe(true);
    expect(plan(MLOPS_DONE, { targetTrack: "mlops" }).onTrack).toBeNull();
    // At the top without a target: nothing next either.
    expect(plan(MLOPS_DONE).steps).toEqual([]);
  });
});

describe("the skill gap", () => {
  it("lists the skills the way asks for at the highest level asked, against the learner's", () => {
    const p = plan(TIER_ONE(), { targetTrack: "mlops" });
    const row = (key: string) => p.gap.find((r) => r.key === key);
    expect(row("python")).toMatchObject({ need: 4, level: 2 });
    expect(row("aws|gcp|azure")).toMatchObject({ need: 4, level: 0 }); // tier 3 asks 3, the track 4
    expect(row("pytorch|tensorflow")).toMatchObject({ need: 4, level: 0 });
    expect(row("ml-cicd")).toMatchObject({ need: 3, level: 0 });
    expect(row("fairness")).toBeUndefined(); // another track's
    // The largest gaps first.
    const gaps = p.gap.map((r) => Math.max(0, r.need - r.level));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });

  it("counts the best of the skills any of which will do", () => {
    const p = plan(ev({ skillLevels: { gcp: 3, aws: 1 } }), { targetTrack: "mlops" });
    expect(p.gap.find((r) => r.key === "aws|gcp|azure")).toMatchObject({ need: 4, level: 3 });
  });
});

describe("the API body", () => {
  it("has exactly the contract's fields", () => {
    const body = planBody(plan(ev(), { targetDate: "2027-01-01" }));
    expect(Object.keys(body).sort()).toEqual(["onTrack", "projectedDate", "steps", "track"]);
    expect(Object.keys(body.steps[0]!).sort()).toEqual([
      "estimateHours",
      "milestoneId",
      "remaining",
      "title",
    ]);
    expect(body).toMatchObject({ track: null, onTrack: true, projectedDate: "2026-12-21" });
  });
});
