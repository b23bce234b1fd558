/**
 * Which changes emit which webhook events, and to whom (docs/DECISIONS.md, "Webhooks"): the
 * deliveries written in the change's own transaction (no worker runs here, so they stay
 * pending).
 */
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { api as coachingApi, askReview, link } from "@/app/api/v1/coaching/coaching-test-helpers";
import {
  expectStatus,
  recordApi,
  sample,
  todayInZone,
  type TestUser,
} from "@/app/api/v1/me/records-test-helpers";
import { createUser, tokenFor } from "@/app/api/v1/test-helpers";
import { db } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import type { Progress } from "../progress/evaluate";
import { tierBefore } from "../progress/marks";
import { createWebhook } from "./endpoints";

const ALL = ["review.requested", "review.decided", "tier.reached", "cohort.member_joined"] as const;

async function person(name: string): Promise<TestUser & { hook: string }> {
  const u = await createUser({ name });
  const hook = await createWebhook(
    { userId: u.id, via: "session" },
    {},
    {
      url: "https://93.184.215.14/hooks/epoch",
      events: [...ALL],
    },
  );
  return { ...u, token: await tokenFor(u.id), hook: hook.id };
}

async function sent(endpointId: string) {
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.endpointId, [endpointId]))
    .orderBy(webhookDeliveries.at);
  return rows.map((r) => (r.payload as { type: string }).type);
}

describe("reviews", () => {
  let learner: Awaited<ReturnType<typeof person>>;
  let coach: Awaited<ReturnType<typeof person>>;
  let bystander: Awaited<ReturnType<typeof person>>;
  let projectId: string;
  beforeAll(async () => {
    [learner, coach, bystander] = await Promise.all([
      person("Lee Learner"),
      person("Cai Coach"),
      person("Bo Bystander"),
    ]);
    await link(coach, learner);
    projectId = (
      await expectStatus<{ id: string }>(
        await recordApi("projects").create(learner.token, {
          ...(sample("projects", todayInZone("UTC"), 1) as object),
          status: "shipped",
        }),
        201,
      )
    ).id;
  });

  it("a request goes to the learner's and the coach's endpoints, a decision too; no one else's", async () => {
    const reviewId = await askReview(learner, coach, "project", projectId, "Please");
    expect(await sent(learner.hook)).toEqual(["review.requested"]);
    expect(await sent(coach.hook)).toEqual(["review.requested"]);
    const [request] = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, learner.hook));
    expect(request!.payload).toMatchObject({
      type: "review.requested",
      data: {
        review: { id: reviewId, subjectType: "project", subjectId: projectId },
        learner: { id: learner.id, name: "Lee Learner" },
        coach: { id: coach.id },
      },
    });

    await expectStatus(
      await coachingApi.decide(coach.token, reviewId, {
        decision: "request_changes",
        feedback: "Add tests",
      }),
      200,
    );
    expect(await sent(learner.hook)).toEqual(["review.requested", "review.decided"]);
    expect(await sent(coach.hook)).toEqual(["review.requested", "review.decided"]);
    expect(await sent(bystander.hook)).toEqual([]);
  });

  it("a refused request sends nothing", async () => {
    const before = await sent(learner.hook);
    const res = await coachingApi.requestReview(learner.token, {
      subjectType: "project",
      subjectId: projectId,
      coachId: bystander.id,
    });
    expect(res.status).toBe(422);
    expect(await sent(learner.hook)).toEqual(before);
    expect(await sent(bystander.hook)).toEqual([]);
  });
});

describe("tierBefore: the tier held while a milestone was the next one", () => {
  const m = (id: string, tier: number, track: string | null = null) =>
    ({ id, tier, track }) as Progress["milestones"][number];
  const p = { milestones: [m("a", 1), m("b", 2), m("c", 3), m("t", 4, "mlops")] } as Progress;
  it.each([
    ["a", 0],
    ["b", 1],
    ["c", 2],
    ["t", 3],
    ["retired", null],
  ])("%s → %s", (id, tier) => {
    expect(tierBefore(p, id)).toBe(tier);
  });
});
