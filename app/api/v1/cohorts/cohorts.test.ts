/**
 * Cohort permissions, joining, invite-code rotation, removing and leaving, and
 * input validation, through the route handlers against real PostgreSQL.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { cohorts } from "@/db/schema";
import { jsonRequest } from "../test-helpers";
import * as joinRoute from "./join/route";
import * as cohortsRoute from "./route";
import {
  api,
  dashboardOf,
  expectError,
  expectStatus,
  joinAs,
  logMinutes,
  makeCohort,
  makeUser,
  membershipRows,
  share,
  todayInZone,
  type CohortListJson,
  type CohortUser,
  type DashboardJson,
  type TestCohort,
  type Token,
} from "./cohorts-test-helpers";

// ── Permissions, table-driven ───────────────────────────────────────────────

const ROLES = ["organizer", "member", "removed member", "non-member", "anonymous"] as const;
type Role = (typeof ROLES)[number];

/** A cohort with an organizer, two members, a removed member and an outsider. */
type World = {
  cohort: TestCohort;
  organizer: CohortUser;
  member: CohortUser;
  /** Another member, the target of "remove someone else". */
  other: CohortUser;
  removed: CohortUser;
  outsider: CohortUser;
  token: Token;
  /** The caller's own user id (for anonymous: the member's). */
  self: string;
};

async function worldAs(role: Role): Promise<World> {
  const [organizer, member, other, removed, outsider] = await Promise.all([
    makeUser("Olga Organizer"),
    makeUser("Mia Member"),
    makeUser("Otto Other"),
    makeUser("Rita Removed"),
    makeUser("Nils Outsider"),
  ]);
  const cohort = await makeCohort(organizer);
  for (const u of [member, other, removed]) await joinAs(u, cohort.inviteCode);
  await expectStatus(await api.remove(organizer.token, cohort.slug, removed.id), 204);
  const caller: Record<Role, CohortUser | undefined> = {
    organizer,
    member,
    "removed member": removed,
    "non-member": outsider,
    anonymous: undefined,
  };
  return {
    cohort,
    organizer,
    member,
    other,
    removed,
    outsider,
    token: caller[role]?.token,
    self: (caller[role] ?? member).id,
  };
}

const NO = 404;
type Endpoint = {
  name: string;
  call: (w: World) => Promise<Response>;
  expected: Record<Role, number>;
  /** Checks the state after the call, knowing whether it succeeded. */
  after?: (w: World, role: Role, succeeded: boolean) => Promise<void>;
};

const statuses = (
  organizer: number,
  member: number,
  removed: number,
  outsider: number,
): Record<Role, number> => ({
  organizer,
  member,
  "removed member": removed,
  "non-member": outsider,
  anonymous: 401,
});

async function cohortRow(slug: string) {
  const [row] = await db.select().from(cohorts).where(eq(cohorts.slug, slug));
  return row!;
}

