/**
 * profiles.data_revision, which keys the dashboards and the progress kept in memory: every
 * write a dashboard depends on raises it (for that learner only), and a dashboard is reused
 * only while it stands — so a write is on the next dashboard whatever path it came by.
 *
 * The application raises it (bumpDataRevision, in the write's own transaction: Citus refuses
 * triggers on distributed tables), so every write goes through its domain function here, as
 * the API, the forms, an import and a coach's decision write: a write path that forgets to
 * raise the revision fails this file.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { milestoneVerifications, profiles, recordVerifications } from "@/db/schema";
import { answerInvitation, invite, setMilestoneVerification } from "../coaching/coaching";
import { decideReview, requestReview } from "../coaching/reviews";
import { exportDocument } from "../portability/document";
import { importAccount } from "../portability/import";
import { bumpDataRevision } from "../progress/data-revision";
import { progressOfMany, setAttestation } from "../progress/progress";
import { createRecord, deleteRecord, updateRecord } from "../records/crud";
import { RECORD_KINDS } from "../records/kinds";
import { MILESTONES } from "../roadmap/content";
import { setSkillLevel } from "../skills/ratings";
import { deleteAccount, updateMe } from "../users/accounts";
import { getDashboard } from "./dashboard";
import { LEARNER_PASSWORD, newLearner } from "./test-helpers";

const { activities, certifications, projects, papers, events } = RECORD_KINDS;
const [attested, secondAttested] = MILESTONES.filter((m) => m.criteria.kind === "attested");

type Learner = Awaited<ReturnType<typeof newLearner>>;

async function revisionOf(userId: string): Promise<number> {
  const [row] = await db
    .select({ revision: profiles.dataRevision })
    .from(profiles)
    .where(eq(profiles.userId, userId));
  return row!.revision;
}

/** A new learner who coaches `mentee`, by invitation and acceptance. */
async function coachOf(mentee: Learner, name = "Coach"): Promise<Learner> {
  const coach = await newLearner(name);
  const { id } = await invite(coach.actor, { email: mentee.email, role: "mentee" });
  await answerInvitation(mentee.actor, id, "accept");
  return coach;
}

/** The coach approves a review the learner asked for, of a project or a milestone. */
async function approvedReview(
  learner: Learner,
  coach: Learner,
  subjectType: "project" | "milestone",
  subjectId: string,
) {
  const review = await requestReview(learner.actor, { subjectType, subjectId, coachId: coach.id });
  await decideReview(coach.actor, review.id, { decision: "approve", feedback: "Well done." });
}

