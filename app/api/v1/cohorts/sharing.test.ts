/**
 * What each member shares with their cohort: what is not shared is absent from
 * the dashboard JSON (no key at all) for every other viewer, organizer
 * included, and absent from the organizer's CSV.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  api,
  asHours,
  dashboardOf,
  entryOf,
  expectStatus,
  joinAs,
  keysOf,
  logMinutes,
  makeCohort,
  makeUser,
  membershipRows,
  parseCsv,
  rateSkill,
  share,
  todayInZone,
  type CohortUser,
  type DashboardJson,
  type TestCohort,
} from "./cohorts-test-helpers";

const BASE = ["name", "role", "userId"];
const PROGRESS = ["metMilestones", "nextMilestone", "nextTier", "nextTrack", "tier"];
const sorted = (...groups: string[][]) => groups.flat().sort();

/** The milestone "Python at practicing level" of tier 1, the grid of a cohort below tier 1. */
const PYTHON_2 = "0b8f6a52-0001-4c1e-9a01-000000000101";

// Minutes chosen so that every sum tells who is in it.
const MINUTES = { organizer: 0, hidden: 90, open: 300, defaults: 45 };

let today: string;
let organizer: CohortUser;
/** Shares nothing. */
let hidden: CohortUser;
/** Shares everything. */
let open: CohortUser;
/** Keeps the defaults of joining. */
let defaults: CohortUser;
let cohort: TestCohort;

beforeAll(async () => {
  today = todayInZone("UTC");
  [organizer, hidden, open, defaults] = await Promise.all([
    makeUser("Olga Organizer"),
    makeUser("Hana Hidden"),
    makeUser("Omar Open"),
    makeUser("Dora Defaults"),
  ]);
  cohort = await makeCohort(organizer);
  for (const u of [hidden, open, defaults]) await joinAs(u, cohort.inviteCode);
  await share(hidden, cohort.slug, { shareProgress: false, shareHours: false, leaderboard: false });
  await share(open, cohort.slug, { shareProgress: true, shareHours: true, leaderboard: true });
  await logMinutes(hidden, today, MINUTES.hidden);
  await logMinutes(open, today, MINUTES.open);
  await logMinutes(defaults, today, MINUTES.defaults);
  // Each has met the Python milestone of the grid, so metMilestones is non-empty when shown.
  for (const u of [hidden, open, defaults]) await rateSkill(u, "python", 2);
});

describe("defaults on joining", () => {
  it("share progress, but not hours nor the leaderboard", async () => {
    const [row] = await membershipRows(cohort.slug, defaults.id);
    expect(row).toMatchObject({
      role: "member",
      shareProgress: true,
      shareHours: false,
      leaderboard: false,
    });
    const own = await dashboardOf(defaults.token, cohort.slug);
    expect(own.you).toEqual({ shareProgress: true, shareHours: false, leaderboard: false });
  });

  it("show the member's progress to others, and nothing of their hours", async () => {
    for (const viewer of [organizer, open]) {
      const d = await dashboardOf(viewer.token, cohort.slug);
      const entry = entryOf(d, defaults.id);
      const extra = viewer === organizer ? ["inactive"] : [];
      expect(keysOf(entry)).toEqual(sorted(BASE, PROGRESS, extra));
      expect(entry.tier).toEqual({ number: 0, name: expect.any(String) });
      expect(entry.nextTier).toMatchObject({ number: 1 });
      expect(entry.metMilestones).toEqual([PYTHON_2]);
      expect(d.leaderboard.map((e) => e.userId)).not.toContain(defaults.id);
    }
  });
});

describe("a member who shares nothing", () => {
  it.each(["organizer", "member"] as const)(
    "has only name, role and id (and inactive for the organizer) as seen by the %s",
    async (who) => {
      const viewer = who === "organizer" ? organizer : open;
      const res = await api.dashboard(viewer.token, cohort.slug);
      const d = await expectStatus<DashboardJson>(res, 200);
      const entry = entryOf(d, hidden.id);
      expect(keysOf(entry)).toEqual(sorted(BASE, who === "organizer" ? ["inactive"] : []));
      expect(entry).toEqual({
        userId: hidden.id,
        name: "Hana Hidden",
        role: "member",
        ...(who === "organizer" ? { inactive: false } : {}),
      });
      expect(d.leaderboard.map((e) => e.userId)).not.toContain(hidden.id);
      // Their minutes are not in the cohort's weekly hours: only the open member's (and none of the viewer's own).
      expect(d.weeklyHours.at(-1)!.hours).toBe(asHours(MINUTES.open));
    },
  );

  it("still sees their own progress and hours", async () => {
    const d = await dashboardOf(hidden.token, cohort.slug);
    const own = entryOf(d, hidden.id);
    expect(own.tier).toMatchObject({ number: 0 });
    expect(own.nextTier).toMatchObject({ number: 1 });
    expect(own.metMilestones).toEqual([PYTHON_2]);
    expect(own.hoursThisWeek).toBe(asHours(MINUTES.hidden));
    expect(d.you).toEqual({ shareProgress: false, shareHours: false, leaderboard: false });
    expect(own).not.toHaveProperty("inactive");
    // The leaderboard is opt-in, for the member's own view too.
    expect(d.leaderboard.map((e) => e.userId)).toEqual([open.id]);
  });
});