const ENDPOINTS: Endpoint[] = [
  {
    name: "POST /cohorts",
    call: (w) => api.create(w.token, { name: "A new cohort" }),
    expected: statuses(201, 201, 201, 201),
  },
  {
    name: "GET /cohorts",
    call: (w) => api.list(w.token),
    expected: statuses(200, 200, 200, 200),
    after: async (w, role) => {
      if (role === "anonymous") return;
      const user = {
        organizer: w.organizer,
        member: w.member,
        "removed member": w.removed,
        "non-member": w.outsider,
      }[role];
      const list = await expectStatus<CohortListJson>(await api.list(user.token), 200);
      const mine = list.items.find((c) => c.slug === w.cohort.slug);
      if (role === "organizer" || role === "member") expect(mine?.role).toBe(role);
      else expect(mine).toBeUndefined();
    },
  },
  {
    // A removed member who still has the current code may join again: removal is not a ban
    // (the organizer rotates the code to keep them out).
    name: "POST /cohorts/join (current code)",
    call: (w) => api.join(w.token, w.cohort.inviteCode),
    expected: statuses(200, 200, 200, 200),
    after: async (w, role) => {
      if (role === "anonymous") {
        // Anonymous joins nobody: the cohort still has its organizer and two members.
        const d = await dashboardOf(w.organizer.token, w.cohort.slug);
        expect(d.cohort.memberCount).toBe(3);
        return;
      }
      const rows = await membershipRows(w.cohort.slug, w.self);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.role).toBe(role === "organizer" ? "organizer" : "member");
    },
  },
  {
    name: "POST /cohorts/join (bad code)",
    call: (w) => api.join(w.token, "NOSUCHCODE22"),
    expected: statuses(NO, NO, NO, NO),
  },
  {
    name: "PATCH /cohorts/{slug} (rename)",
    call: (w) => api.update(w.token, w.cohort.slug, { name: "Renamed" }),
    expected: statuses(200, NO, NO, NO),
    after: async (w, _role, ok) => {
      expect((await cohortRow(w.cohort.slug)).name).toBe(ok ? "Renamed" : w.cohort.name);
    },
  },
  {
    name: "GET /cohorts/{slug}/dashboard",
    call: (w) => api.dashboard(w.token, w.cohort.slug),
    expected: statuses(200, 200, NO, NO),
  },
  {
    name: "GET /cohorts/{slug}/export.csv",
    call: (w) => api.csv(w.token, w.cohort.slug),
    expected: statuses(200, NO, NO, NO),
  },
  {
    name: "PATCH /cohorts/{slug}/membership",
    call: (w) => api.membership(w.token, w.cohort.slug, { shareHours: true }),
    expected: statuses(200, 200, NO, NO),
    after: async (w, role, ok) => {
      const rows = await membershipRows(w.cohort.slug, w.self);
      if (role === "organizer" || role === "member") expect(rows[0]!.shareHours).toBe(ok);
      // A refused caller gets no membership row out of it.
      else if (role !== "anonymous") expect(rows).toHaveLength(0);
    },
  },
  {
    name: "POST /cohorts/{slug}/invite-code",
    call: (w) => api.rotate(w.token, w.cohort.slug),
    expected: statuses(200, NO, NO, NO),
    after: async (w, _role, ok) => {
      const code = (await cohortRow(w.cohort.slug)).inviteCode;
      if (ok) expect(code).not.toBe(w.cohort.inviteCode);
      else expect(code).toBe(w.cohort.inviteCode);
    },
  },
  {
    name: "DELETE /cohorts/{slug}/members/{another member}",
    call: (w) => api.remove(w.token, w.cohort.slug, w.other.id),
    expected: statuses(204, NO, NO, NO),
    after: async (w, _role, ok) => {
      expect(await membershipRows(w.cohort.slug, w.other.id)).toHaveLength(ok ? 0 : 1);
    },
  },
  {
    name: "DELETE /cohorts/{slug}/members/{own id} (leave)",
    call: (w) => api.remove(w.token, w.cohort.slug, w.self),
    // The organizer cannot leave (409); someone not in the cohort is told it does not exist.
    expected: statuses(409, 204, NO, NO),
    after: async (w, role, ok) => {
      const rows = await membershipRows(w.cohort.slug, w.self);
      if (role === "organizer") expect(rows).toHaveLength(1);
      if (role === "member" || role === "anonymous") expect(rows).toHaveLength(ok ? 0 : 1);
    },
  },
  {
    name: "DELETE /cohorts/{slug}/members/{the organizer}",
    call: (w) => api.remove(w.token, w.cohort.slug, w.organizer.id),
    expected: statuses(409, NO, NO, NO),
    after: async (w) => {
      const rows = await membershipRows(w.cohort.slug, w.organizer.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.role).toBe("organizer");
    },
  },
];

describe.each(ENDPOINTS)("$name", (endpoint) => {
  it.each(ROLES)("as %s", async (role) => {
    const w = await worldAs(role);
    const res = await endpoint.call(w);
    const expected = endpoint.expected[role];
    const text = await res.clone().text();
    expect(res.status, `${role}: ${text.slice(0, 300)}`).toBe(expected);
    if (expected >= 400) {
      const code = { 401: "unauthorized", 404: "not_found", 409: "conflict" }[expected]!;
      await expectError(res, expected, code);
      // A refusal tells nothing about the cohort.
      expect(text).not.toContain(w.cohort.name);
      expect(text).not.toContain(w.cohort.inviteCode);
    }
    await endpoint.after?.(w, role, expected < 300);
  });
});

