import { and, eq, isNull, sql } from "drizzle-orm";
import type { Runner } from "graphile-worker";
import { Webhook } from "standardwebhooks";
import { db, type Database, type Transaction } from "@/db/client";
import { cohortMembers, cohorts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { unseal } from "../crypto/sealed";
import { notify } from "../notifications/notifications";
import { SECRET_PURPOSE } from "./endpoints";
import { DELIVERY_TASK, queueDeliveries } from "./events";
import { DELIVERY_TIMEOUT_MS, sendDelivery } from "./send";

/**
 * Delivering webhooks (docs/DECISIONS.md, "Webhooks"). Each queued job makes one attempt: it
 * signs the stored payload (Standard Webhooks, the `standardwebhooks` package), posts it
 * through the SSRF guard, and logs the outcome on the attempt's row. A failed attempt queues
 * the next after RETRY_DELAYS_MS (its row is written at once as pending, `at` its due time);
 * an endpoint whose deliveries have failed for a day is disabled and its owner notified.
 * graphile-worker keeps the jobs in PostgreSQL and runs them in the app's processes.
 */

/** Waits before the 2nd…8th attempt, as the Standard Webhooks spec suggests: ~27 h in all. */
export const RETRY_DELAYS_MS = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

export type DeliveryOptions = { retryDelaysMs?: number[]; timeoutMs?: number };

/** Makes the attempt a pending delivery row stands for; a row no longer pending is left alone. */
export async function deliverOnce(deliveryId: string, options: DeliveryOptions = {}) {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const [row] = await db
    .select({
      delivery: webhookDeliveries,
      url: webhookEndpoints.url,
      secret: webhookEndpoints.secretEncrypted,
      active: webhookEndpoints.active,
      disabledAt: webhookEndpoints.disabledAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!row || row.delivery.status !== "pending") return;
  const d = row.delivery;
  const settle = (
    values: Partial<typeof webhookDeliveries.$inferInsert>,
    tx: Database | Transaction = db,
  ) =>
    tx
      .update(webhookDeliveries)
      .set({ ...values, at: sql`now()` })
      .where(and(eq(webhookDeliveries.id, d.id), eq(webhookDeliveries.status, "pending")));
  if (!row.active || row.disabledAt) {
    await settle({ status: "failed", error: "not sent: the endpoint is turned off" });
    return;
  }

  const body = JSON.stringify(d.payload);
  const now = new Date();
  const signature = new Webhook(unseal(SECRET_PURPOSE, row.secret)).sign(d.messageId, now, body);
  const result = await sendDelivery(
    row.url,
    {
      "webhook-id": d.messageId,
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": signature,
    },
    body,
    options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
  );

  await db.transaction(async (tx) => {
    await settle(
      {
        status: result.ok ? "succeeded" : "failed",
        responseCode: result.responseCode,
        error: result.error?.slice(0, 500) ?? null,
      },
      tx,
    );
    if (result.ok) {
      await tx
        .update(webhookEndpoints)
        .set({ failingSince: null })
        .where(and(eq(webhookEndpoints.id, d.endpointId), sql`failing_since is not null`));
      return;
    }
    // Failing since the first failure: set once. Neither coalesce(…, now()) nor now() in
    // RETURNING: Citus refuses volatile functions there.
    await tx
      .update(webhookEndpoints)
      .set({ failingSince: sql`now()` })
      .where(and(eq(webhookEndpoints.id, d.endpointId), isNull(webhookEndpoints.failingSince)));
    const [endpoint] = await tx
      .select({ failingSince: webhookEndpoints.failingSince })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, d.endpointId));
    const failingFor = endpoint?.failingSince ? Date.now() - endpoint.failingSince.getTime() : 0;
    if (failingFor >= 24 * 60 * 60 * 1000) return disable(tx, d.endpointId);
    const delay = delays[d.attempt - 1];
    if (delay === undefined) return;
    const runAt = new Date(Date.now() + delay);
    const [next] = await tx
      .insert(webhookDeliveries)
      .values({
        endpointId: d.endpointId,
        messageId: d.messageId,
        event: d.event,
        payload: d.payload,
        attempt: d.attempt + 1,
        status: "pending",
        at: runAt,
      })
      .returning({ id: webhookDeliveries.id });
    await queueDeliveries(tx, [next!.id], runAt);
  });
}

