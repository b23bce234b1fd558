/**
 * Progress from a learner's real records in PostgreSQL: evidence aggregates,
 * the per-day activity rollup, certification expiry, project status,
 * attestations, and a learner reaching tier 1 end to end.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activityDays, milestoneAttestations } from "@/db/schema";
import { addDaysTo } from "../dates";
import { AppError } from "../errors";
import type { Actor } from "../policy";
import { createRecord, deleteRecord, updateRecord } from "../records/crud";
import { RECORD_KINDS } from "../records/kinds";
import { setSkillLevel } from "../skills/ratings";
import { registerUser, updateMe } from "../users/accounts";
import { todayFor } from "../users/timezone";
import type { Progress } from "./evaluate";
import { getMyProgress, progressOf, setAttestation } from "./progress";

const id = (n: number) => `0b8f6a52-0001-4c1e-9a01-${String(n).padStart(12, "0")}`;
const H20 = 106;
const STARTED = 107;
const SHIPPED_WITH_REPO = 207;
const ONE_CERT = 208;
const EXPLAINED = 210;
const TWO_CERTS = 307;
const PAPERS = 308;
const EVENTS = 309;
const CLOUD_CERT = 406;

type Learner = { id: string; actor: Actor; today: string };

async function newLearner(name: string): Promise<Learner> {
  const user = await registerUser({
    name,
    email: `${name}-${randomUUID()}@example.test`,
    password: "a long enough password",
  });
  return {
    id: user.id,
    actor: { userId: user.id, via: "session" },
    today: await todayFor(user.id),
  };
}

const progress = (l: Learner) => progressOf(l.id, "UTC", null);
const statusIn = (p: Progress, n: number) => {
  const s = p.milestones.find((m) => m.id === id(n));
  if (!s) throw new Error(`milestone ${n} is missing from the progress`);
  return s;
};
const statusOf = async (l: Learner, n: number) => statusIn(await progress(l), n);

const { activities, certifications, projects, papers, events } = RECORD_KINDS;

async function logActivity(l: Learner, date: string, minutes: number) {
  const input = activities.create.parse({
    date,
    minutes,
    kind: "practice",
    title: `Study ${minutes} min`,
  });
  const { record } = await createRecord(activities, l.actor, input);
  return record.id as string;
}

/** The rollup of one learner, and the same numbers computed afresh from the activities. */
async function rollupAndFresh(userId: string) {
  const rollup = await db
    .select({
      date: activityDays.date,
      minutes: activityDays.minutes,
      sessions: activityDays.sessions,
    })
    .from(activityDays)
    .where(eq(activityDays.userId, userId))
    .orderBy(activityDays.date);
  const fresh = await db.execute<{ date: string; minutes: number; sessions: number }>(sql`
    select date::text as date, sum(minutes)::int as minutes, count(*)::int as sessions
    from activities where user_id = ${userId} group by date order by date`);
  return { rollup, fresh: [...fresh] };
}

async function expectRollupInStep(l: Learner) {
  const { rollup, fresh } = await rollupAndFresh(l.id);
  expect(rollup).toEqual(fresh);
  // And over every learner at once.
  const all = await db.execute(sql`
    select user_id, date::text as date, minutes, sessions from activity_days order by user_id, date`);
  const allFresh = await db.execute(sql`
    select user_id, date::text as date, sum(minutes)::int as minutes, count(*)::int as sessions
    from activities group by user_id, date order by user_id, date`);
  expect([...all]).toEqual([...allFresh]);
  // The totals (all-time minutes, last active day) agree with the activities too.
  const totals = await db.execute(sql`
    select user_id, minutes::int as minutes, last_active_on::text as last
    from activity_totals where minutes <> 0 or last_active_on is not null order by user_id`);
  const totalsFresh = await db.execute(sql`
    select user_id, sum(minutes)::int as minutes, max(date)::text as last
    from activities group by user_id order by user_id`);
  expect([...totals]).toEqual([...totalsFresh]);
  const total = fresh.reduce((a, d) => a + d.minutes, 0);
  expect((await statusOf(l, H20)).progress.current).toBe(Math.floor(total / 60));
  return total;
}