describe("cohort-specific endpoints with an unknown slug", () => {
  it("answer 404 to a signed-in user, like a cohort they are not in", async () => {
    const user = await makeUser();
    await makeCohort(user);
    const slug = "no-such-cohort-abc123";
    await expectError(await api.dashboard(user.token, slug), 404, "not_found");
    await expectError(await api.csv(user.token, slug), 404, "not_found");
    await expectError(await api.update(user.token, slug, { name: "x" }), 404, "not_found");
    await expectError(
      await api.membership(user.token, slug, { shareHours: true }),
      404,
      "not_found",
    );
    await expectError(await api.rotate(user.token, slug), 404, "not_found");
  });

  it("answer 404 to DELETE of one's own membership there (not the organizer's 409)", async () => {
    const user = await makeUser();
    await expectError(
      await api.remove(user.token, "no-such-cohort-abc123", user.id),
      404,
      "not_found",
    );
  });
});

// ── Creating and listing ────────────────────────────────────────────────────

describe("POST /cohorts and GET /cohorts", () => {
  it("creates a cohort with the caller as organizer and lists it with each caller's role", async () => {
    const [organizer, member, outsider] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const res = await api.create(organizer.token, {
      name: "  Spring bootcamp  ",
      description: "Twelve weeks",
      startsOn: "2025-03-01",
      endsOn: "2025-05-31",
    });
    const created = await expectStatus<TestCohort>(res, 201);
    expect(created.name).toBe("Spring bootcamp");
    expect(created.slug).toMatch(/^spring-bootcamp-[0-9a-f]{6}$/);
    expect(created.inviteCode).toMatch(/^[A-Z2-9]{10}$/);
    const rows = await membershipRows(created.slug, organizer.id);
    expect(rows.map((r) => r.role)).toEqual(["organizer"]);

    await joinAs(member, created.inviteCode);
    const mine = await expectStatus<CohortListJson>(await api.list(organizer.token), 200);
    expect(mine.items).toEqual([
      {
        slug: created.slug,
        name: "Spring bootcamp",
        description: "Twelve weeks",
        startsOn: "2025-03-01",
        endsOn: "2025-05-31",
        role: "organizer",
        memberCount: 2,
      },
    ]);
    const theirs = await expectStatus<CohortListJson>(await api.list(member.token), 200);
    expect(theirs.items.map((c) => [c.slug, c.role, c.memberCount])).toEqual([
      [created.slug, "member", 2],
    ]);
    const none = await expectStatus<CohortListJson>(await api.list(outsider.token), 200);
    expect(none.items).toEqual([]);
  });

  it("gives two cohorts of the same name different slugs and invite codes", async () => {
    const organizer = await makeUser();
    const a = await expectStatus<TestCohort>(
      await api.create(organizer.token, { name: "Same" }),
      201,
    );
    const b = await expectStatus<TestCohort>(
      await api.create(organizer.token, { name: "Same" }),
      201,
    );
    expect(a.slug).not.toBe(b.slug);
    expect(a.inviteCode).not.toBe(b.inviteCode);
  });
});

// ── Joining ─────────────────────────────────────────────────────────────────

describe("POST /cohorts/join", () => {
  it("answers the cohort's slug and name, and joining twice leaves one membership row with its choices", async () => {
    const [organizer, member] = await Promise.all([makeUser(), makeUser()]);
    const cohort = await makeCohort(organizer);
    const first = await expectStatus<{ slug: string; name: string }>(
      await api.join(member.token, cohort.inviteCode),
      200,
    );
    expect(first).toEqual({ slug: cohort.slug, name: cohort.name });
    await share(member, cohort.slug, { shareHours: true });

    const again = await expectStatus<{ slug: string; name: string }>(
      await api.join(member.token, cohort.inviteCode),
      200,
    );
    expect(again).toEqual(first);
    const rows = await membershipRows(cohort.slug, member.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.role).toBe("member");
    expect(rows[0]!.shareHours).toBe(true);
    expect((await dashboardOf(organizer.token, cohort.slug)).cohort.memberCount).toBe(2);
  });

  it("accepts the code in lower case with surrounding spaces", async () => {
    const [organizer, member] = await Promise.all([makeUser(), makeUser()]);
    const cohort = await makeCohort(organizer);
    await expectStatus(await api.join(member.token, `  ${cohort.inviteCode.toLowerCase()} `), 200);
    expect(await membershipRows(cohort.slug, member.id)).toHaveLength(1);
  });

  it("answers 404 for a code that opens no cohort, and joins nothing", async () => {
    const [organizer, member] = await Promise.all([makeUser(), makeUser()]);
    const cohort = await makeCohort(organizer);
    await expectError(await api.join(member.token, `${cohort.inviteCode}X`), 404, "not_found");
    await expectError(await api.join(member.token, cohort.slug), 404, "not_found");
    expect(await membershipRows(cohort.slug, member.id)).toHaveLength(0);
  });
});

