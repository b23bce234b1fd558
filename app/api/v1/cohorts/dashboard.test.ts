/**
 * The cohort dashboard's content: tier distribution, weekly hours, the
 * inactive flag, the leaderboard, and a number of SQL queries that does not
 * grow with the cohort.
 */
import { drizzle } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import * as schema from "@/db/schema";
import {
  api,
  asHours,
  cohortIdOf,
  dashboardOf,
  entryOf,
  expectStatus,
  joinAs,
  logMinutes,
  makeCohort,
  makeUser,
  mondayOf,
  reachTierOne,
  share,
  shiftDate,
  todayInZone,
  type CohortUser,
  type DashboardJson,
} from "./cohorts-test-helpers";

const ALL_ON = { shareProgress: true, shareHours: true, leaderboard: true };
const today = () => todayInZone("UTC");

describe("tierDistribution", () => {
  it("counts only the members who share progress, and says how many do not", async () => {
    const [organizer, upShared, upHidden, lowShared, lowHidden] = await Promise.all([
      makeUser("Olga Organizer"),
      makeUser("Tia Tier-one shared"),
      makeUser("Tom Tier-one hidden"),
      makeUser("Lou Tier-zero shared"),
      makeUser("Lia Tier-zero hidden"),
    ]);
    const cohort = await makeCohort(organizer);
    for (const u of [upShared, upHidden, lowShared, lowHidden]) await joinAs(u, cohort.inviteCode);
    await reachTierOne(upShared, today());
    await reachTierOne(upHidden, today());
    await share(upHidden, cohort.slug, { shareProgress: false });
    await share(lowHidden, cohort.slug, { shareProgress: false });

    for (const viewer of [organizer, lowShared]) {
      const d = await dashboardOf(viewer.token, cohort.slug);
      expect(d.tierDistribution.map((t) => t.tier)).toEqual([0, 1, 2, 3, 4]);
      expect(d.tierDistribution[0]!.name).toBe("Getting started");
      expect(d.tierDistribution[1]!.name).toBe("Foundations");
      // The tier-zero sharer at 0; the tier-one sharer at 1; the two who hide are not counted,
      // nor is the organizer, who runs the cohort rather than learns in it.
      expect(d.tierDistribution.map((t) => t.count)).toEqual([1, 1, 0, 0, 0]);
      expect(d.notSharingProgress).toBe(2);
      expect(entryOf(d, upShared.id).tier).toEqual({ number: 1, name: "Foundations" });
      expect(entryOf(d, upShared.id).nextTier).toMatchObject({ number: 2 });
      expect(entryOf(d, upHidden.id)).not.toHaveProperty("tier");
    }
  });

  it("takes a member out of the distribution when they stop sharing progress", async () => {
    const [organizer, member] = await Promise.all([makeUser(), makeUser()]);
    const cohort = await makeCohort(organizer);
    await joinAs(member, cohort.inviteCode);
    let d = await dashboardOf(organizer.token, cohort.slug);
    expect(d.tierDistribution[0]!.count).toBe(1);
    expect(d.notSharingProgress).toBe(0);
    await share(member, cohort.slug, { shareProgress: false });
    d = await dashboardOf(organizer.token, cohort.slug);
    expect(d.tierDistribution[0]!.count).toBe(0);
    expect(d.notSharingProgress).toBe(1);
  });
});

describe("weeklyHours", () => {
  it("has twelve weeks ending with this one and sums only the hour-sharers' activity", async () => {
    const [organizer, a, b, quiet] = await Promise.all([
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
    ]);
    const cohort = await makeCohort(organizer);
    for (const u of [a, b, quiet]) await joinAs(u, cohort.inviteCode);
    await share(a, cohort.slug, { shareHours: true });
    await share(b, cohort.slug, { shareHours: true });
    const t = today();
    const threeWeeksAgo = shiftDate(t, -21);
    await logMinutes(a, t, 60);
    await logMinutes(a, t, 30);
    await logMinutes(b, t, 15);
    await logMinutes(b, threeWeeksAgo, 120);
    await logMinutes(a, shiftDate(t, -7 * 13), 600); // before the twelve weeks
    await logMinutes(quiet, t, 240);
    await logMinutes(quiet, threeWeeksAgo, 240);

    for (const viewer of [organizer, b]) {
      const d = await dashboardOf(viewer.token, cohort.slug);
      expect(d.weeklyHours).toHaveLength(12);
      const monday = mondayOf(t);
      expect(d.weeklyHours.map((w) => w.weekStart)).toEqual(
        Array.from({ length: 12 }, (_, i) => shiftDate(monday, -7 * (11 - i))),
      );
      expect(d.weeklyHours[11]!.hours).toBe(asHours(60 + 30 + 15));
      expect(d.weeklyHours[8]!.hours).toBe(asHours(120));
      const others = d.weeklyHours.filter((_, i) => i !== 11 && i !== 8);
      expect(others.every((w) => w.hours === 0)).toBe(true);
      expect(entryOf(d, a.id).hoursThisWeek).toBe(asHours(90));
      expect(entryOf(d, quiet.id)).not.toHaveProperty("hoursThisWeek");
    }
  });
});