describe("hours logged", () => {
  it("come from activities, and every write keeps activity_days equal to the activities", async () => {
    const [l, other] = await Promise.all([newLearner("hours"), newLearner("other")]);
    const yesterday = addDaysTo(l.today, -1);
    await logActivity(other, yesterday, 45);

    const a1 = await logActivity(l, l.today, 600);
    const a2 = await logActivity(l, yesterday, 500);
    const a3 = await logActivity(l, yesterday, 99);
    expect(await expectRollupInStep(l)).toBe(1199);
    expect(await statusOf(l, H20)).toMatchObject({
      met: false,
      progress: { current: 19, target: 20 },
    });

    const a4 = await logActivity(l, addDaysTo(l.today, -2), 1);
    expect(await expectRollupInStep(l)).toBe(1200);
    expect(await statusOf(l, H20)).toMatchObject({
      met: true,
      progress: { current: 20, target: 20 },
    });

    // Minutes change on the same day.
    await updateRecord(activities, l.actor, a1, activities.patch.parse({ minutes: 660 }));
    expect(await expectRollupInStep(l)).toBe(1260);
    // Date change: yesterday's 500 minutes move to today.
    await updateRecord(activities, l.actor, a2, activities.patch.parse({ date: l.today }));
    expect(await expectRollupInStep(l)).toBe(1260);
    // Both at once, to a day with no other activity.
    await updateRecord(
      activities,
      l.actor,
      a3,
      activities.patch.parse({ date: addDaysTo(l.today, -3), minutes: 100 }),
    );
    expect(await expectRollupInStep(l)).toBe(1261);
    // Only activity of its day: the day goes.
    await deleteRecord(activities, l.actor, a4);
    expect(await expectRollupInStep(l)).toBe(1260);
    const days = (await rollupAndFresh(l.id)).rollup.map((d) => d.date);
    expect(days).toEqual([addDaysTo(l.today, -3), l.today]);

    await deleteRecord(activities, l.actor, a1);
    expect(await expectRollupInStep(l)).toBe(600);
    expect(await statusOf(l, H20)).toMatchObject({
      met: false,
      progress: { current: 10, target: 20 },
    });

    // The other learner's day was never touched.
    expect((await rollupAndFresh(other.id)).rollup).toEqual([
      { date: yesterday, minutes: 45, sessions: 1 },
    ]);
    expect((await statusOf(other, H20)).progress.current).toBe(0);
  });

  it("concurrent creates, edits and deletes on the same days keep activity_days equal to the activities", async () => {
    const l = await newLearner("concurrent");
    const days = [0, 1, 2].map((d) => addDaysTo(l.today, -d));
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => logActivity(l, days[i % 3]!, 10 + i)),
    );
    expect(await expectRollupInStep(l)).toBe(12 * 10 + (11 * 12) / 2);
    await Promise.all([
      ...ids.filter((_, i) => i % 3 === 0).map((a) => deleteRecord(activities, l.actor, a)),
      ...ids
        .filter((_, i) => i % 3 === 1)
        .map((a) => updateRecord(activities, l.actor, a, activities.patch.parse({ minutes: 100 }))),
      ...[5, 6, 7].map((m) => logActivity(l, days[1]!, m)),
    ]);
    expect(await expectRollupInStep(l)).toBe(
      4 * 100 + [2, 5, 8, 11].reduce((a, i) => a + 10 + i, 0) + 18,
    );
  });

  it("two activities trading days at the same moment both succeed", async () => {
    const l = await newLearner("swapper");
    const [x, y] = [addDaysTo(l.today, -1), addDaysTo(l.today, -2)];
    const a = await logActivity(l, x, 30);
    const b = await logActivity(l, y, 40);
    let swaps: Promise<PromiseSettledResult<unknown>[]> | undefined;
    // Hold both days for a moment, so that both edits are inside their transactions at once.
    await db.transaction(async (tx) => {
      await tx.execute(
        sql`select 1 from activity_days where user_id = ${l.id} and date in (${x}, ${y}) for update`,
      );
      swaps = Promise.allSettled([
        updateRecord(activities, l.actor, a, activities.patch.parse({ date: y })),
        updateRecord(activities, l.actor, b, activities.patch.parse({ date: x })),
      ]);
      for (let waiting = 0, tries = 0; waiting < 2 && tries < 250; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const [row] = await db.execute<{ n: number }>(sql`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`);
        waiting = row?.n ?? 0;
      }
    });
    const results = await swaps!;
    // Whatever happened, the rollup never disagrees with the activities.
    await expectRollupInStep(l);
    const failures = results.flatMap((r) =>
      r.status === "rejected" ? [String((r.reason as Error).cause ?? r.reason)] : [],
    );
    expect(failures).toEqual([]);
    expect((await rollupAndFresh(l.id)).rollup).toEqual([
      { date: y, minutes: 30, sessions: 1 },
      { date: x, minutes: 40, sessions: 1 },
    ]);
  });
});