// ── Rotating the invite code ────────────────────────────────────────────────

describe("POST /cohorts/{slug}/invite-code", () => {
  it("answers a new code; the old one answers 404 on join afterwards, the new one works", async () => {
    const [organizer, early, late, tooLate] = await Promise.all([
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
    ]);
    const cohort = await makeCohort(organizer);
    await joinAs(early, cohort.inviteCode);

    const rotated = await expectStatus<{ inviteCode: string }>(
      await api.rotate(organizer.token, cohort.slug),
      200,
    );
    expect(Object.keys(rotated)).toEqual(["inviteCode"]);
    expect(rotated.inviteCode).toMatch(/^[A-Z2-9]{10}$/);
    expect(rotated.inviteCode).not.toBe(cohort.inviteCode);

    await expectError(await api.join(tooLate.token, cohort.inviteCode), 404, "not_found");
    expect(await membershipRows(cohort.slug, tooLate.id)).toHaveLength(0);
    await expectStatus(await api.join(late.token, rotated.inviteCode), 200);
    expect(await membershipRows(cohort.slug, late.id)).toHaveLength(1);

    // Members who joined with the old code stay; the dashboard shows the new code to the organizer.
    expect(await membershipRows(cohort.slug, early.id)).toHaveLength(1);
    const dashboard = await dashboardOf(organizer.token, cohort.slug);
    expect(dashboard.cohort.inviteCode).toBe(rotated.inviteCode);
    expect(dashboard.cohort.memberCount).toBe(3);
  });
});

// ── Updating the cohort ─────────────────────────────────────────────────────

describe("PATCH /cohorts/{slug}", () => {
  it("changes only the fields sent and answers the cohort", async () => {
    const organizer = await makeUser();
    const cohort = await makeCohort(organizer, { description: "Before", startsOn: "2025-01-06" });
    const updated = await expectStatus<Record<string, unknown>>(
      await api.update(organizer.token, cohort.slug, { name: "After", endsOn: "2025-03-28" }),
      200,
    );
    expect(updated).toEqual({
      slug: cohort.slug,
      name: "After",
      description: "Before",
      startsOn: "2025-01-06",
      endsOn: "2025-03-28",
    });
    const dashboard = await dashboardOf(organizer.token, cohort.slug);
    expect(dashboard.cohort).toMatchObject({
      name: "After",
      description: "Before",
      endsOn: "2025-03-28",
    });
  });

  it("refuses an end date before the stored start date, naming endsOn, and changes nothing", async () => {
    const organizer = await makeUser();
    const cohort = await makeCohort(organizer, { startsOn: "2025-06-01" });
    const body = await expectError(
      await api.update(organizer.token, cohort.slug, { endsOn: "2025-05-31" }),
      422,
      "validation_failed",
    );
    expect(Object.keys(body.error.fields ?? {})).toContain("endsOn");
    expect((await dashboardOf(organizer.token, cohort.slug)).cohort.endsOn).toBeNull();
  });
});

// ── Removing and leaving ────────────────────────────────────────────────────