describe("the inactive flag", () => {
  it("is true after 14 days without activity (or none at all) and false for someone active yesterday", async () => {
    const [organizer, never, yesterday, thirteen, fourteen] = await Promise.all([
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
    ]);
    const cohort = await makeCohort(organizer);
    for (const u of [never, yesterday, thirteen, fourteen]) await joinAs(u, cohort.inviteCode);
    const t = today();
    await logMinutes(yesterday, shiftDate(t, -1), 30);
    await logMinutes(thirteen, shiftDate(t, -13), 30);
    await logMinutes(fourteen, shiftDate(t, -14), 30);
    await logMinutes(fourteen, shiftDate(t, -40), 30);
    // Nobody shares hours: the organizer still sees who is inactive, and nothing more.
    const d = await dashboardOf(organizer.token, cohort.slug);
    expect(entryOf(d, never.id).inactive).toBe(true);
    expect(entryOf(d, yesterday.id).inactive).toBe(false);
    expect(entryOf(d, thirteen.id).inactive).toBe(false);
    expect(entryOf(d, fourteen.id).inactive).toBe(true);
    // The organizer runs the cohort: never counted as inactive.
    expect(entryOf(d, organizer.id)).not.toHaveProperty("inactive");
    for (const m of d.members.filter((x) => x.userId !== organizer.id))
      expect(m).not.toHaveProperty("hoursThisWeek");
    const seenByMember = await dashboardOf(yesterday.token, cohort.slug);
    for (const m of seenByMember.members) expect(m).not.toHaveProperty("inactive");
  });
});

describe("leaderboard", () => {
  it("lists only members on the leaderboard, sorted by hours this month", async () => {
    const [organizer, ann, bob, cat, dan] = await Promise.all([
      makeUser("Olga Organizer"),
      makeUser("Ann"),
      makeUser("Bob"),
      makeUser("Cat"),
      makeUser("Dan"),
    ]);
    const cohort = await makeCohort(organizer);
    for (const u of [ann, bob, cat, dan]) await joinAs(u, cohort.inviteCode);
    for (const u of [ann, bob, cat]) await share(u, cohort.slug, { leaderboard: true });
    const t = today();
    await logMinutes(ann, t, 60);
    await logMinutes(bob, t, 120);
    await logMinutes(cat, t, 300);
    await logMinutes(dan, t, 900); // the most, but not on the leaderboard
    // Last month's time does not count toward this month.
    await logMinutes(ann, shiftDate(`${t.slice(0, 8)}01`, -1), 1000);

    for (const viewer of [organizer, dan, ann]) {
      const d = await dashboardOf(viewer.token, cohort.slug);
      expect(d.leaderboard).toEqual([
        { userId: cat.id, name: "Cat", hours: 5 },
        { userId: bob.id, name: "Bob", hours: 2 },
        { userId: ann.id, name: "Ann", hours: 1 },
      ]);
      expect(entryOf(d, ann.id).hoursThisMonth).toBe(1);
      // Dan shares no hours: only he sees his own month.
      if (viewer === dan) expect(entryOf(d, dan.id).hoursThisMonth).toBe(15);
      else expect(entryOf(d, dan.id)).not.toHaveProperty("hoursThisMonth");
    }
  });
});

// ── A fixed number of queries ───────────────────────────────────────────────

