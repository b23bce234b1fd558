/**
 * GET /api/v1/me/plan (docs/DECISIONS.md, "The plan to a target track"): the caller's own plan,
 * by token or session; nobody else's, whatever their link to the owner (coach, cohort); 401
 * anonymous. The answer's shape, and the steps in the order to take them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/v1/me/route";
import * as skillRoute from "@/app/api/v1/me/skills/[skillSlug]/route";
import { operations } from "@/lib/api/operations";
import { MILESTONES } from "@/lib/roadmap/content";
import { link } from "../../coaching/coaching-test-helpers";
import { api as cohortApi } from "../../cohorts/cohorts-test-helpers";
import {
  expectError,
  expectStatus,
  makeUser,
  params,
  recordApi,
  request,
  todayInZone,
  type TestUser,
} from "../records-test-helpers";
import { jsonRequest, signIn } from "../../test-helpers";
import * as planRoute from "./route";

type Plan = {
  track: string | null;
  steps: {
    milestoneId: string;
    title: string;
    remaining: { current: number; target: number; unit: string };
    estimateHours: number | null;
  }[];
  onTrack: boolean | null;
  projectedDate: string | null;
};

const get = (token?: string) => planRoute.GET(request("/api/v1/me/plan", { token }));
const planOf = async (user: TestUser) => expectStatus<Plan>(await get(user.token), 200);
const titleOf = (id: string) => MILESTONES.find((m) => m.id === id)!.title;
const byTitle = (title: string) => MILESTONES.find((m) => m.title === title)!.id;

let owner: TestUser;
let other: TestUser;
let coach: TestUser;
let organizer: TestUser;
let member: TestUser;

async function setSkill(user: TestUser, skill: string, level: number) {
  await expectStatus(
    await skillRoute.PUT(
      request(`/api/v1/me/skills/${skill}`, { method: "PUT", token: user.token, body: { level } }),
      params({ skillSlug: skill }),
    ),
    200,
  );
}

beforeAll(async () => {
  [owner, other, coach, organizer, member] = await Promise.all([
    makeUser("owner"),
    makeUser("other"),
    makeUser("coach"),
    makeUser("organizer"),
    makeUser("member"),
  ]);
  // The owner: Foundations met, 25 hours logged, aiming at MLOps by a date far ahead at 5 h a week.
  await expectStatus(
    await meRoute.PATCH(
      request("/api/v1/me", {
        method: "PATCH",
        token: owner.token,
        body: { targetTrack: "mlops", targetDate: "2099-01-01", weeklyHoursGoal: 5 },
      }),
    ),
    200,
  );
  for (const [skill, level] of [
    ["python", 2],
    ["linear-algebra", 2],
    ["calculus", 2],
    ["probability", 2],
    ["sql", 1],
  ] as const)
    await setSkill(owner, skill, level);
  // 25 hours over the last five days (a day holds at most 24).
  const today = todayInZone("UTC");
  const activities = recordApi("activities");
  for (let i = 0; i < 5; i++) {
    const day = new Date(`${today}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - i);
    await expectStatus(
      await activities.create(owner.token, {
        date: day.toISOString().slice(0, 10),
        minutes: 300,
        kind: "course",
        title: `A long course, day ${i + 1}`,
      }),
      201,
    );
  }
  await expectStatus(
    await recordApi("projects").create(owner.token, { title: "Churn", status: "building" }),
    201,
  );

  await link(coach, owner);
  const cohort = await expectStatus<{ slug: string; inviteCode: string }>(
    await cohortApi.create(organizer.token, { name: "Plan cohort" }),
    201,
  );
  for (const u of [owner, member])
    await expectStatus(await cohortApi.join(u.token, cohort.inviteCode), 200);
  await expectStatus(
    await cohortApi.membership(owner.token, cohort.slug, { shareProgress: true, shareHours: true }),
    200,
  );
});

describe("GET /api/v1/me/plan", () => {
  it("answers the owner's plan in the documented shape", async () => {
    const plan = await planOf(owner);
    expect(operations.getPlan.response.safeParse(plan).success).toBe(true);
    expect(plan.track).toBe("mlops");
    // Tiers 2 and 3 and the MLOps track, none met: 10 + 11 + 6 steps.
    expect(plan.steps).toHaveLength(27);
    for (const s of plan.steps) expect(s.title).toBe(titleOf(s.milestoneId));
    // 475 hours still to log at 5 a week: 95 weeks, well before 2099.
    const hours = plan.steps.filter((s) => s.estimateHours !== null);
    expect(hours.map((s) => [s.title, s.estimateHours])).toEqual([
      ["150 hours of study logged", 125],
      ["500 hours of study logged", 475],
    ]);
    expect(
      plan.steps.filter((s) => s.remaining.unit !== "hours").every((s) => s.estimateHours === null),
    ).toBe(true);
    const projected = new Date(`${todayInZone("UTC")}T00:00:00Z`);
    projected.setUTCDate(projected.getUTCDate() + 95 * 7);
    expect(plan.projectedDate).toBe(projected.toISOString().slice(0, 10));
    expect(plan.onTrack).toBe(true);
  });

  it("ranks the steps least effort first, nested targets in order, 500 hours last", async () => {
    const { steps } = await planOf(owner);
    const at = (title: string) => steps.findIndex((s) => s.milestoneId === byTitle(title));
    // One level to go (Python 2 → 3) comes before two (Python 2 → 4), both before 125 hours.
    expect(at("Python at proficient level")).toBeLessThan(at("Python at expert level"));
    expect(at("Python at expert level")).toBeLessThan(at("150 hours of study logged"));
    expect(steps.at(-1)!.title).toBe("500 hours of study logged");
    const toGo = steps.map((s) => s.remaining.target - s.remaining.current);
    expect(toGo).toEqual([...toGo].sort((a, b) => a - b));
    expect(steps[0]!.remaining).toMatchObject({ current: 2, target: 3, unit: "level" });
  });

  it("follows a change of target date: behind when the date comes before the projection", async () => {
    const patch = (body: Record<string, unknown>) =>
      meRoute.PATCH(request("/api/v1/me", { method: "PATCH", token: other.token, body }));
    await expectStatus(
      await patch({ targetTrack: "mlops", targetDate: todayInZone("UTC"), weeklyHoursGoal: 10 }),
      200,
    );
    expect(await planOf(other)).toMatchObject({ track: "mlops", onTrack: false });
    await expectStatus(await patch({ weeklyHoursGoal: 0 }), 200);
    expect(await planOf(other)).toMatchObject({ onTrack: null, projectedDate: null });
    await expectStatus(
      await patch({ targetTrack: null, targetDate: null, weeklyHoursGoal: 10 }),
      200,
    );
  });

  it("answers anyone else their own plan, never the owner's (another learner, coach, organizer, member)", async () => {
    for (const user of [other, coach, organizer, member]) {
      const plan = await planOf(user);
      // A new account: no target track, the Foundations ahead, none of the owner's progress.
      expect(plan.track).toBeNull();
      expect(plan.onTrack).toBeNull();
      expect(plan.steps.map((s) => s.title).sort()).toEqual(
        MILESTONES.filter((m) => m.tier === 1)
          .map((m) => m.title)
          .sort(),
      );
      expect(plan.steps.every((s) => s.remaining.current === 0)).toBe(true);
    }
  });

  it("answers the session's user with a session cookie", async () => {
    const { cookie } = await signIn(owner.id);
    const plan = await expectStatus<Plan>(
      await planRoute.GET(jsonRequest("/api/v1/me/plan", { cookie })),
      200,
    );
    expect(plan.track).toBe("mlops");
  });

  it("answers 401 without credentials, or with a token that is not one", async () => {
    await expectError(await get(), 401, "unauthorized");
    await expectError(await get("epoch_not-a-token"), 401, "unauthorized");
  });
});
