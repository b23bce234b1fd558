/**
 * Cohort roles (organizer, coach, member) through PATCH .../members/{userId}; a cohort always
 * keeps an organizer; those who run the cohort are not counted as its learners; the grid's
 * next tier per member; who is stuck (organizers and cohort coaches only, within what each
 * member shares); and the CSV's week and month in each member's own calendar.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { profiles, progressMarks, users } from "@/db/schema";
import {
  api,
  asHours,
  dashboardOf,
  entryOf,
  expectError,
  expectStatus,
  joinAs,
  logMinutes,
  makeCohort,
  makeUser,
  membershipRows,
  mondayOf,
  parseCsv,
  rateSkill,
  reachTierOne,
  share,
  shiftDate,
  todayInZone,
  type CohortUser,
} from "./cohorts-test-helpers";

const PYTHON_2 = "0b8f6a52-0001-4c1e-9a01-000000000101";
const LINEAR_ALGEBRA_2 = "0b8f6a52-0001-4c1e-9a01-000000000102";
const today = () => todayInZone("UTC");

async function roleOf(slug: string, userId: string) {
  const [row] = await membershipRows(slug, userId);
  return row?.role ?? null;
}

/** An organizer and two members. */
async function smallCohort() {
  const [organizer, ann, bob] = await Promise.all([
    makeUser("Olga Organizer"),
    makeUser("Ann Member"),
    makeUser("Bob Member"),
  ]);
  const cohort = await makeCohort(organizer);
  for (const u of [ann, bob]) await joinAs(u, cohort.inviteCode);
  return { organizer, ann, bob, cohort };
}

