/**
 * Webhook deliveries end to end inside one process (docs/DECISIONS.md, "Webhooks"): events
 * queued in PostgreSQL, the graphile-worker runner delivering them to local receivers
 * (on 127.0.0.1, allowed by WEBHOOKS_ALLOW_LOCALHOST), signatures checked with the
 * `standardwebhooks` library's own verify, retries logged per attempt, a day of failures
 * disabling the endpoint, and a cohort's endpoint getting only what members share.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, type TestUser } from "@/app/api/v1/test-helpers";
import { db } from "@/db/client";
import {
  cohortMembers,
  cohortMilestones,
  notifications,
  webhookDeliveries,
  webhookEndpoints,
} from "@/db/schema";
import { createCohort, membershipIn } from "../cohorts/cohorts";
import { setCohortMilestoneAttestation } from "../cohorts/milestone-mutations";
import { joinCohort, updateMembership } from "../cohorts/membership";
import { removeMember } from "../cohorts/members";
import type { Actor } from "../policy";
import type { Progress } from "../progress/evaluate";
import { recordProgressMarks } from "../progress/marks";
import { createWebhook, listDeliveries, updateWebhook } from "./endpoints";
import { emitEvent } from "./events";
import { startReceiver, type Receiver } from "./receiver-test-helpers";
import { pruneDeliveries, startWebhookWorker, stopWebhookWorker } from "./worker";

process.env.WEBHOOKS_ALLOW_LOCALHOST = "1";
const RETRY_DELAYS = [300, 900];

const actorOf = (u: TestUser): Actor => ({ userId: u.id, via: "session" });
let ok: Receiver;
let failing: Receiver;
let cohortReceiver: Receiver;

beforeAll(async () => {
  ok = await startReceiver();
  failing = await startReceiver();
  failing.answer(500);
  cohortReceiver = await startReceiver();
  await startWebhookWorker({ retryDelaysMs: RETRY_DELAYS, pollIntervalMs: 100, timeoutMs: 2_000 });
});
afterAll(async () => {
  await stopWebhookWorker();
  await Promise.all([ok.close(), failing.close(), cohortReceiver.close()]);
});

async function attempts(endpointId: string) {
  return db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(asc(webhookDeliveries.attempt), asc(webhookDeliveries.at));
}

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a learner's endpoint", () => {
  it("gets a signed delivery of an event it subscribed to; the attempt is logged with its response code", async () => {
    const learner = await createUser({ name: "Ada Hook" });
    const made = await createWebhook(
      actorOf(learner),
      {},
      {
        url: `${ok.url}?who=ada`,
        events: ["review.requested"],
      },
    );
    expect(made.secret).toMatch(/^whsec_/);
    const before = ok.received.length;
    // Not subscribed: nothing is queued.
    expect(
      await emitEvent(null, { type: "review.decided", userId: learner.id, data: { x: 1 } }),
    ).toBe(0);
    expect(
      await emitEvent(null, {
        type: "review.requested",
        userId: learner.id,
        data: { review: { id: "r1" } },
      }),
    ).toBe(1);

    const [req] = (await ok.waitFor(before + 1)).slice(before);
    const headers = {
      "webhook-id": String(req!.headers["webhook-id"]),
      "webhook-timestamp": String(req!.headers["webhook-timestamp"]),
      "webhook-signature": String(req!.headers["webhook-signature"]),
    };
    expect(headers["webhook-id"]).toMatch(/^msg_[0-9a-f]{32}$/);
    const verified = new Webhook(made.secret).verify(req!.body, headers) as {
      type: string;
      timestamp: string;
      data: unknown;
    };
    expect(verified.type).toBe("review.requested");
    expect(verified.data).toEqual({ review: { id: "r1" } });
    expect(new Date(verified.timestamp).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Another secret does not verify it; a changed body does not either.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 7).toString("base64")}`).verify(req!.body, headers),
    ).toThrow();
    expect(() => new Webhook(made.secret).verify(req!.body.replace("r1", "r2"), headers)).toThrow();

    const log = await until(
      () => attempts(made.id),
      (rows) => rows[0]?.status === "succeeded",
    );
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ attempt: 1, responseCode: 200, error: null });
    const listed = await listDeliveries(actorOf(learner), {}, made.id, { limit: 20 });
    expect(listed.items).toEqual([
      expect.objectContaining({
        event: "review.requested",
        attempt: 1,
        status: "succeeded",
        responseCode: 200,
      }),
    ]);
    // The secret is stored sealed, never as it was shown.
    const [stored] = await db
      .select({ s: webhookEndpoints.secretEncrypted })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, made.id));
    expect(stored!.s).not.toContain(made.secret.slice(6, 20));
  });

  it("queues nothing for a change that rolled back", async () => {
    const started = new Date();
    const learner = await createUser();
    const made = await createWebhook(
      actorOf(learner),
      {},
      {
        url: ok.url,
        events: ["badge.issued"],
      },
    );
    await expect(
      db.transaction(async (tx) => {
        expect(
          await emitEvent(tx, { type: "badge.issued", userId: learner.id, data: { badge: 1 } }),
        ).toBe(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await attempts(made.id)).toEqual([]);
    // Nor a job: none was added since this test began (jobs done are removed by the queue).
    const [{ jobs }] = (await db.execute(
      sql`select count(*)::int as jobs from graphile_worker.jobs
          where task_identifier = 'webhook_delivery' and created_at >= ${started.toISOString()}::timestamptz`,
    )) as unknown as [{ jobs: number }];
    expect(jobs).toBe(0);
  });

  it("retries a failing receiver with growing waits, logging each attempt with its response code", async () => {
    const learner = await createUser();
    const made = await createWebhook(
      actorOf(learner),
      {},
      {
        url: failing.url,
        events: ["tier.reached"],
      },
    );
    const before = failing.received.length;
    await emitEvent(null, { type: "tier.reached", userId: learner.id, data: { tier: 1 } });
    const got = (await failing.waitFor(before + 3)).slice(before);
    const log = await until(
      () => attempts(made.id),
      (rows) => rows.length === 3 && rows.every((r) => r.status === "failed"),
    );
    expect(log.map((r) => [r.attempt, r.status, r.responseCode])).toEqual([
      [1, "failed", 500],
      [2, "failed", 500],
      [3, "failed", 500],
    ]);
    expect(log[0]!.error).toBe("answered 500");
    // One message: every attempt carries the same webhook-id.
    expect(new Set(got.map((r) => r.headers["webhook-id"])).size).toBe(1);
    expect(new Set(log.map((r) => r.messageId)).size).toBe(1);
    // The waits follow the schedule, the second longer than the first.
    const gap1 = got[1]!.at - got[0]!.at;
    const gap2 = got[2]!.at - got[1]!.at;
    expect(gap1).toBeGreaterThanOrEqual(RETRY_DELAYS[0]!);
    expect(gap2).toBeGreaterThanOrEqual(RETRY_DELAYS[1]!);
    // The schedule ends there: no fourth attempt, and the endpoint is failing, not yet disabled.
    await new Promise((r) => setTimeout(r, 1_200));
    expect(failing.received.length).toBe(before + 3);
    const [endpoint] = await db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, made.id));
    expect(endpoint!.failingSince).not.toBeNull();
    expect(endpoint!.disabledAt).toBeNull();
  });

  it("after a day of failures, disables the endpoint and notifies its owner; re-enabling clears it", async () => {
    const learner = await createUser();
    const made = await createWebhook(
      actorOf(learner),
      {},
      {
        url: failing.url,
        events: ["tier.reached"],
      },
    );
    await db
      .update(webhookEndpoints)
      .set({ failingSince: sql`now() - interval '25 hours'` })
      .where(eq(webhookEndpoints.id, made.id));
    const before = failing.received.length;
    await emitEvent(null, { type: "tier.reached", userId: learner.id, data: { tier: 2 } });
    await failing.waitFor(before + 1);
    const [endpoint] = await until(
      () => db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, made.id)),
      (rows) => rows[0]?.disabledAt != null,
    );
    expect(endpoint!.disabledAt).not.toBeNull();
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, learner.id), eq(notifications.kind, "webhook_disabled")));
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toContain(failing.host);
    expect(told[0]!.link).toBe("/settings#webhooks");
    // No retry is queued, and a new event is not delivered while disabled.
    await new Promise((r) => setTimeout(r, 700));
    expect(await attempts(made.id)).toHaveLength(1);
    expect(
      await emitEvent(null, { type: "tier.reached", userId: learner.id, data: { tier: 3 } }),
    ).toBe(0);

    const again = await updateWebhook(actorOf(learner), {}, made.id, { active: true });
    expect(again).toMatchObject({ active: true, disabledAt: null, failingSince: null });
    expect(
      await emitEvent(null, { type: "tier.reached", userId: learner.id, data: { tier: 3 } }),
    ).toBe(1);
  });
});

// ── A cohort's endpoint ─────────────────────────────────────────────────────

function progressAt(tier: number, ids: string[]): Progress {
  return {
    tier: { number: tier, name: `Tier ${tier}` },
    nextTier: { number: tier + 1, name: `Tier ${tier + 1}` },
    track: null,
    milestones: ids.map((id, i) => ({
      id,
      tier: i + 1,
      track: null,
      title: `Milestone ${i + 1}`,
      kind: "attested",
      met: i < tier,
      attested: i < tier,
      verified: false,
      progress: { current: 0, target: 1 },
    })),
    nextSteps: [],
    towardNext: 0,
  } as Progress;
}

describe("a cohort's endpoint", () => {
  let organizer: TestUser;
  let sharing: TestUser;
  let private_: TestUser;
  let slug: string;
  let code: string;
  let cohortId: string;
  let endpointId: string;

  beforeAll(async () => {
    [organizer, sharing, private_] = await Promise.all([
      createUser({ name: "Olga Organizer" }),
      createUser({ name: "Sam Shares" }),
      createUser({ name: "Pat Private" }),
    ]);
    const made = await createCohort(actorOf(organizer), { name: "Hook cohort" });
    slug = made.slug;
    code = made.inviteCode;
    cohortId = (await membershipIn(actorOf(organizer), slug)).cohort!.id;
    const endpoint = await createWebhook(
      actorOf(organizer),
      { cohortSlug: slug },
      {
        url: cohortReceiver.url,
        events: [
          "tier.reached",
          "cohort.member_joined",
          "cohort.member_left",
          "cohort.milestone_completed",
        ],
      },
    );
    endpointId = endpoint.id;
  });

  // The events the endpoint was sent, in the order they happened.
  const events = async () =>
    (await attempts(endpointId))
      .map(
        (d) =>
          d.payload as { type: string; timestamp: string; data: Record<string, { id?: string }> },
      )
      .sort((a, b) => a.timestamp.localeCompare(b.timestamp))
      .map((p) => [p.type, p.data.member?.id ?? p.data.learner?.id]);

  it("hears of members joining and leaving", async () => {
    await joinCohort(actorOf(sharing), code);
    await joinCohort(actorOf(private_), code);
    await updateMembership(actorOf(private_), slug, { shareProgress: false });
    expect(await events()).toEqual([
      ["cohort.member_joined", sharing.id],
      ["cohort.member_joined", private_.id],
    ]);
    // Joining again changes nothing and tells nothing.
    await joinCohort(actorOf(sharing), code);
    expect(await events()).toHaveLength(2);
    await cohortReceiver.waitFor(2);
  });

  it("gets a member's tier only from one who shares progress with the cohort", async () => {
    const ids = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const u of [sharing, private_]) {
      await recordProgressMarks(new Map([[u.id, progressAt(0, ids)]]));
      await recordProgressMarks(new Map([[u.id, progressAt(1, ids)]]));
    }
    const tiers = (await events()).filter(([t]) => t === "tier.reached");
    expect(tiers).toEqual([["tier.reached", sharing.id]]);
    const [delivery] = (await attempts(endpointId)).filter((d) => d.event === "tier.reached");
    expect((delivery!.payload as { data: unknown }).data).toEqual({
      learner: { id: sharing.id, name: "Sam Shares" },
      tier: { number: 1, name: "Tier 1" },
      previousTier: 0,
    });
    // The same tier seen again (another read) is not news.
    await recordProgressMarks(new Map([[sharing.id, progressAt(1, ids)]]));
    expect((await events()).filter(([t]) => t === "tier.reached")).toHaveLength(1);
  });

  it("gets a check-off of the cohort's milestone only from one who shares progress", async () => {
    const [milestone] = await db
      .insert(cohortMilestones)
      .values({ cohortId, title: "Demo day", kind: "attested" })
      .returning({ id: cohortMilestones.id });
    await setCohortMilestoneAttestation(actorOf(sharing), slug, milestone!.id, true);
    await setCohortMilestoneAttestation(actorOf(private_), slug, milestone!.id, true);
    const completed = (await events()).filter(([t]) => t === "cohort.milestone_completed");
    expect(completed).toEqual([["cohort.milestone_completed", sharing.id]]);
  });

  it("hears of a member leaving, whatever they share", async () => {
    await removeMember(actorOf(private_), slug, private_.id);
    expect((await events()).at(-1)).toEqual(["cohort.member_left", private_.id]);
    const [stillThere] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(cohortMembers)
      .where(eq(cohortMembers.cohortId, cohortId));
    expect(stillThere!.n).toBe(2);
  });
});

describe("the delivery log", () => {
  it("keeps 30 days of attempts: older ones are pruned, pending ones stay", async () => {
    const learner = await createUser();
    const made = await createWebhook(
      actorOf(learner),
      {},
      {
        url: ok.url,
        events: ["badge.issued"],
        active: false,
      },
    );
    const row = (status: "succeeded" | "failed" | "pending", daysAgo: number) => ({
      endpointId: made.id,
      messageId: `msg_${status}_${daysAgo}`,
      event: "badge.issued" as const,
      payload: {},
      attempt: 1,
      status,
      at: new Date(Date.now() - daysAgo * 86_400_000),
    });
    await db
      .insert(webhookDeliveries)
      .values([row("succeeded", 31), row("failed", 40), row("pending", 45), row("succeeded", 29)]);
    expect(await pruneDeliveries()).toBeGreaterThanOrEqual(2);
    const left = await attempts(made.id);
    expect(left.map((d) => d.messageId).sort()).toEqual(["msg_pending_45", "msg_succeeded_29"]);
  });
});
