/**
 * Helpers for the cohort integration tests in this folder: every cohort route
 * handler called directly, with a bearer token (or none, for anonymous),
 * against the test file's own PostgreSQL database (db/testing/).
 */
import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import * as dashboardRoute from "@/app/api/v1/cohorts/[slug]/dashboard/route";
import * as csvRoute from "@/app/api/v1/cohorts/[slug]/export.csv/route";
import * as inviteCodeRoute from "@/app/api/v1/cohorts/[slug]/invite-code/route";
import * as memberRoute from "@/app/api/v1/cohorts/[slug]/members/[userId]/route";
import * as membershipRoute from "@/app/api/v1/cohorts/[slug]/membership/route";
import * as cohortRoute from "@/app/api/v1/cohorts/[slug]/route";
import * as joinRoute from "@/app/api/v1/cohorts/join/route";
import * as cohortsRoute from "@/app/api/v1/cohorts/route";
import * as activitiesRoute from "@/app/api/v1/me/activities/route";
import * as projectsRoute from "@/app/api/v1/me/projects/route";
import * as skillRoute from "@/app/api/v1/me/skills/[skillSlug]/route";
import { db } from "@/db/client";
import { cohortMembers, cohorts } from "@/db/schema";
import { expectStatus } from "../me/records-test-helpers";
import { createUser, jsonRequest, routeParams, tokenFor } from "../test-helpers";

export {
  expectError,
  expectStatus,
  parseCsv,
  shiftDate,
  todayInZone,
} from "../me/records-test-helpers";

/** `undefined`: an anonymous request. */
export type Token = string | undefined;

// ── The API ─────────────────────────────────────────────────────────────────

export const api = {
  create: (token: Token, body: unknown) =>
    cohortsRoute.POST(jsonRequest("/api/v1/cohorts", { method: "POST", token, body })),
  list: (token: Token) => cohortsRoute.GET(jsonRequest("/api/v1/cohorts", { token })),
  join: (token: Token, code: string) =>
    joinRoute.POST(jsonRequest("/api/v1/cohorts/join", { method: "POST", token, body: { code } })),
  update: (token: Token, slug: string, body: unknown) =>
    cohortRoute.PATCH(
      jsonRequest(`/api/v1/cohorts/${slug}`, { method: "PATCH", token, body }),
      routeParams({ slug }),
    ),
  dashboard: (token: Token, slug: string) =>
    dashboardRoute.GET(
      jsonRequest(`/api/v1/cohorts/${slug}/dashboard`, { token }),
      routeParams({ slug }),
    ),
  csv: (token: Token, slug: string) =>
    csvRoute.GET(
      jsonRequest(`/api/v1/cohorts/${slug}/export.csv`, { token }),
      routeParams({ slug }),
    ),
  membership: (token: Token, slug: string, body: unknown) =>
    membershipRoute.PATCH(
      jsonRequest(`/api/v1/cohorts/${slug}/membership`, { method: "PATCH", token, body }),
      routeParams({ slug }),
    ),
  rotate: (token: Token, slug: string) =>
    inviteCodeRoute.POST(
      jsonRequest(`/api/v1/cohorts/${slug}/invite-code`, { method: "POST", token }),
      routeParams({ slug }),
    ),
  remove: (token: Token, slug: string, userId: string) =>
    memberRoute.DELETE(
      jsonRequest(`/api/v1/cohorts/${slug}/members/${userId}`, { method: "DELETE", token }),
      routeParams({ slug, userId }),
    ),
  role: (token: Token, slug: string, userId: string, body: unknown) =>
    memberRoute.PATCH(
      jsonRequest(`/api/v1/cohorts/${slug}/members/${userId}`, { method: "PATCH", token, body }),
      routeParams({ slug, userId }),
    ),
};

// ── Answers ─────────────────────────────────────────────────────────────────

export type TierRef = { number: number; name: string };

/** A member as the dashboard shows them; the optional keys exist only when shared. */
export type CohortRoleJson = "organizer" | "coach" | "member";

export type MemberJson = {
  userId: string;
  name: string | null;
  role: CohortRoleJson;
  tier?: TierRef;
  nextTier?: TierRef | null;
  nextTrack?: string | null;
  metMilestones?: string[];
  nextMilestone?: { id: string; title: string } | null;
  hoursThisWeek?: number;
  hoursThisMonth?: number;
  inactive?: boolean;
};

export type DashboardJson = {
  cohort: {
    slug: string;
    name: string;
    description: string | null;
    startsOn: string | null;
    endsOn: string | null;
    role: CohortRoleJson;
    memberCount: number;
    learnerCount: number;
    inviteCode?: string;
  };
  you: { shareProgress: boolean; shareHours: boolean; leaderboard: boolean } | null;
  members: MemberJson[];
  tierDistribution: { tier: number; name: string; count: number }[];
  notSharingProgress: number;
  weeklyHours: { weekStart: string; hours: number }[];
  grid: {
    tiers: {
      tier: TierRef;
      track: { slug: string; name: string } | null;
      milestones: { id: string; title: string }[];
    }[];
  };
  leaderboard: { userId: string; name: string | null; hours: number }[];
  /** Organizers and cohort coaches only. */
  stuck?: {
    userId: string;
    name: string | null;
    reason: "inactive" | "same_milestone";
    since: string | null;
    milestone?: { id: string; title: string };
  }[];
};