describe("DELETE /cohorts/{slug}/members/{userId}", () => {
  it("ends a removed member's access at once and takes their data off the dashboard", async () => {
    const [organizer, stays, goes] = await Promise.all([
      makeUser("Ada Stays"),
      makeUser("Bea Goes"),
      makeUser(),
    ]);
    const cohort = await makeCohort(organizer);
    await joinAs(stays, cohort.inviteCode);
    await joinAs(goes, cohort.inviteCode);
    const allOn = { shareProgress: true, shareHours: true, leaderboard: true };
    await share(stays, cohort.slug, allOn);
    await share(goes, cohort.slug, allOn);
    const today = todayInZone("UTC");
    await logMinutes(stays, today, 60);
    await logMinutes(goes, today, 240);

    const before = await dashboardOf(organizer.token, cohort.slug);
    expect(before.members.map((m) => m.userId)).toContain(goes.id);
    expect(before.leaderboard.map((e) => e.userId)).toEqual([goes.id, stays.id]);
    expect(before.weeklyHours.at(-1)!.hours).toBe(5);
    await dashboardOf(goes.token, cohort.slug);

    await expectStatus(await api.remove(organizer.token, cohort.slug, goes.id), 204);

    await expectError(await api.dashboard(goes.token, cohort.slug), 404, "not_found");
    await expectError(
      await api.membership(goes.token, cohort.slug, { shareHours: false }),
      404,
      "not_found",
    );
    const list = await expectStatus<CohortListJson>(await api.list(goes.token), 200);
    expect(list.items.map((c) => c.slug)).not.toContain(cohort.slug);

    for (const viewer of [organizer, stays]) {
      const after = await dashboardOf(viewer.token, cohort.slug);
      expect(after.cohort.memberCount).toBe(2);
      expect(after.members.map((m) => m.userId)).not.toContain(goes.id);
      expect(after.leaderboard.map((e) => e.userId)).toEqual([stays.id]);
      expect(after.weeklyHours.at(-1)!.hours).toBe(1);
      expect(JSON.stringify(after)).not.toContain(goes.id);
    }
    // Removing them again: they are not a member any more.
    await expectError(await api.remove(organizer.token, cohort.slug, goes.id), 404, "not_found");
  });

  it("lets a member leave: 204, then their access ends", async () => {
    const [organizer, member] = await Promise.all([makeUser(), makeUser()]);
    const cohort = await makeCohort(organizer);
    await joinAs(member, cohort.inviteCode);
    const res = await api.remove(member.token, cohort.slug, member.id);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    await expectError(await api.dashboard(member.token, cohort.slug), 404, "not_found");
    const d = await dashboardOf(organizer.token, cohort.slug);
    expect(d.members.map((m) => m.userId)).toEqual([organizer.id]);
  });

  it("answers 404 to the organizer removing a user who is not in the cohort", async () => {
    const [organizer, stranger] = await Promise.all([makeUser(), makeUser()]);
    const cohort = await makeCohort(organizer);
    await expectError(
      await api.remove(organizer.token, cohort.slug, stranger.id),
      404,
      "not_found",
    );
  });

  it("does not let the organizer of one cohort remove members of another", async () => {
    const [organizerA, organizerB, memberB] = await Promise.all([
      makeUser(),
      makeUser(),
      makeUser(),
    ]);
    await makeCohort(organizerA);
    const b = await makeCohort(organizerB);
    await joinAs(memberB, b.inviteCode);
    await expectError(await api.remove(organizerA.token, b.slug, memberB.id), 404, "not_found");
    expect(await membershipRows(b.slug, memberB.id)).toHaveLength(1);
  });

  it("answers 422 naming userId for a userId that is not a UUID", async () => {
    const organizer = await makeUser();
    const cohort = await makeCohort(organizer);
    const body = await expectError(
      await api.remove(organizer.token, cohort.slug, "not-a-uuid"),
      422,
      "validation_failed",
    );
    expect(Object.keys(body.error.fields ?? {})).toContain("userId");
  });
});

// ── Validation ──────────────────────────────────────────────────────────────

async function expectInvalid(res: Response, field: string): Promise<void> {
  const body = await expectError(res, 422, "validation_failed");
  expect(body.error.fields, JSON.stringify(body)).toBeDefined();
  expect(Object.keys(body.error.fields!)).toContain(field);
  expect(typeof body.error.fields![field]).toBe("string");
}