describe("a member who shares everything", () => {
  it.each(["organizer", "member"] as const)(
    "shows progress, this week's and this month's hours to the %s, and is on the leaderboard",
    async (who) => {
      const viewer = who === "organizer" ? organizer : hidden;
      const d = await dashboardOf(viewer.token, cohort.slug);
      const entry = entryOf(d, open.id);
      expect(keysOf(entry)).toEqual(
        sorted(
          BASE,
          PROGRESS,
          ["hoursThisMonth", "hoursThisWeek"],
          who === "organizer" ? ["inactive"] : [],
        ),
      );
      expect(entry.hoursThisWeek).toBe(asHours(MINUTES.open));
      expect(entry.hoursThisMonth).toBe(asHours(MINUTES.open));
      expect(entry.metMilestones).toEqual([PYTHON_2]);
      expect(d.leaderboard).toEqual([
        { userId: open.id, name: "Omar Open", hours: asHours(MINUTES.open) },
      ]);
    },
  );
});

describe("the organizer", () => {
  it("is listed but not as a learner: no progress, hours nor inactivity, whatever they share", async () => {
    const [org, member] = await Promise.all([makeUser("Otto Org"), makeUser()]);
    const c = await makeCohort(org);
    await joinAs(member, c.inviteCode);
    await share(org, c.slug, { shareProgress: true, shareHours: true, leaderboard: true });
    await logMinutes(org, today, 120);
    for (const viewer of [member, org]) {
      const d = await dashboardOf(viewer.token, c.slug);
      expect(keysOf(entryOf(d, org.id))).toEqual(BASE);
      expect(d.leaderboard).toEqual([]);
      expect(d.weeklyHours.at(-1)!.hours).toBe(0);
    }
  });
});

describe("what only the organizer gets", () => {
  it("members never get the invite code nor an inactive flag, whatever is shared", async () => {
    for (const viewer of [hidden, open, defaults]) {
      const d = await dashboardOf(viewer.token, cohort.slug);
      expect(d.cohort.role).toBe("member");
      expect(d.cohort).not.toHaveProperty("inviteCode");
      for (const m of d.members) expect(m).not.toHaveProperty("inactive");
      expect(JSON.stringify(d)).not.toContain(cohort.inviteCode);
    }
  });

  it("the organizer gets the invite code and an inactive flag for every learner", async () => {
    const d = await dashboardOf(organizer.token, cohort.slug);
    expect(d.cohort.role).toBe("organizer");
    expect(d.cohort.inviteCode).toBe(cohort.inviteCode);
    expect(d.members).toHaveLength(4);
    for (const m of d.members)
      if (m.role === "member") expect(typeof m.inactive).toBe("boolean");
      else expect(m).not.toHaveProperty("inactive");
  });
});

