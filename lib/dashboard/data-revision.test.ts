/**
 * profiles.data_revision, which keys the dashboards kept in memory: every write
 * a dashboard depends on raises it (for that learner only), and a dashboard is
 * reused only while it stands — so a write is on the next dashboard whatever
 * path it came by.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { milestoneVerifications, profiles, recordVerifications } from "@/db/schema";
import { progressOfMany, setAttestation } from "../progress/progress";
import { createRecord, deleteRecord, updateRecord } from "../records/crud";
import { RECORD_KINDS } from "../records/kinds";
import { MILESTONES } from "../roadmap/content";
import { setSkillLevel } from "../skills/ratings";
import { updateMe } from "../users/accounts";
import { getDashboard } from "./dashboard";
import { newLearner } from "./test-helpers";

const { activities, certifications, projects, papers, events } = RECORD_KINDS;
const attested = MILESTONES.find((m) => m.criteria.kind === "attested")!;

async function revisionOf(userId: string): Promise<number> {
  const [row] = await db
    .select({ revision: profiles.dataRevision })
    .from(profiles)
    .where(eq(profiles.userId, userId));
  return row!.revision;
}

describe("the data revision", () => {
  it("goes up with every kind of write the dashboard is computed from, and only the writer's", async () => {
    const ada = await newLearner("Ada");
    const other = await newLearner("Other");
    const { actor, today } = ada;
    const start = await revisionOf(other.id);

    const writes: [string, () => Promise<unknown>][] = [];
    let activityId = "";
    let projectId = "";
    writes.push(
      [
        "log an activity",
        async () => {
          const { record } = await createRecord(activities, actor, {
            date: today,
            minutes: 30,
            kind: "practice",
            title: "Study",
          });
          activityId = record.id as string;
        },
      ],
      ["edit it", () => updateRecord(activities, actor, activityId, { minutes: 45 })],
      ["delete it", () => deleteRecord(activities, actor, activityId)],
      ["rate a skill", () => setSkillLevel(actor, "python", 3)],
      [
        "add a certification",
        () => createRecord(certifications, actor, { name: "Cloud", issuer: "V", status: "earned" }),
      ],
      [
        "add a project",
        async () => {
          const { record } = await createRecord(projects, actor, {
            title: "Churn",
            status: "shipped",
          });
          projectId = record.id as string;
        },
      ],
      ["read a paper", () => createRecord(papers, actor, { title: "Attention", status: "read" })],
      [
        "attend an event",
        () => createRecord(events, actor, { title: "Meetup", kind: "meetup", date: today }),
      ],
      ["check off a milestone", () => setAttestation(actor, attested.id, { attested: true })],
      [
        "a coach verifies a milestone",
        () =>
          db.insert(milestoneVerifications).values({ userId: ada.id, milestoneId: attested.id }),
      ],
      [
        "a coach verifies a project",
        () =>
          db
            .insert(recordVerifications)
            .values({ userId: ada.id, subjectType: "project", subjectId: projectId }),
      ],
      ["change the weekly goal", () => updateMe(actor, { weeklyHoursGoal: 12 })],
      // The plan (lib/plan) is kept in the cached dashboard and reads these.
      ["choose a target track", () => updateMe(actor, { targetTrack: "mlops" })],
      ["set a target date", () => updateMe(actor, { targetDate: "2027-06-01" })],
    );
    for (const [what, write] of writes) {
      const before = await revisionOf(ada.id);
      await write();
      expect(await revisionOf(ada.id), what).toBeGreaterThan(before);
    }
    expect(await revisionOf(other.id)).toBe(start);
  });

  it("goes up once per write when twenty writes of one learner run at once", async () => {
    const ada = await newLearner("Ada");
    const before = await revisionOf(ada.id);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createRecord(activities, ada.actor, {
          date: ada.today,
          minutes: 10 + i,
          kind: "practice",
          title: `Session ${i}`,
        }),
      ),
    );
    expect(await revisionOf(ada.id)).toBe(before + 20);
  });
});

describe("getDashboard with a data revision", () => {
  it("reuses a dashboard while the revision stands and computes a new one once it moves", async () => {
    const ada = await newLearner("Ada");
    const other = await newLearner("Other");
    const minutesOn = (d: Awaited<ReturnType<typeof getDashboard>>) =>
      d.heatmap.minutes.reduce((a, b) => a + b, 0);
    await createRecord(activities, other.actor, {
      date: other.today,
      minutes: 500,
      kind: "practice",
      title: "Other's study",
    });

    const r0 = await revisionOf(ada.id);
    const first = await getDashboard(ada.actor, { dataRevision: r0 });
    const again = await getDashboard(ada.actor, { dataRevision: r0 });
    expect(again.progress).toBe(first.progress); // the same object: nothing was recomputed
    expect(minutesOn(again)).toBe(0);
    // Without a revision (a caller that did not read one) it is always computed.
    expect((await getDashboard(ada.actor)).progress).not.toBe(first.progress);

    await createRecord(activities, ada.actor, {
      date: ada.today,
      minutes: 40,
      kind: "practice",
      title: "Study",
    });
    const r1 = await revisionOf(ada.id);
    expect(r1).toBeGreaterThan(r0);
    const after = await getDashboard(ada.actor, { dataRevision: r1 });
    expect(after.progress).not.toBe(first.progress);
    expect(minutesOn(after)).toBe(40);

    // Another learner at the same revision number gets their own dashboard, never Ada's.
    const theirs = await getDashboard(other.actor, { dataRevision: r1 });
    expect(minutesOn(theirs)).toBe(500);
    expect(theirs.me.id).toBe(other.id);
  });
});

describe("the plan in a cached dashboard", () => {
  it("follows a change of target track, target date and weekly goal at once", async () => {
    const ada = await newLearner("Ada");
    const r0 = await revisionOf(ada.id);
    const first = await getDashboard(ada.actor, { dataRevision: r0 });
    expect(first.plan).toMatchObject({ track: null, onTrack: null });

    await updateMe(ada.actor, {
      targetTrack: "mlops",
      targetDate: "2099-01-01",
      weeklyHoursGoal: 25,
    });
    const r1 = await revisionOf(ada.id);
    expect(r1).toBeGreaterThan(r0);
    const second = await getDashboard(ada.actor, { dataRevision: r1 });
    expect(second.plan).toMatchObject({ track: "mlops", onTrack: true, weeksToGo: 20 }); // 500 h
    expect(second.plan.steps.some((s) => s.track === "mlops")).toBe(true);

    await updateMe(ada.actor, { weeklyHoursGoal: 0 });
    const third = await getDashboard(ada.actor, { dataRevision: await revisionOf(ada.id) });
    expect(third.plan).toMatchObject({ weeksToGo: null, projectedDate: null, onTrack: null });
  });
});

describe("progressOfMany (cohorts, a coach's mentees)", () => {
  it("reuses a learner's evaluated progress while their revision stands, and evaluates again after a write", async () => {
    const ada = await newLearner("Ada");
    const bo = await newLearner("Bo");
    const learner = async (id: string) => ({
      userId: id,
      timezone: "UTC",
      targetTrack: null,
      dataRevision: await revisionOf(id),
    });

    const first = await progressOfMany([await learner(ada.id), await learner(bo.id)]);
    const again = await progressOfMany([await learner(ada.id), await learner(bo.id)]);
    expect(again.get(ada.id)).toBe(first.get(ada.id));
    expect(again.get(bo.id)).toBe(first.get(bo.id));
    const pythonMilestone = (p: typeof first) =>
      p.get(ada.id)!.milestones.find((m) => m.kind === "skill")!.progress.current;
    expect(pythonMilestone(again)).toBe(0);

    await setSkillLevel(ada.actor, "python", 4);
    const after = await progressOfMany([await learner(ada.id), await learner(bo.id)]);
    expect(after.get(ada.id)).not.toBe(first.get(ada.id));
    expect(
      after.get(ada.id)!.milestones.some((m) => m.kind === "skill" && m.progress.current > 0),
    ).toBe(true);
    expect(after.get(bo.id)).toBe(first.get(bo.id)); // Bo changed nothing
  });
});