describe("records as evidence", () => {
  it("an expired earned certification does not count; an unexpired one does", async () => {
    const l = await newLearner("certified");
    const cert = (name: string, status: string, expiresOn: string | null, skills: string[] = []) =>
      createRecord(
        certifications,
        l.actor,
        certifications.create.parse({
          name,
          issuer: "Issuer",
          status,
          issuedOn: addDaysTo(l.today, -400),
          expiresOn,
          skills,
        }),
      ).then((r) => r.record.id as string);

    const expired = await cert("Expired yesterday", "earned", addDaysTo(l.today, -1), ["aws"]);
    await cert("Planned", "planned", null, ["aws"]);
    await cert("In progress", "in_progress", addDaysTo(l.today, 100), ["gcp"]);
    let p = await progress(l);
    expect(statusIn(p, ONE_CERT)).toMatchObject({
      met: false,
      progress: { current: 0, target: 1 },
    });
    expect(statusIn(p, CLOUD_CERT)).toMatchObject({
      met: false,
      progress: { current: 0, target: 1 },
    });

    await cert("Expires today", "earned", l.today, ["python"]);
    p = await progress(l);
    expect(statusIn(p, ONE_CERT)).toMatchObject({ met: true, progress: { current: 1, target: 1 } });
    expect(statusIn(p, CLOUD_CERT).progress.current).toBe(0);

    await cert("Never expires", "earned", null);
    expect((await statusOf(l, TWO_CERTS)).progress).toEqual({ current: 2, target: 2 });

    // Renewed: the expired AWS certification counts again, and toward the cloud certification.
    await updateRecord(
      certifications,
      l.actor,
      expired,
      certifications.patch.parse({ expiresOn: addDaysTo(l.today, 365) }),
    );
    p = await progress(l);
    expect(statusIn(p, TWO_CERTS).progress.current).toBe(3);
    expect(statusIn(p, CLOUD_CERT)).toMatchObject({
      met: true,
      progress: { current: 1, target: 1 },
    });
  });

  it("a project that is only an idea does not count as started; building does", async () => {
    const l = await newLearner("builder");
    const { record } = await createRecord(
      projects,
      l.actor,
      projects.create.parse({
        title: "Churn model",
        status: "idea",
        repoUrl: "https://example.test/churn",
      }),
    );
    expect(await statusOf(l, STARTED)).toMatchObject({
      met: false,
      progress: { current: 0, target: 1 },
    });

    await updateRecord(
      projects,
      l.actor,
      record.id as string,
      projects.patch.parse({ status: "building" }),
    );
    let p = await progress(l);
    expect(statusIn(p, STARTED)).toMatchObject({ met: true, progress: { current: 1, target: 1 } });
    expect(statusIn(p, SHIPPED_WITH_REPO).progress.current).toBe(0);

    await updateRecord(
      projects,
      l.actor,
      record.id as string,
      projects.patch.parse({ status: "shipped" }),
    );
    await createRecord(
      projects,
      l.actor,
      projects.create.parse({ title: "No repository", status: "shipped" }),
    );
    p = await progress(l);
    expect(statusIn(p, STARTED).progress.current).toBe(2);
    expect(statusIn(p, SHIPPED_WITH_REPO)).toMatchObject({
      met: false,
      progress: { current: 1, target: 2 },
    });

    await deleteRecord(projects, l.actor, record.id as string);
    expect((await statusOf(l, STARTED)).progress.current).toBe(1);
  });

  it("papers count once read; events once their date has come", async () => {
    const l = await newLearner("reader");
    for (const status of ["to_read", "reading", "read", "read"]) {
      await createRecord(
        papers,
        l.actor,
        papers.create.parse({ title: `A ${status} paper`, status }),
      );
    }
    await createRecord(
      events,
      l.actor,
      events.create.parse({ title: "Meetup", kind: "meetup", date: l.today }),
    );
    await createRecord(
      events,
      l.actor,
      events.create.parse({ title: "Forum", kind: "forum", date: addDaysTo(l.today, -30) }),
    );
    await createRecord(
      events,
      l.actor,
      events.create.parse({ title: "Next week", kind: "conference", date: addDaysTo(l.today, 7) }),
    );
    const p = await progress(l);
    expect(statusIn(p, PAPERS).progress).toEqual({ current: 2, target: 24 });
    expect(statusIn(p, EVENTS).progress).toEqual({ current: 2, target: 6 });
  });
});

