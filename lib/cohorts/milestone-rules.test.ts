import { describe, expect, it } from "vitest";
import { cohortView } from "../policy";
import {
  cohortCompletion,
  isMet,
  isOverdue,
  milestoneProgress,
  NO_EVIDENCE,
  type MilestoneEvidence,
  type RuleMilestone,
} from "./milestone-rules";

const ev = (e: Partial<MilestoneEvidence> = {}): MilestoneEvidence => ({ ...NO_EVIDENCE, ...e });
const m = (
  kind: RuleMilestone["kind"],
  criteria: Record<string, unknown>,
  id = kind,
): RuleMilestone => ({
  id,
  kind,
  criteria,
  dueOn: null,
});

describe("isMet: a cohort milestone against one member's evidence", () => {
  it("attested: met by the member's own check-off only", () => {
    expect(isMet(m("attested", {}), ev())).toBe(false);
    expect(isMet(m("attested", {}), ev({ attested: ["attested"] }))).toBe(true);
    expect(isMet(m("attested", {}), ev({ attested: ["another"] }))).toBe(false);
  });

  it("hours: the minutes in the milestone's own range, compared in minutes", () => {
    const h = m("hours", { hours: 1.5 });
    expect(isMet(h, ev({ minutesByMilestone: { hours: 89 } }))).toBe(false);
    expect(isMet(h, ev({ minutesByMilestone: { hours: 90 } }))).toBe(true);
    expect(isMet(h, ev({ minutesByMilestone: { other: 900 } }))).toBe(false);
    expect(milestoneProgress(h, ev({ minutesByMilestone: { hours: 75 } }))).toEqual({
      current: 1.3,
      target: 1.5,
    });
  });

  it("hours not read (kept private) are never met", () => {
    expect(isMet(m("hours", { hours: 1 }), ev({ minutesByMilestone: undefined }))).toBe(false);
  });

  it("skill: the rating at or above the level", () => {
    const s = m("skill", { skill: "python", level: 3 });
    expect(isMet(s, ev({ skillLevels: { python: 2 } }))).toBe(false);
    expect(isMet(s, ev({ skillLevels: { python: 3 } }))).toBe(true);
    expect(isMet(s, ev({ skillLevels: { sql: 4 } }))).toBe(false);
  });

  it("project and certification: the counts read (shipped; earned and unexpired)", () => {
    expect(isMet(m("project", { count: 2 }), ev({ shippedProjects: 1 }))).toBe(false);
    expect(isMet(m("project", { count: 2 }), ev({ shippedProjects: 2 }))).toBe(true);
    expect(isMet(m("certification", { count: 1 }), ev({ earnedCertifications: 0 }))).toBe(false);
    expect(isMet(m("certification", { count: 1 }), ev({ earnedCertifications: 3 }))).toBe(true);
  });
});

describe("isOverdue", () => {
  it("flags an unmet milestone whose due date has passed; the day itself is in time", () => {
    expect(isOverdue({ dueOn: "2026-05-01" }, false, "2026-05-02")).toBe(true);
    expect(isOverdue({ dueOn: "2026-05-01" }, false, "2026-05-01")).toBe(false);
    expect(isOverdue({ dueOn: "2026-05-01" }, true, "2026-06-01")).toBe(false);
    expect(isOverdue({ dueOn: null }, false, "2026-06-01")).toBe(false);
  });
});

describe("cohortCompletion: done of what the viewer may see", () => {
  const organizer = { userId: "o", role: "organizer" as const };
  const member = (userId: string, shareProgress: boolean, shareHours: boolean) => ({
    userId,
    view: cohortView(organizer, { userId, shareProgress, shareHours, leaderboard: false }),
  });
  const hours = m("hours", { hours: 1 });
  const attested = m("attested", {});

  it("counts members sharing progress; an hours milestone only those who also share hours", () => {
    const members = [member("a", true, true), member("b", true, false), member("c", false, true)];
    const evidence = new Map([
      ["a", ev({ minutesByMilestone: { hours: 60 }, attested: ["attested"] })],
      // b met the hours milestone, but keeps hours private: not counted, not revealed.
      ["b", ev({ minutesByMilestone: { hours: 600 }, attested: ["attested"] })],
      // c shares nothing of progress: not counted anywhere.
      ["c", ev({ minutesByMilestone: { hours: 600 }, attested: ["attested"] })],
    ]);
    const { totals, byMember } = cohortCompletion([hours, attested], members, evidence);
    expect(totals.get("hours")).toEqual({ done: 1, of: 1 });
    expect(totals.get("attested")).toEqual({ done: 2, of: 2 });
    expect(byMember.get("a")).toEqual({ hours: true, attested: true });
    expect(byMember.get("b")).toEqual({ hours: null, attested: true });
    expect(byMember.get("c")).toEqual({ hours: null, attested: null });
  });

  it("a member without evidence read counts as not met, when visible", () => {
    const { totals } = cohortCompletion([attested], [member("a", true, false)], new Map());
    expect(totals.get("attested")).toEqual({ done: 0, of: 1 });
  });
});