/** A day of failures: the endpoint stops, and its owner (a cohort's organizers) is told. */
async function disable(tx: Transaction, endpointId: string) {
  const [endpoint] = await tx
    .update(webhookEndpoints)
    .set({ disabledAt: sql`now()` })
    .where(and(eq(webhookEndpoints.id, endpointId), isNull(webhookEndpoints.disabledAt)))
    .returning({
      url: webhookEndpoints.url,
      userId: webhookEndpoints.userId,
      cohortId: webhookEndpoints.cohortId,
    });
  if (!endpoint) return;
  const host = new URL(endpoint.url).host;
  const title = `Webhook to ${host} disabled after a day of failed deliveries`;
  if (endpoint.userId) {
    await notify(tx, endpoint.userId, "webhook_disabled", title, "/settings#webhooks");
    return;
  }
  const organizers = await tx
    .select({ userId: cohortMembers.userId, slug: cohorts.slug })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(
      and(eq(cohortMembers.cohortId, endpoint.cohortId!), eq(cohortMembers.role, "organizer")),
    );
  for (const o of organizers)
    await notify(tx, o.userId, "webhook_disabled", title, `/cohorts/${o.slug}#webhooks`);
}

/** How long the delivery log keeps attempts (pruned daily by the queue's cron). */
export const DELIVERY_LOG_DAYS = 30;

/** Removes attempts older than DELIVERY_LOG_DAYS (pending ones stay until they run). */
export async function pruneDeliveries(): Promise<number> {
  const gone = await db
    .delete(webhookDeliveries)
    .where(
      and(
        sql`${webhookDeliveries.at} < now() - make_interval(days => ${DELIVERY_LOG_DAYS})`,
        sql`${webhookDeliveries.status} <> 'pending'`,
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return gone.length;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type WorkerState = { runner?: Promise<Runner> };
const state = globalThis as unknown as { __epochWebhookWorker?: WorkerState };

/**
 * Starts the delivery worker in this process (once; lib/startup.ts calls it at start-up). Every
 * app process runs one; they share the queue through PostgreSQL (SKIP LOCKED), so each job
 * runs once whatever the number of processes.
 */
export function startWebhookWorker(
  options: DeliveryOptions & { connectionString?: string; pollIntervalMs?: number } = {},
): Promise<Runner> {
  const s = (state.__epochWebhookWorker ??= {});
  s.runner ??= (async () => {
    const { run, Logger } = await import("graphile-worker");
    const logger = new Logger(() => (level, message) => {
      if (level === "error" || level === "warning") console.warn(`Webhook worker: ${message}`);
    });
    return run({
      connectionString: options.connectionString ?? process.env.DATABASE_URL,
      concurrency: 2,
      maxPoolSize: 3,
      pollInterval: options.pollIntervalMs ?? 2_000,
      noHandleSignals: true,
      logger,
      // Once a day, whichever process gets there first (graphile-worker's cron is shared).
      crontab: "17 3 * * * webhook_prune",
      taskList: {
        webhook_prune: async () => {
          await pruneDeliveries();
        },
        [DELIVERY_TASK]: async (payload) => {
          const id = (payload as { deliveryId?: unknown } | null)?.deliveryId;
          if (typeof id === "string" && UUID.test(id)) await deliverOnce(id, options);
        },
      },
    });
  })();
  s.runner.catch(() => {
    s.runner = undefined;
  });
  return s.runner;
}

export async function stopWebhookWorker(): Promise<void> {
  const s = state.__epochWebhookWorker;
  const runner = s?.runner;
  if (!runner) return;
  s.runner = undefined;
  await (await runner).stop();
}