describe("the data revision", () => {
  it("goes up by one with every kind of write the dashboard is computed from, and only the writer's", async () => {
    const ada = await newLearner("Ada");
    const other = await newLearner("Other");
    const coach = await coachOf(ada);
    const { actor, today } = ada;
    const start = { other: await revisionOf(other.id), coach: await revisionOf(coach.id) };

    const ids: Record<string, string> = {};
    const created =
      (key: string, write: () => Promise<{ record: Record<string, unknown> }>) => async () => {
        ids[key] = String((await write()).record.id);
      };
    const writes: [string, () => Promise<unknown>][] = [
      [
        "log an activity",
        created("activity", () =>
          createRecord(activities, actor, {
            date: today,
            minutes: 30,
            kind: "practice",
            title: "Study",
          }),
        ),
      ],
      ["edit it", () => updateRecord(activities, actor, ids.activity!, { minutes: 45 })],
      ["delete it", () => deleteRecord(activities, actor, ids.activity!)],
      ["rate a skill", () => setSkillLevel(actor, "python", 3)],
      ["rate it again", () => setSkillLevel(actor, "python", 2)],
      [
        "add a certification",
        created("certification", () =>
          createRecord(certifications, actor, { name: "Cloud", issuer: "V", status: "planned" }),
        ),
      ],
      [
        "earn it",
        () => updateRecord(certifications, actor, ids.certification!, { status: "earned" }),
      ],
      ["delete it", () => deleteRecord(certifications, actor, ids.certification!)],
      [
        "add a project",
        created("project", () =>
          createRecord(projects, actor, { title: "Churn", status: "building" }),
        ),
      ],
      ["ship it", () => updateRecord(projects, actor, ids.project!, { status: "shipped" })],
      [
        "add another project",
        created("spare", () => createRecord(projects, actor, { title: "Spare", status: "idea" })),
      ],
      ["delete it", () => deleteRecord(projects, actor, ids.spare!)],
      [
        "list a paper",
        created("paper", () =>
          createRecord(papers, actor, { title: "Attention", status: "to_read" }),
        ),
      ],
      ["read it", () => updateRecord(papers, actor, ids.paper!, { status: "read" })],
      ["delete it", () => deleteRecord(papers, actor, ids.paper!)],
      [
        "attend an event",
        created("event", () =>
          createRecord(events, actor, { title: "Meetup", kind: "meetup", date: today }),
        ),
      ],
      ["rename it", () => updateRecord(events, actor, ids.event!, { title: "PyData" })],
      ["delete it", () => deleteRecord(events, actor, ids.event!)],
      ["check off a milestone", () => setAttestation(actor, attested!.id, { attested: true })],
      [
        "change its note",
        () => setAttestation(actor, attested!.id, { attested: true, note: "Done twice" }),
      ],
      ["un-check it", () => setAttestation(actor, attested!.id, { attested: false })],
      [
        "a coach verifies a milestone",
        () => setMilestoneVerification(coach.actor, ada.id, attested!.id, { verified: true }),
      ],
      [
        "and changes the note",
        () =>
          setMilestoneVerification(coach.actor, ada.id, attested!.id, {
            verified: true,
            note: "Seen in person",
          }),
      ],
      [
        "and withdraws it",
        () => setMilestoneVerification(coach.actor, ada.id, attested!.id, { verified: false }),
      ],
      [
        "a coach approves a review of a project",
        () => approvedReview(ada, coach, "project", ids.project!),
      ],
      [
        "a coach approves a review of a milestone",
        () => approvedReview(ada, coach, "milestone", secondAttested!.id),
      ],
      ["change the weekly goal", () => updateMe(actor, { weeklyHoursGoal: 12 })],
      // The plan (lib/plan) is kept in the cached dashboard and reads these.
      ["choose a target track", () => updateMe(actor, { targetTrack: "mlops" })],
      ["set a target date", () => updateMe(actor, { targetDate: "2027-06-01" })],
      // The dashboard's days are the learner's.
      ["move to another time zone", () => updateMe(actor, { timezone: "Asia/Tokyo" })],
      ["write a headline", () => updateMe(actor, { headline: "Data scientist" })],
      ["make the profile public", () => updateMe(actor, { publicProfile: true })],
      [
        "import a file",
        () =>
          importAccount(
            actor,
            exportDocument.parse({
              format: "epoch-export",
              version: 1,
              events: [{ id: randomUUID(), title: "Imported", kind: "talk", date: today }],
            }),
          ),
      ],
    ];
    for (const [what, write] of writes) {
      const before = await revisionOf(ada.id);
      await write();
      expect(await revisionOf(ada.id), what).toBe(before + 1);
    }
    // The verifications stand, and no one else's revision moved: not the coach's, who wrote them.
    expect(
      await db
        .select({ verifiedBy: recordVerifications.verifiedBy })
        .from(recordVerifications)
        .where(eq(recordVerifications.userId, ada.id)),
    ).toEqual([{ verifiedBy: coach.id }]);
    expect(await revisionOf(other.id)).toBe(start.other);
    expect(await revisionOf(coach.id)).toBe(start.coach);
  });

  it("stays where it is when a write changes nothing, or fails", async () => {
    const ada = await newLearner("Ada");
    const bo = await newLearner("Bo");
    const coach = await coachOf(ada);
    const { actor, today } = ada;
    const id = randomUUID();
    await createRecord(events, actor, { id, title: "Meetup", kind: "meetup", date: today });
    await updateMe(bo.actor, { publicProfile: true, slug: "bo-learns" });
    let review = "";

    const nothing: [string, () => Promise<unknown>][] = [
      [
        "create a record again with its id",
        () => createRecord(events, actor, { id, title: "Meetup", kind: "meetup", date: today }),
      ],
      [
        "un-check a milestone never checked",
        () => setAttestation(actor, attested!.id, { attested: false }),
      ],
      [
        "a coach withdraws a verification never made",
        () => setMilestoneVerification(coach.actor, ada.id, attested!.id, { verified: false }),
      ],
      [
        "ask for a review",
        async () => {
          review = (
            await requestReview(actor, {
              subjectType: "milestone",
              subjectId: attested!.id,
              coachId: coach.id,
            })
          ).id;
        },
      ],
      [
        "the coach asks for changes",
        () => decideReview(coach.actor, review, { decision: "request_changes", feedback: "More." }),
      ],
      ["change the name", () => updateMe(actor, { name: "Ada L." })],
      [
        "take an address that is taken (the transaction is rolled back)",
        () => updateMe(actor, { headline: "New", slug: "bo-learns" }).catch(() => undefined),
      ],
    ];
    for (const [what, write] of nothing) {
      const before = await revisionOf(ada.id);
      await write();
      expect(await revisionOf(ada.id), what).toBe(before);
    }
    const [me] = await db
      .select({ headline: profiles.headline })
      .from(profiles)
      .where(eq(profiles.userId, ada.id));
    expect(me!.headline).toBeNull();
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

  it("goes up once for a whole import, and not for an import that brings nothing new", async () => {
    const ada = await newLearner("Ada");
    const other = await newLearner("Other");
    const start = await revisionOf(other.id);
    const r0 = await revisionOf(ada.id);
    const first = await getDashboard(ada.actor, { dataRevision: r0 });
    expect(first.heatmap.minutes.reduce((a, b) => a + b, 0)).toBe(0);

    const doc = exportDocument.parse({
      format: "epoch-export",
      version: 1,
      skills: [
        { skill: "python", level: 3 },
        { skill: "sql", level: 2 },
      ],
      activities: [30, 45, 60].map((minutes) => ({
        id: randomUUID(),
        date: ada.today,
        minutes,
        kind: "practice",
        title: "Imported study",
      })),
      projects: [{ id: randomUUID(), title: "Imported project", status: "shipped" }],
    });
    const summary = await importAccount(ada.actor, doc);
    expect(summary).toMatchObject({ skills: 2, activities: 3, projects: 1 });
    const r1 = await revisionOf(ada.id);
    expect(r1).toBe(r0 + 1);
    // The cached dashboard is not reused: the import is on the next one.
    const after = await getDashboard(ada.actor, { dataRevision: r1 });
    expect(after.heatmap.minutes.reduce((a, b) => a + b, 0)).toBe(135);

    expect(await importAccount(ada.actor, doc)).toMatchObject({
      skills: 0,
      activities: 0,
      projects: 0,
    });
    expect(await revisionOf(ada.id)).toBe(r1);

    // The profile alone, too.
    await importAccount(
      ada.actor,
      exportDocument.parse({ format: "epoch-export", version: 1, profile: { weeklyHoursGoal: 7 } }),
    );
    expect(await revisionOf(ada.id)).toBe(r1 + 1);
    expect(await revisionOf(other.id)).toBe(start);
  });

  it("goes up for the learners a coach verified when the coach deletes their account", async () => {
    const ada = await newLearner("Ada");
    const bo = await newLearner("Bo");
    const dee = await newLearner("Dee");
    const coach = await coachOf(ada, "Carla");
    const { id: invitation } = await invite(coach.actor, { email: bo.email, role: "mentee" });
    await answerInvitation(bo.actor, invitation, "accept");
    await invite(coach.actor, { email: dee.email, role: "mentee" }); // never accepted

    // Ada has a milestone and a project verified by the coach, Bo a project.
    const project = async (l: Learner) =>
      String(
        (await createRecord(projects, l.actor, { title: "Churn", status: "shipped" })).record.id,
      );
    await setMilestoneVerification(coach.actor, ada.id, attested!.id, { verified: true });
    await approvedReview(ada, coach, "project", await project(ada));
    await approvedReview(bo, coach, "project", await project(bo));

    const before = {
      ada: await revisionOf(ada.id),
      bo: await revisionOf(bo.id),
      dee: await revisionOf(dee.id),
    };
    await deleteAccount(coach.actor, LEARNER_PASSWORD);

    // Once each, however many verifications; the verifications stay, verified by no one now.
    expect(await revisionOf(ada.id)).toBe(before.ada + 1);
    expect(await revisionOf(bo.id)).toBe(before.bo + 1);
    expect(await revisionOf(dee.id)).toBe(before.dee);
    expect(
      await db
        .select({ userId: milestoneVerifications.userId, by: milestoneVerifications.verifiedBy })
        .from(milestoneVerifications)
        .where(eq(milestoneVerifications.userId, ada.id)),
    ).toEqual([{ userId: ada.id, by: null }]);
    const records = await db
      .select({ by: recordVerifications.verifiedBy })
      .from(recordVerifications)
      .where(
        and(
          sql`${recordVerifications.userId} in (${ada.id}::uuid, ${bo.id}::uuid)`,
          eq(recordVerifications.subjectType, "project"),
        ),
      );
    expect(records).toEqual([{ by: null }, { by: null }]);
  });
});

describe("bumpDataRevision", () => {
  it("raises each learner given once, however often they are named, and writes nothing for none", async () => {
    const ada = await newLearner("Ada");
    const bo = await newLearner("Bo");
    const [a0, b0] = [await revisionOf(ada.id), await revisionOf(bo.id)];
    await bumpDataRevision(db, [ada.id, bo.id, ada.id]);
    expect([await revisionOf(ada.id), await revisionOf(bo.id)]).toEqual([a0 + 1, b0 + 1]);
    await bumpDataRevision(db, []);
    expect([await revisionOf(ada.id), await revisionOf(bo.id)]).toEqual([a0 + 1, b0 + 1]);
  });

  it("is all there is: the database has no triggers and no trigger functions left", async () => {
    const triggers = await db.execute(sql`
      select t.tgname from pg_trigger t
        join pg_class c on c.oid = t.tgrelid
        join pg_namespace n on n.oid = c.relnamespace
      where not t.tgisinternal and n.nspname = 'public'`);
    expect([...triggers]).toEqual([]);
    const functions = await db.execute(sql`
      select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and p.prorettype = 'trigger'::regtype`);
    expect([...functions]).toEqual([]);
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

  it("follows a coach's verification: the milestone is verified on the next dashboard", async () => {
    const ada = await newLearner("Ada");
    const coach = await coachOf(ada);
    const verified = (d: Awaited<ReturnType<typeof getDashboard>>) =>
      d.progress.milestones.find((m) => m.id === attested!.id)?.verified;
    const first = await getDashboard(ada.actor, { dataRevision: await revisionOf(ada.id) });
    expect(verified(first)).toBe(false);
    await setMilestoneVerification(coach.actor, ada.id, attested!.id, { verified: true });
    const second = await getDashboard(ada.actor, { dataRevision: await revisionOf(ada.id) });
    expect(verified(second)).toBe(true);
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