describe("PATCH /cohorts/{slug}/members/{userId}", () => {
  it("lets the organizer make a member coach, organizer, and member again", async () => {
    const { organizer, ann, cohort } = await smallCohort();
    for (const role of ["coach", "organizer", "member"] as const) {
      const body = await expectStatus(
        await api.role(organizer.token, cohort.slug, ann.id, { role }),
        200,
      );
      expect(body).toEqual({ userId: ann.id, role });
      expect(await roleOf(cohort.slug, ann.id)).toBe(role);
    }
    const listed = await expectStatus<{ items: { slug: string; role: string }[] }>(
      await api.list(ann.token),
      200,
    );
    expect(listed.items.find((c) => c.slug === cohort.slug)!.role).toBe("member");
  });

  it("answers members, coaches, outsiders and removed members 404 (as DELETE does) and changes nothing", async () => {
    const { organizer, ann, bob, cohort } = await smallCohort();
    const [outsider, removed] = await Promise.all([makeUser(), makeUser()]);
    await joinAs(removed, cohort.inviteCode);
    await expectStatus(await api.remove(organizer.token, cohort.slug, removed.id), 204);
    await expectStatus(
      await api.role(organizer.token, cohort.slug, bob.id, { role: "coach" }),
      200,
    );
    // A member, a coach, an outsider and a removed member; each tries to promote Ann or themself.
    for (const caller of [ann, bob, outsider, removed]) {
      for (const target of [ann.id, caller.id]) {
        const res = await api.role(caller.token, cohort.slug, target, { role: "organizer" });
        const text = await res.clone().text();
        await expectError(res, 404, "not_found");
        expect(text).not.toContain(cohort.name);
      }
    }
    await expectError(
      await api.role(undefined, cohort.slug, ann.id, { role: "coach" }),
      401,
      "unauthorized",
    );
    expect(await roleOf(cohort.slug, ann.id)).toBe("member");
    expect(await roleOf(cohort.slug, bob.id)).toBe("coach");
    expect(await roleOf(cohort.slug, organizer.id)).toBe("organizer");
  });

  it("refuses an unknown role (422 naming the field) and someone not in the cohort (404)", async () => {
    const { organizer, ann, cohort } = await smallCohort();
    const outsider = await makeUser();
    for (const body of [
      { role: "owner" },
      { role: "" },
      {},
      { role: 1 },
      { role: "coach", extra: 1 },
    ]) {
      const res = await api.role(organizer.token, cohort.slug, ann.id, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      const json = (await res.json()) as { error: { fields?: Record<string, string> } };
      expect(Object.keys(json.error.fields ?? {}).length).toBeGreaterThan(0);
    }
    expect(await roleOf(cohort.slug, ann.id)).toBe("member");
    await expectError(
      await api.role(organizer.token, cohort.slug, outsider.id, { role: "coach" }),
      404,
      "not_found",
    );
    expect(await membershipRows(cohort.slug, outsider.id)).toHaveLength(0);
  });
});

describe("the last organizer", () => {
  it("can neither step down, nor leave, nor be removed (409), and stays organizer", async () => {
    const { organizer, ann, cohort } = await smallCohort();
    for (const role of ["member", "coach"] as const) {
      const res = await api.role(organizer.token, cohort.slug, organizer.id, { role });
      const body = (await res.clone().json()) as { error: { message: string } };
      await expectError(res, 409, "conflict");
      expect(body.error.message).toMatch(/organizer/i);
    }
    await expectError(
      await api.remove(organizer.token, cohort.slug, organizer.id),
      409,
      "conflict",
    );
    // A member cannot remove the organizer either: not theirs to do (404).
    await expectError(await api.remove(ann.token, cohort.slug, organizer.id), 404, "not_found");
    expect(await roleOf(cohort.slug, organizer.id)).toBe("organizer");
  });

  it("with a second organizer, may step down or leave; then the other one is the last", async () => {
    const { organizer, ann, bob, cohort } = await smallCohort();
    await expectStatus(
      await api.role(organizer.token, cohort.slug, ann.id, { role: "organizer" }),
      200,
    );
    await expectStatus(
      await api.role(organizer.token, cohort.slug, bob.id, { role: "organizer" }),
      200,
    );
    // One organizer removes another, one steps down: Ann is then the only one.
    await expectStatus(await api.remove(ann.token, cohort.slug, bob.id), 204);
    await expectStatus(
      await api.role(organizer.token, cohort.slug, organizer.id, { role: "member" }),
      200,
    );
    expect(await roleOf(cohort.slug, organizer.id)).toBe("member");
    await expectError(
      await api.role(ann.token, cohort.slug, ann.id, { role: "member" }),
      409,
      "conflict",
    );
    await expectError(await api.remove(ann.token, cohort.slug, ann.id), 409, "conflict");
    // Made organizer again, the former one may leave.
    await expectStatus(
      await api.role(ann.token, cohort.slug, organizer.id, { role: "organizer" }),
      200,
    );
    await expectStatus(await api.remove(organizer.token, cohort.slug, organizer.id), 204);
    expect(await membershipRows(cohort.slug, organizer.id)).toHaveLength(0);
  });

  it("is kept even when two organizers step down at the same moment", async () => {
    const { organizer, ann, cohort } = await smallCohort();
    await expectStatus(
      await api.role(organizer.token, cohort.slug, ann.id, { role: "organizer" }),
      200,
    );
    const answers = await Promise.all([
      api.role(organizer.token, cohort.slug, organizer.id, { role: "member" }),
      api.role(ann.token, cohort.slug, ann.id, { role: "member" }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const roles = [await roleOf(cohort.slug, organizer.id), await roleOf(cohort.slug, ann.id)];
    expect(roles.filter((r) => r === "organizer")).toHaveLength(1);
  });
});

describe("organizers and cohort coaches are not learners", () => {
  it("are left out of the distribution, the grid, inactivity, hours, the leaderboard and the CSV", async () => {
    const { organizer, ann, bob, cohort } = await smallCohort();
    const coach = await makeUser("Cora Coach");
    await joinAs(coach, cohort.inviteCode);
    await expectStatus(
      await api.role(organizer.token, cohort.slug, coach.id, { role: "coach" }),
      200,
    );
    const all = { shareProgress: true, shareHours: true, leaderboard: true };
    for (const u of [organizer, coach, ann]) await share(u, cohort.slug, all);
    // The coach and the organizer have learning of their own: none of it counts here.
    await reachTierOne(coach, today());
    await logMinutes(organizer, today(), 600);
    await logMinutes(ann, today(), 60);

    for (const viewer of [organizer, coach, ann, bob]) {
      const d = await dashboardOf(viewer.token, cohort.slug);
      expect(d.cohort.memberCount).toBe(4);
      expect(d.cohort.learnerCount).toBe(2);
      // Ann and Bob at "Getting started"; nobody at tier 1 (the coach is).
      expect(d.tierDistribution.map((t) => t.count)).toEqual([2, 0, 0, 0, 0]);
      expect(d.notSharingProgress).toBe(0);
      expect(d.weeklyHours.at(-1)!.hours).toBe(1);
      expect(d.leaderboard.map((l) => l.userId)).toEqual([ann.id]);
      for (const who of [organizer, coach]) {
        const entry = entryOf(d, who.id);
        expect(Object.keys(entry).sort()).toEqual(["name", "role", "userId"]);
      }
      expect(entryOf(d, coach.id).role).toBe("coach");
      // The grid: one group, tier 1, with the two learners only.
      expect(d.grid.tiers.map((g) => g.tier.number)).toEqual([1]);
    }

    const csv = parseCsv(await (await api.csv(organizer.token, cohort.slug)).text());
    expect(
      csv
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["Ann Member", "Bob Member"]);
  });

  it("a cohort coach sees inactivity and who is stuck as the organizer does, but not the code, the CSV nor roles", async () => {
    const { organizer, ann, bob, cohort } = await smallCohort();
    await expectStatus(
      await api.role(organizer.token, cohort.slug, bob.id, { role: "coach" }),
      200,
    );
    const asCoach = await dashboardOf(bob.token, cohort.slug);
    expect(asCoach.cohort.role).toBe("coach");
    expect(asCoach.cohort).not.toHaveProperty("inviteCode");
    expect(typeof entryOf(asCoach, ann.id).inactive).toBe("boolean");
    expect(asCoach.stuck).toBeDefined();
    await expectError(await api.csv(bob.token, cohort.slug), 404, "not_found");
    await expectError(await api.rotate(bob.token, cohort.slug), 404, "not_found");
    await expectError(
      await api.role(bob.token, cohort.slug, ann.id, { role: "coach" }),
      404,
      "not_found",
    );
    // A member sees neither.
    const asMember = await dashboardOf(ann.token, cohort.slug);
    expect(asMember).not.toHaveProperty("stuck");
    expect(entryOf(asMember, ann.id)).not.toHaveProperty("inactive");
  });
});

describe("the grid", () => {
  it("shows each member the next tier they have not reached, with what they met of it", async () => {
    const { organizer, ann, bob, cohort } = await smallCohort();
    await reachTierOne(ann, today());
    await rateSkill(ann, "python", 3);
    await rateSkill(bob, "linear-algebra", 2);
    const d = await dashboardOf(organizer.token, cohort.slug);
    const a = entryOf(d, ann.id);
    const b = entryOf(d, bob.id);
    expect(a.tier).toMatchObject({ number: 1 });
    expect(a.nextTier).toMatchObject({ number: 2 });
    expect(b.nextTier).toMatchObject({ number: 1 });
    // Ann's row is of tier 2 (Python at proficient level met); Bob's of tier 1.
    expect(a.metMilestones).toContain("0b8f6a52-0001-4c1e-9a01-000000000201");
    expect(b.metMilestones).toEqual([LINEAR_ALGEBRA_2]);
    expect(b.nextMilestone).toEqual({ id: PYTHON_2, title: "Python at practicing level" });
    expect(a.nextMilestone?.id).not.toBe("0b8f6a52-0001-4c1e-9a01-000000000201");
    const groups = d.grid.tiers;
    expect(groups.map((g) => g.tier.number)).toEqual([1, 2]);
    expect(groups[0]!.milestones.map((m) => m.id)).toContain(LINEAR_ALGEBRA_2);
    expect(groups[1]!.milestones.map((m) => m.id)).toContain(
      "0b8f6a52-0001-4c1e-9a01-000000000201",
    );
  });
});

// ── Who is stuck ────────────────────────────────────────────────────────────

async function markOf(userId: string) {
  const [row] = await db.select().from(progressMarks).where(eq(progressMarks.userId, userId));
  return row ?? null;
}

async function ageMark(userId: string, days: number) {
  await db
    .update(progressMarks)
    .set({ since: sql`now() - make_interval(days => ${days})` })
    .where(eq(progressMarks.userId, userId));
}

describe("progress marks", () => {
  it("record the next unmet milestone once, change only when it does, and leave the data revision alone", async () => {
    const { organizer, ann, cohort } = await smallCohort();
    await dashboardOf(organizer.token, cohort.slug);
    const first = await markOf(ann.id);
    expect(first?.nextMilestoneId).toBe(PYTHON_2);
    const [{ revision }] = (await db
      .select({ revision: profiles.dataRevision })
      .from(profiles)
      .where(eq(profiles.userId, ann.id))) as [{ revision: number }];
    await ageMark(ann.id, 3);
    const aged = (await markOf(ann.id))!.since;
    // Seen again (by the organizer, and by Ann on her own dashboard): nothing changes.
    await dashboardOf(organizer.token, cohort.slug);
    await dashboardOf(ann.token, cohort.slug);
    expect((await markOf(ann.id))!.since).toEqual(aged);
    const [after] = await db
      .select({ revision: profiles.dataRevision })
      .from(profiles)
      .where(eq(profiles.userId, ann.id));
    expect(after!.revision).toBe(revision);
    // Python met: the next milestone moves on, and so does "since".
    await rateSkill(ann, "python", 2);
    await dashboardOf(organizer.token, cohort.slug);
    const moved = (await markOf(ann.id))!;
    expect(moved.nextMilestoneId).toBe(LINEAR_ALGEBRA_2);
    expect(moved.since.getTime()).toBeGreaterThan(aged.getTime());
  });
});

describe("a first progress mark", () => {
  it("dates from the learner's last activity, or sign-up, not from the moment it is recorded", async () => {
    const { organizer, ann, bob, cohort } = await smallCohort();
    await db
      .update(users)
      .set({ createdAt: sql`now() - interval '40 days'` })
      .where(inArray(users.id, [ann.id, bob.id]));
    await logMinutes(ann, shiftDate(today(), -20), 30);
    const d = await dashboardOf(organizer.token, cohort.slug);
    const day = (at: Date) => at.toISOString().slice(0, 10);
    expect(day((await markOf(ann.id))!.since)).toBe(shiftDate(today(), -20));
    expect(day((await markOf(bob.id))!.since)).toBe(shiftDate(today(), -40));
    // So both are listed at once: no activity, no milestone change for 14 days.
    expect(d.stuck!.map((s) => [s.userId, s.reason, s.since])).toEqual([
      [bob.id, "inactive", shiftDate(today(), -40)],
      [ann.id, "inactive", shiftDate(today(), -20)],
    ]);
  });
});

describe("who is stuck", () => {
  it("lists learners with no activity nor milestone change for 14 days and those on the same milestone for 30, within what they share", async () => {
    const { organizer, cohort } = await smallCohort();
    const [active, idle, sameOld, hiddenSame, hiddenIdle] = await Promise.all([
      makeUser("Ari Active"),
      makeUser("Ida Idle"),
      makeUser("Sam Same"),
      makeUser("Hal Hidden same"),
      makeUser("Hil Hidden idle"),
    ]);
    for (const u of [active, idle, sameOld, hiddenSame, hiddenIdle])
      await joinAs(u, cohort.inviteCode);
    for (const u of [hiddenSame, hiddenIdle]) await share(u, cohort.slug, { shareProgress: false });
    const t = today();
    await logMinutes(active, t, 30);
    await logMinutes(sameOld, shiftDate(t, -2), 30);
    await logMinutes(hiddenSame, shiftDate(t, -2), 30);
    await logMinutes(idle, shiftDate(t, -20), 30);
    await logMinutes(hiddenIdle, shiftDate(t, -20), 30);
    // Every mark recorded (Hal's own dashboard records his), then aged.
    await dashboardOf(organizer.token, cohort.slug);
    await dashboardOf(hiddenSame.token, cohort.slug);
    expect(await markOf(hiddenSame.id)).not.toBeNull();
    await ageMark(idle.id, 20);
    await ageMark(sameOld.id, 31);
    await ageMark(hiddenSame.id, 31);
    // Another member also active, on the same milestone for 29 days only: not stuck.
    await ageMark(active.id, 29);

    const d = await dashboardOf(organizer.token, cohort.slug);
    const stuck = new Map(d.stuck!.map((s) => [s.userId, s]));
    expect(stuck.get(idle.id)).toEqual({
      userId: idle.id,
      name: "Ida Idle",
      reason: "inactive",
      since: shiftDate(t, -20),
      milestone: { id: PYTHON_2, title: "Python at practicing level" },
    });
    expect(stuck.get(sameOld.id)).toEqual({
      userId: sameOld.id,
      name: "Sam Same",
      reason: "same_milestone",
      since: shiftDate(t, -31),
      milestone: { id: PYTHON_2, title: "Python at practicing level" },
    });
    // Hidden progress: an idle member is still listed (activity totals), without a milestone...
    expect(stuck.get(hiddenIdle.id)).toEqual({
      userId: hiddenIdle.id,
      name: "Hil Hidden idle",
      reason: "inactive",
      since: shiftDate(t, -20),
    });
    // ...and a member on the same milestone who does not share progress is not.
    expect(stuck.has(hiddenSame.id)).toBe(false);
    expect(stuck.has(active.id)).toBe(false);
    // Neither the organizer nor the two members of smallCohort who never did anything are
    // learners stuck for 14 days yet: their marks were recorded today.
    expect(stuck.has(organizer.id)).toBe(false);
    expect(JSON.stringify(d.stuck)).not.toContain("Hal Hidden same");

    // The coach sees the same; a member sees no list at all.
    await expectStatus(
      await api.role(organizer.token, cohort.slug, active.id, { role: "coach" }),
      200,
    );
    const asCoach = await dashboardOf(active.token, cohort.slug);
    expect(asCoach.stuck!.map((s) => s.userId).sort()).toEqual(
      d.stuck!.map((s) => s.userId).sort(),
    );
    const asMember = await dashboardOf(sameOld.token, cohort.slug);
    expect(asMember).not.toHaveProperty("stuck");
  });
});

// ── The CSV's week and month ────────────────────────────────────────────────

async function inZone(user: CohortUser, timezone: string) {
  await db.update(profiles).set({ timezone }).where(eq(profiles.userId, user.id));
}

describe("the CSV's week and month totals", () => {
  it("are each learner's own, in their calendar, and count a day in both when it is in both", async () => {
    // Twenty-five hours apart: the organizer's today is always one or two days behind.
    const [organizer, far] = await Promise.all([makeUser("Olga West"), makeUser("Kiri East")]);
    await inZone(organizer, "Pacific/Pago_Pago");
    await inZone(far, "Pacific/Kiritimati");
    const cohort = await makeCohort(organizer);
    await joinAs(far, cohort.inviteCode);
    await share(far, cohort.slug, { shareHours: true });

    const t = todayInZone("Pacific/Kiritimati");
    const monday = mondayOf(t);
    const firstOfMonth = `${t.slice(0, 8)}01`;
    const days = new Map<string, number>([
      [t, 60],
      [monday, 30],
      [shiftDate(monday, -1), 45], // last week
      [firstOfMonth, 20],
      [shiftDate(firstOfMonth, -1), 90], // last month
    ]);
    for (const [date, minutes] of days) await logMinutes(far, date, minutes);
    const total = (keep: (d: string) => boolean) =>
      [...days].filter(([d]) => keep(d) && d <= t).reduce((sum, [, m]) => sum + m, 0);
    const week = total((d) => d >= monday);
    const month = total((d) => d.slice(0, 7) === t.slice(0, 7));

    const rows = parseCsv(await (await api.csv(organizer.token, cohort.slug)).text());
    const header = rows[0]!;
    const row = rows.find((r) => r[0] === "Kiri East")!;
    expect(row[header.indexOf("hoursThisWeek")]).toBe(String(asHours(week)));
    expect(row[header.indexOf("hoursThisMonth")]).toBe(String(asHours(month)));
    // The days of this week that are in this month are in the month's total as well.
    const weekInMonth = total((d) => d >= monday && d.slice(0, 7) === t.slice(0, 7));
    expect(month).toBeGreaterThanOrEqual(weekInMonth);
    // The dashboard agrees with the CSV, for the organizer and for the member.
    for (const viewer of [organizer, far]) {
      const entry = entryOf(await dashboardOf(viewer.token, cohort.slug), far.id);
      expect(entry.hoursThisWeek).toBe(asHours(week));
      expect(entry.hoursThisMonth).toBe(asHours(month));
    }
    expect(
      await db
        .select()
        .from(profiles)
        .where(and(eq(profiles.userId, far.id), eq(profiles.timezone, "Pacific/Kiritimati"))),
    ).toHaveLength(1);
  });
});