describe("validation", () => {
  it.each([
    ["an empty name", { name: "" }, "name"],
    ["a blank name", { name: "   " }, "name"],
    ["no name", { description: "x" }, "name"],
    ["a name of 101 characters", { name: "n".repeat(101) }, "name"],
    ["a name that is a number", { name: 42 }, "name"],
    [
      "endsOn before startsOn",
      { name: "Dates", startsOn: "2025-06-10", endsOn: "2025-06-09" },
      "endsOn",
    ],
    ["an impossible date", { name: "Dates", startsOn: "2025-02-30" }, "startsOn"],
    [
      "an unknown field",
      { name: "Extra", organizerId: "00000000-0000-4000-8000-000000000000" },
      "organizerId",
    ],
  ])(
    "POST /cohorts with %s answers 422 naming the field, and creates nothing",
    async (_label, body, field) => {
      const user = await makeUser();
      await expectInvalid(await api.create(user.token, body), field);
      const list = await expectStatus<CohortListJson>(await api.list(user.token), 200);
      expect(list.items).toEqual([]);
    },
  );

  it("POST /cohorts with endsOn equal to startsOn is accepted", async () => {
    const user = await makeUser();
    await expectStatus(
      await api.create(user.token, {
        name: "One day",
        startsOn: "2025-06-10",
        endsOn: "2025-06-10",
      }),
      201,
    );
  });

  it.each([
    ['shareHours "yes"', { shareHours: "yes" }, "shareHours"],
    ["shareProgress 1", { shareProgress: 1 }, "shareProgress"],
    ["leaderboard null", { leaderboard: null }, "leaderboard"],
    ["an unknown field", { shareEverything: true }, "shareEverything"],
    ["role", { role: "organizer" }, "role"],
  ])(
    "PATCH /membership with %s answers 422 naming the field, and changes nothing",
    async (_label, body, field) => {
      const [organizer, member] = await Promise.all([makeUser(), makeUser()]);
      const cohort = await makeCohort(organizer);
      await joinAs(member, cohort.inviteCode);
      await expectInvalid(await api.membership(member.token, cohort.slug, body), field);
      const [row] = await membershipRows(cohort.slug, member.id);
      expect(row).toMatchObject({
        role: "member",
        shareProgress: true,
        shareHours: false,
        leaderboard: false,
      });
    },
  );

  it("PATCH /membership answers the member's sharing after a partial change", async () => {
    const [organizer, member] = await Promise.all([makeUser(), makeUser()]);
    const cohort = await makeCohort(organizer);
    await joinAs(member, cohort.inviteCode);
    const answer = await expectStatus(
      await api.membership(member.token, cohort.slug, { leaderboard: true }),
      200,
    );
    expect(answer).toEqual({ shareProgress: true, shareHours: false, leaderboard: true });
  });

  it.each([
    ["an empty name", { name: "" }, "name"],
    ["endsOn before startsOn", { startsOn: "2025-06-10", endsOn: "2025-06-01" }, "endsOn"],
    ["an unknown field", { inviteCode: "AAAAAAAAAA" }, "inviteCode"],
  ])("PATCH /cohorts/{slug} with %s answers 422 naming the field", async (_label, body, field) => {
    const organizer = await makeUser();
    const cohort = await makeCohort(organizer);
    await expectInvalid(await api.update(organizer.token, cohort.slug, body), field);
    const d: DashboardJson = await dashboardOf(organizer.token, cohort.slug);
    expect(d.cohort.name).toBe(cohort.name);
    expect(d.cohort.inviteCode).toBe(cohort.inviteCode);
  });

  it("POST /cohorts/join without a code answers 422 naming code", async () => {
    const user = await makeUser();
    await expectInvalid(
      await joinRoute.POST(
        jsonRequest("/api/v1/cohorts/join", { method: "POST", token: user.token, body: {} }),
      ),
      "code",
    );
    await expectInvalid(await api.join(user.token, "   "), "code");
  });

  it("answers 400 for a body that is not JSON", async () => {
    const user = await makeUser();
    await expectError(
      await cohortsRoute.POST(
        jsonRequest("/api/v1/cohorts", { method: "POST", token: user.token, raw: "{name:" }),
      ),
      400,
      "bad_request",
    );
  });
});

describe("empty updates", () => {
  it.each([
    ["PATCH /cohorts/{slug}", (t: string, slug: string) => api.update(t, slug, {})],
    ["PATCH /cohorts/{slug}/membership", (t: string, slug: string) => api.membership(t, slug, {})],
  ])("%s with {} is bad input, not a server error: 200 unchanged or 422", async (_label, call) => {
    const organizer = await makeUser();
    const cohort = await makeCohort(organizer);
    const res = await call(organizer.token, cohort.slug);
    const text = await res.text();
    expect([200, 422], `status ${res.status}: ${text.slice(0, 300)}`).toContain(res.status);
    const d = await dashboardOf(organizer.token, cohort.slug);
    expect(d.cohort.name).toBe(cohort.name);
    expect(d.you).toEqual({ shareProgress: true, shareHours: false, leaderboard: false });
  });
});