describe("attestation", () => {
  it("checks off an attested milestone, and refuses others with 422 and unknown ids with 404", async () => {
    const l = await newLearner("attester");
    const rows = () =>
      db
        .select({ id: milestoneAttestations.milestoneId, note: milestoneAttestations.note })
        .from(milestoneAttestations)
        .where(eq(milestoneAttestations.userId, l.id));

    expect(await statusOf(l, EXPLAINED)).toMatchObject({
      met: false,
      attested: false,
      progress: { current: 0, target: 1 },
    });
    expect(
      await setAttestation(l.actor, id(EXPLAINED), { attested: true, note: "Demo day" }),
    ).toEqual({
      milestoneId: id(EXPLAINED),
      attested: true,
    });
    expect(await statusOf(l, EXPLAINED)).toMatchObject({
      met: true,
      attested: true,
      verified: false,
      progress: { current: 1, target: 1 },
    });
    // Again, with a new note: still one row.
    await setAttestation(l.actor, id(EXPLAINED), { attested: true, note: "Team offsite" });
    expect(await rows()).toEqual([{ id: id(EXPLAINED), note: "Team offsite" }]);

    const refused = await setAttestation(l.actor, id(101), { attested: true }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 422, code: "validation_failed" });

    const unknown = await setAttestation(l.actor, randomUUID(), { attested: true }).catch(
      (e: unknown) => e,
    );
    expect(unknown).toBeInstanceOf(AppError);
    expect(unknown).toMatchObject({ status: 404, code: "not_found" });

    const anonymous = await setAttestation(null, id(EXPLAINED), { attested: true }).catch(
      (e: unknown) => e,
    );
    expect(anonymous).toMatchObject({ status: 401 });
    expect(await rows()).toEqual([{ id: id(EXPLAINED), note: "Team offsite" }]);
    expect((await statusOf(l, 101)).met).toBe(false);

    await setAttestation(l.actor, id(EXPLAINED), { attested: false });
    expect(await rows()).toEqual([]);
    expect(await statusOf(l, EXPLAINED)).toMatchObject({ met: false, attested: false });
  });
});

describe("reaching tier 1", () => {
  it("end to end, from ratings, a project and 20 hours of activities", async () => {
    const l = await newLearner("foundations");
    let p = await getMyProgress(l.actor);
    expect(p.tier).toEqual({ number: 0, name: "Getting started" });
    expect(p.nextTier).toEqual({ number: 1, name: "Foundations" });

    for (const [skill, level] of [
      ["python", 2],
      ["linear-algebra", 2],
      ["calculus", 2],
      ["probability", 2],
      ["sql", 1],
    ] as const) {
      await setSkillLevel(l.actor, skill, level);
    }
    await createRecord(
      projects,
      l.actor,
      projects.create.parse({ title: "Digit classifier", status: "building" }),
    );
    await logActivity(l, l.today, 1000);
    await logActivity(l, addDaysTo(l.today, -1), 199);

    p = await getMyProgress(l.actor);
    expect(p.tier.number).toBe(0);
    expect(p.nextSteps.map((m) => ({ id: m.id, progress: m.progress }))).toEqual([
      { id: id(H20), progress: { current: 19, target: 20 } },
    ]);

    await logActivity(l, addDaysTo(l.today, -5), 1);
    p = await getMyProgress(l.actor);
    expect(p.tier).toEqual({ number: 1, name: "Foundations" });
    expect(p.nextTier).toEqual({ number: 2, name: "Entry-level ML engineer" });
    expect(p.milestones.filter((m) => m.tier === 1).every((m) => m.met)).toBe(true);
    expect(p.nextSteps.length).toBeGreaterThan(0);
    expect(p.nextSteps.every((m) => m.tier === 2 && !m.met)).toBe(true);
    expect(p.track).toBeNull();
    expect(await progressOf(l.id, "UTC", null)).toEqual(p);

    // The learner's target track comes from their profile.
    await updateMe(l.actor, { targetTrack: "mlops" });
    expect((await getMyProgress(l.actor)).track).toBe("mlops");

    // A rating lowered below the target drops the tier again.
    await setSkillLevel(l.actor, "calculus", 1);
    expect((await getMyProgress(l.actor)).tier.number).toBe(0);
  });
});