/**
 * Counts the SQL statements the app sends: the app's handle (db/client.ts,
 * cached on globalThis.__epochDb) is pointed for the duration of `run` at a
 * drizzle instance over its own postgres.js client whose `debug` hook sees
 * every query. Same database, real queries; nothing is mocked.
 */
const counting = { queries: 0, on: false };
const countingSql = postgres(process.env.DATABASE_URL!, {
  max: 4,
  onnotice: () => {},
  debug: (_connection: number, query: string) => {
    // postgres.js looks up array types once per new connection: the driver's setup, not the app's query.
    if (counting.on && !query.includes("pg_catalog.pg_type")) counting.queries++;
  },
});
afterAll(async () => {
  await countingSql.end({ timeout: 5 });
});

async function queriesOf(run: () => Promise<unknown>): Promise<number> {
  const state = (globalThis as unknown as { __epochDb: { db?: unknown } }).__epochDb;
  const original = state.db;
  state.db = drizzle(countingSql, { schema });
  counting.queries = 0;
  counting.on = true;
  try {
    await run();
  } finally {
    counting.on = false;
    state.db = original;
  }
  return counting.queries;
}

/** A cohort of `size` members (organizer included), everyone sharing everything, with a month of activity. */
async function cohortOfSize(size: number): Promise<{ organizer: CohortUser; slug: string }> {
  const organizer = await makeUser();
  const { slug } = await makeCohort(organizer);
  await share(organizer, slug, ALL_ON);
  const cohortId = await cohortIdOf(slug);
  const tag = slug.replace(/[^a-z0-9]/g, "");
  // Users, profiles, memberships, activity rollups and skill ratings in bulk (no argon2 per user).
  await db.execute(sql`
    with u as (
      insert into users (email, name)
      select ${tag} || '-' || g || '@example.com', 'Bulk ' || lpad(g::text, 3, '0')
      from generate_series(1, ${size - 1}::int) g
      returning id
    ),
    p as (insert into profiles (user_id) select id from u),
    m as (
      insert into cohort_members (user_id, cohort_id, role, share_progress, share_hours, leaderboard)
      select id, ${cohortId}::uuid, 'member', true, true, true from u
    ),
    s as (
      insert into skill_ratings (user_id, skill_slug, level)
      select id, 'python', 2 from u
    )
    insert into activity_days (user_id, date, minutes, sessions)
    select u.id, current_date - d, 30 + d, 1
    from u cross join generate_series(0, 20, 4) d`);
  await db.execute(sql`
    insert into activity_totals (user_id, minutes, last_active_on)
    select d.user_id, sum(d.minutes), max(d.date)
    from activity_days d join cohort_members m on m.user_id = d.user_id
    where m.cohort_id = ${cohortId}::uuid
    group by d.user_id
    on conflict do nothing`);
  return { organizer, slug };
}

describe("the dashboard's SQL queries", () => {
  it("are as many for a cohort of 60 members as for one of 3", async () => {
    const small = await cohortOfSize(3);
    const large = await cohortOfSize(60);

    const measure = async (c: { organizer: CohortUser; slug: string }) => {
      // A first request records the token's use; the measured one is then like any later request.
      await dashboardOf(c.organizer.token, c.slug);
      let dashboard: DashboardJson | undefined;
      const n = await queriesOf(async () => {
        dashboard = await expectStatus<DashboardJson>(
          await api.dashboard(c.organizer.token, c.slug),
          200,
        );
      });
      return { n, dashboard: dashboard! };
    };
    // Once untimed, so that the counting pool's connections are open.
    await measure(small);
    const s = await measure(small);
    const l = await measure(large);

    // Both did the full work: every member with progress, hours and the leaderboard.
    expect(s.dashboard.members).toHaveLength(3);
    expect(l.dashboard.members).toHaveLength(60);
    // Everyone but the organizer, who is not one of the cohort's learners.
    expect(l.dashboard.leaderboard).toHaveLength(59);
    expect(
      l.dashboard.members
        .filter((m) => m.role === "member")
        .every((m) => m.tier && m.hoursThisWeek !== undefined && m.inactive !== undefined),
    ).toBe(true);
    expect(l.dashboard.tierDistribution[0]!.count).toBe(59);

    // The counter saw the request's queries (token, members, evidence, hours...).
    expect(s.n).toBeGreaterThanOrEqual(5);
    expect(l.n).toBe(s.n);
  });
});