export type CohortListJson = {
  items: {
    slug: string;
    name: string;
    description: string | null;
    startsOn: string | null;
    endsOn: string | null;
    role: CohortRoleJson;
    memberCount: number;
  }[];
};

/** The dashboard as `token` sees it; expects 200. */
export async function dashboardOf(token: string, slug: string): Promise<DashboardJson> {
  return expectStatus<DashboardJson>(await api.dashboard(token, slug), 200);
}

/** One member's entry in a dashboard; fails when they are not in it. */
export function entryOf(dashboard: DashboardJson, userId: string): MemberJson {
  const entry = dashboard.members.find((m) => m.userId === userId);
  expect(entry, `member ${userId} should be on the dashboard`).toBeDefined();
  return entry!;
}

/** The keys of a member entry, sorted: what exists in the JSON, not what is null. */
export const keysOf = (entry: object) => Object.keys(entry).sort();

// ── Users and cohorts ───────────────────────────────────────────────────────

export type CohortUser = { id: string; name: string; token: string };

let counter = 0;

/** A user inserted directly (no argon2 per user) with a personal access token. */
export async function makeUser(name = `Cohort user ${counter++}`): Promise<CohortUser> {
  const user = await createUser({ name });
  return { id: user.id, name, token: await tokenFor(user.id) };
}

export type TestCohort = { slug: string; name: string; inviteCode: string };

/** A cohort created through POST /api/v1/cohorts by `organizer`; expects 201. */
export async function makeCohort(
  organizer: CohortUser,
  body: Record<string, unknown> = {},
): Promise<TestCohort> {
  const name = `Cohort ${counter++}`;
  return expectStatus<TestCohort>(await api.create(organizer.token, { name, ...body }), 201);
}

/** Joins through POST /api/v1/cohorts/join; expects 200. */
export async function joinAs(user: CohortUser, code: string): Promise<void> {
  await expectStatus(await api.join(user.token, code), 200);
}

/** Sets what the member shares through PATCH .../membership; expects 200. */
export async function share(
  user: CohortUser,
  slug: string,
  sharing: { shareProgress?: boolean; shareHours?: boolean; leaderboard?: boolean },
): Promise<void> {
  await expectStatus(await api.membership(user.token, slug, sharing), 200);
}

export async function cohortIdOf(slug: string): Promise<string> {
  const [row] = await db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.slug, slug));
  return row!.id;
}

/** The membership rows of a user in a cohort (0 or 1). */
export async function membershipRows(slug: string, userId: string) {
  const cohortId = await cohortIdOf(slug);
  return db
    .select()
    .from(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)));
}

// ── Learner data, through the learner's own API ─────────────────────────────

/** Logs study time through POST /api/v1/me/activities; expects 201. */
export async function logMinutes(user: CohortUser, date: string, minutes: number): Promise<void> {
  const body = { date, minutes, kind: "practice", title: `Study ${counter++}` };
  await expectStatus(
    await activitiesRoute.POST(
      jsonRequest("/api/v1/me/activities", { method: "POST", token: user.token, body }),
    ),
    201,
  );
}

/** Rates a skill through PUT /api/v1/me/skills/{slug}; expects 200. */
export async function rateSkill(user: CohortUser, skillSlug: string, level: number): Promise<void> {
  await expectStatus(
    await skillRoute.PUT(
      jsonRequest(`/api/v1/me/skills/${skillSlug}`, {
        method: "PUT",
        token: user.token,
        body: { level },
      }),
      routeParams({ skillSlug }),
    ),
    200,
  );
}

/**
 * Everything tier 1 (Foundations) asks for: python, linear algebra, calculus
 * and probability at 2, SQL at 1, 20 hours logged (dated `date`) and a
 * project being built.
 */
export async function reachTierOne(user: CohortUser, date: string): Promise<void> {
  for (const slug of ["python", "linear-algebra", "calculus", "probability"])
    await rateSkill(user, slug, 2);
  await rateSkill(user, "sql", 1);
  await logMinutes(user, date, 1200);
  await expectStatus(
    await projectsRoute.POST(
      jsonRequest("/api/v1/me/projects", {
        method: "POST",
        token: user.token,
        body: { title: "First model", status: "building" },
      }),
    ),
    201,
  );
}

// ── Dates, computed independently of lib/dates ──────────────────────────────

/** The Monday that starts the ISO week of a `YYYY-MM-DD` date. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** Minutes as the dashboard shows hours: one decimal. */
export const asHours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