describe("changing what is shared", () => {
  it("makes the fields appear for others at once, and disappear again when turned off", async () => {
    const [org, member, watcher] = await Promise.all([
      makeUser(),
      makeUser("Toggle Member"),
      makeUser(),
    ]);
    const c = await makeCohort(org);
    await joinAs(member, c.inviteCode);
    await joinAs(watcher, c.inviteCode);
    await logMinutes(member, today, 120);
    await share(member, c.slug, { shareProgress: false });

    const hiddenView = entryOf(await dashboardOf(watcher.token, c.slug), member.id);
    expect(keysOf(hiddenView)).toEqual(BASE);

    const answer = await expectStatus(
      await api.membership(member.token, c.slug, {
        shareProgress: true,
        shareHours: true,
        leaderboard: true,
      }),
      200,
    );
    expect(answer).toEqual({ shareProgress: true, shareHours: true, leaderboard: true });
    for (const viewer of [org, watcher]) {
      const d = await dashboardOf(viewer.token, c.slug);
      const entry = entryOf(d, member.id);
      expect(entry.tier).toMatchObject({ number: 0 });
      expect(entry.hoursThisWeek).toBe(2);
      expect(entry.hoursThisMonth).toBe(2);
      expect(d.leaderboard).toEqual([{ userId: member.id, name: "Toggle Member", hours: 2 }]);
      expect(d.weeklyHours.at(-1)!.hours).toBe(2);
    }

    await share(member, c.slug, { shareHours: false, leaderboard: false });
    for (const viewer of [org, watcher]) {
      const d = await dashboardOf(viewer.token, c.slug);
      const entry = entryOf(d, member.id);
      expect(entry).not.toHaveProperty("hoursThisWeek");
      expect(entry).not.toHaveProperty("hoursThisMonth");
      expect(entry).toHaveProperty("tier");
      expect(d.leaderboard).toEqual([]);
      expect(d.weeklyHours.at(-1)!.hours).toBe(0);
    }
  });

  it("the leaderboard alone shows this month's hours but not this week's nor the weekly totals", async () => {
    const [org, member] = await Promise.all([makeUser(), makeUser("Lea Leader")]);
    const c = await makeCohort(org);
    await joinAs(member, c.inviteCode);
    await logMinutes(member, today, 180);
    await share(member, c.slug, { leaderboard: true });
    const d = await dashboardOf(org.token, c.slug);
    const entry = entryOf(d, member.id);
    expect(entry.hoursThisMonth).toBe(3);
    expect(entry).not.toHaveProperty("hoursThisWeek");
    expect(d.leaderboard).toEqual([{ userId: member.id, name: "Lea Leader", hours: 3 }]);
    expect(d.weeklyHours.every((w) => w.hours === 0)).toBe(true);
  });

  it("hours alone show this week's and this month's hours and the weekly totals but keep the member off the leaderboard", async () => {
    const [org, member] = await Promise.all([makeUser(), makeUser()]);
    const c = await makeCohort(org);
    await joinAs(member, c.inviteCode);
    await logMinutes(member, today, 30);
    await share(member, c.slug, { shareHours: true });
    const d = await dashboardOf(org.token, c.slug);
    const entry = entryOf(d, member.id);
    expect(entry.hoursThisWeek).toBe(0.5);
    expect(entry.hoursThisMonth).toBe(0.5);
    expect(d.leaderboard).toEqual([]);
    expect(d.weeklyHours.at(-1)!.hours).toBe(0.5);
  });
});

describe("GET /cohorts/{slug}/export.csv", () => {
  const HEADER = [
    "name",
    "role",
    "tier",
    "tierName",
    "nextTier",
    "hoursThisWeek",
    "hoursThisMonth",
    "inactive14Days",
  ];

  it("has one row per learner (not the organizer) with shared fields only", async () => {
    const res = await api.csv(organizer.token, cohort.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toContain(`cohort-${cohort.slug}.csv`);
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(HEADER);
    const body = rows.slice(1);
    expect(body).toHaveLength(3);
    expect(body.map((r) => r[0])).not.toContain("Olga Organizer");
    const byName = new Map(body.map((r) => [r[0], r]));
    const d = await dashboardOf(organizer.token, cohort.slug);
    const tier0 = entryOf(d, open.id).tier!.name;

    // Hidden progress and hours: empty tier and hour columns; the organizer still gets inactivity.
    expect(byName.get("Hana Hidden")).toEqual([
      "Hana Hidden",
      "member",
      "",
      "",
      "",
      "",
      "",
      "false",
    ]);
    expect(byName.get("Omar Open")).toEqual([
      "Omar Open",
      "member",
      "0",
      tier0,
      "1",
      String(asHours(MINUTES.open)),
      String(asHours(MINUTES.open)),
      "false",
    ]);
    expect(byName.get("Dora Defaults")).toEqual([
      "Dora Defaults",
      "member",
      "0",
      tier0,
      "1",
      "",
      "",
      "false",
    ]);
    const text = JSON.stringify(body);
    expect(text).not.toContain(String(asHours(MINUTES.hidden)));
    expect(text).not.toContain(String(asHours(MINUTES.defaults)));
  });

  it("neutralizes a member name that a spreadsheet would run as a formula", async () => {
    const [org, evil, plus] = await Promise.all([
      makeUser(),
      makeUser('=HYPERLINK("http://evil.example","x")'),
      makeUser("+1 Sum"),
    ]);
    const c = await makeCohort(org);
    await joinAs(evil, c.inviteCode);
    await joinAs(plus, c.inviteCode);
    const rows = parseCsv(await (await api.csv(org.token, c.slug)).text()).slice(1);
    const names = rows.map((r) => r[0]!);
    expect(names).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(names).toContain("'+1 Sum");
    for (const n of names) expect(n).not.toMatch(/^[=+\-@]/);
  });
});
