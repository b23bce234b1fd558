import { describe, expect, it } from "vitest";
import {
  accessTo,
  allows,
  assertAccess,
  assertCalendarFeedSecret,
  assertKeepsAWayIn,
  assertMayAttestCohortMilestone,
  assertMayManageCohortMilestones,
  cohortMilestoneVisible,
} from "./policy";

describe("accessTo (the access table of docs/ARCHITECTURE.md)", () => {
  it("gives the owner write access to everything but reviews", () => {
    expect(accessTo("records", "owner")).toBe("write");
    expect(accessTo("reviews", "owner")).toBe("read");
  });
  it("never shows the activity log to anyone outside coaching", () => {
    expect(accessTo("activity", "anyone", { publicProfile: true })).toBe("none");
    expect(accessTo("activity", "member", { shared: false })).toBe("none");
    expect(accessTo("activity", "member", { shared: true })).toBe("totals");
    expect(accessTo("activity", "coach")).toBe("read");
  });
  it("shows a profile to anyone only when it is public", () => {
    expect(accessTo("profile", "anyone")).toBe("none");
    expect(accessTo("profile", "anyone", { publicProfile: true })).toBe("read");
  });
  it("keeps notes and resources private, but for a resource shared with an active coach", () => {
    expect(accessTo("notes", "owner")).toBe("write");
    expect(accessTo("notes", "coach")).toBe("none");
    expect(accessTo("notes", "coach", { shared: true })).toBe("read");
    for (const relation of ["organizer", "member", "anyone"] as const) {
      expect(accessTo("notes", relation, { shared: true, publicProfile: true })).toBe("none");
    }
  });
  it("keeps the calendar feed's URL to its owner: never a coach, a cohort or the public", () => {
    expect(accessTo("calendar", "owner")).toBe("write");
    for (const relation of ["coach", "organizer", "member", "anyone"] as const) {
      expect(accessTo("calendar", relation, { shared: true, publicProfile: true })).toBe("none");
    }
    expect(assertCalendarFeedSecret("a")).toBe("a");
    expect(() => assertCalendarFeedSecret(null)).toThrow(/not found/);
  });
  it("lets the owner claim and revoke badges; a coach reads them, a cohort if shared, anyone never as a list", () => {
    expect(accessTo("badges", "owner")).toBe("write");
    expect(accessTo("badges", "coach")).toBe("read");
    for (const relation of ["organizer", "member"] as const) {
      expect(accessTo("badges", relation, { shared: false })).toBe("none");
      expect(accessTo("badges", relation, { shared: true })).toBe("read");
    }
    expect(accessTo("badges", "anyone", { publicProfile: true })).toBe("none");
  });
  it("orders access levels", () => {
    expect(allows("write", "read")).toBe(true);
    expect(allows("totals", "read")).toBe(false);
  });
  it("answers not found for another user's data", () => {
    const actor = { userId: "a", via: "session" as const };
    expect(() => assertAccess(actor, "b", "records", "read")).toThrow(/not found/);
    expect(() => assertAccess(actor, "a", "records", "write")).not.toThrow();
  });
});

describe("a cohort's own milestones", () => {
  it("organizers and cohort coaches manage them; a member is refused (403); outsiders 404", () => {
    expect(() => assertMayManageCohortMilestones("organizer")).not.toThrow();
    expect(() => assertMayManageCohortMilestones("coach")).not.toThrow();
    expect(() => assertMayManageCohortMilestones("member")).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect(() => assertMayManageCohortMilestones(null)).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });

  it("only a member checks them off; those who run the cohort 403; outsiders 404", () => {
    expect(() => assertMayAttestCohortMilestone("member")).not.toThrow();
    for (const role of ["organizer", "coach"] as const)
      expect(() => assertMayAttestCohortMilestone(role)).toThrow(
        expect.objectContaining({ code: "forbidden" }),
      );
    expect(() => assertMayAttestCohortMilestone(null)).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });

  it("a member's completion shows with progress shared, and an hours one also with hours", () => {
    expect(cohortMilestoneVisible({ progress: true, hours: false }, "attested")).toBe(true);
    expect(cohortMilestoneVisible({ progress: true, hours: false }, "hours")).toBe(false);
    expect(cohortMilestoneVisible({ progress: true, hours: true }, "hours")).toBe(true);
    expect(cohortMilestoneVisible({ progress: false, hours: true }, "skill")).toBe(false);
    expect(cohortMilestoneVisible({ progress: false, hours: true }, "hours")).toBe(false);
  });
});

describe("assertKeepsAWayIn", () => {
  it("refuses leaving an account with no way to sign in (409), allows any one way", () => {
    expect(() => assertKeepsAWayIn(0)).toThrow(
      expect.objectContaining({ code: "conflict", message: expect.stringMatching(/last way/) }),
    );
    expect(() => assertKeepsAWayIn(1)).not.toThrow();
    expect(() => assertKeepsAWayIn(2)).not.toThrow();
  });
});
