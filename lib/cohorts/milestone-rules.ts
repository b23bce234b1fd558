import { cohortMilestoneVisible } from "../policy";

/**
 * A cohort's own milestones: whether one is met, as pure functions over what one statement
 * read for a set of members (lib/cohorts/milestone-evidence.ts), so that the rules are tested
 * without a database.
 */

export type RuleMilestone = {
  id: string;
  kind: "attested" | "hours" | "skill" | "project" | "certification";
  criteria: Record<string, unknown>;
  dueOn: string | null;
};

/** What one member's records say, as read for the cohort's milestones. */
export type MilestoneEvidence = {
  /** Minutes logged within each hours milestone's range; absent when not read (hours private). */
  minutesByMilestone?: Record<string, number>;
  shippedProjects: number;
  /** Earned and not expired on the member's own today. */
  earnedCertifications: number;
  skillLevels: Record<string, number>;
  attested: readonly string[];
};

export const NO_EVIDENCE: MilestoneEvidence = {
  minutesByMilestone: {},
  shippedProjects: 0,
  earnedCertifications: 0,
  skillLevels: {},
  attested: [],
};

/** How far a member is: `current` of `target` in the kind's unit (hours, level, count, 0/1). */
export function milestoneProgress(m: RuleMilestone, e: MilestoneEvidence) {
  switch (m.kind) {
    case "attested":
      return { current: e.attested.includes(m.id) ? 1 : 0, target: 1 };
    case "hours": {
      const minutes = e.minutesByMilestone?.[m.id] ?? 0;
      return { current: Math.round((minutes / 60) * 10) / 10, target: Number(m.criteria.hours) };
    }
    case "skill":
      return {
        current: e.skillLevels[String(m.criteria.skill)] ?? 0,
        target: Number(m.criteria.level),
      };
    case "project":
      return { current: e.shippedProjects, target: Number(m.criteria.count) };
    case "certification":
      return { current: e.earnedCertifications, target: Number(m.criteria.count) };
  }
}

export function isMet(m: RuleMilestone, e: MilestoneEvidence): boolean {
  if (m.kind === "hours") {
    // Compared in minutes: 1.5 h is met by 90 minutes, not by a rounded 1.5.
    const minutes = e.minutesByMilestone?.[m.id] ?? 0;
    return minutes >= Math.round(Number(m.criteria.hours) * 60);
  }
  const { current, target } = milestoneProgress(m, e);
  return current >= target;
}

/** Unmet with its due date passed (the day itself is still in time). */
export function isOverdue(m: Pick<RuleMilestone, "dueOn">, met: boolean, today: string): boolean {
  return !met && m.dueOn !== null && m.dueOn < today;
}

export type MemberVisibility = { userId: string; view: { progress: boolean; hours: boolean } };

/**
 * Per milestone, how many of the members whose completion the viewer may see have met it
 * (`done` of `of`), and per member which milestones they met (`null`: not shown to the
 * viewer). Members whose completion of a milestone is not visible count in neither figure.
 */
export function cohortCompletion(
  milestones: readonly RuleMilestone[],
  members: readonly MemberVisibility[],
  evidence: ReadonlyMap<string, MilestoneEvidence>,
) {
  const totals = new Map(milestones.map((m) => [m.id, { done: 0, of: 0 }]));
  const byMember = new Map<string, Record<string, boolean | null>>();
  for (const member of members) {
    const row: Record<string, boolean | null> = {};
    const e = evidence.get(member.userId) ?? NO_EVIDENCE;
    for (const m of milestones) {
      if (!cohortMilestoneVisible(member.view, m.kind)) {
        row[m.id] = null;
        continue;
      }
      const met = isMet(m, e);
      row[m.id] = met;
      const t = totals.get(m.id)!;
      t.of += 1;
      if (met) t.done += 1;
    }
    byMember.set(member.userId, row);
  }
  return { totals, byMember };
}
