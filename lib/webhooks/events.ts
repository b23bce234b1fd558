import { eq, sql, type SQL } from "drizzle-orm";
import { db, type Database, type Transaction } from "@/db/client";
import { cohortMembers, users, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { WebhookEvent } from "./schemas";

/**
 * Events for webhooks (docs/DECISIONS.md, "Webhooks"). `emitEvent` finds the active endpoints
 * subscribed to the event, writes one pending delivery for each and queues it
 * (graphile-worker's `add_job`, in SQL): pass the transaction of the change, and an event is
 * neither lost nor sent for a change that rolled back. Nothing is written when no endpoint
 * listens, so a change costs one query more.
 */

/** The queue's task that delivers one attempt (lib/webhooks/worker.ts). */
export const DELIVERY_TASK = "webhook_delivery";

/**
 * What a cohort's endpoints receive of an event about one member:
 * - `never`: nothing (reviews are between a learner and their coach);
 * - `membership`: the cohort named by `cohortId` (who joined or left is known to the cohort);
 * - `progress`: the cohorts where the member is a learner and shares progress with the
 *   cohort (`cohort_members.share_progress`), and for `requiresHours` their hours too.
 */
const COHORT_RULE: Record<WebhookEvent, "never" | "membership" | "progress"> = {
  "tier.reached": "progress",
  "track.completed": "progress",
  "badge.issued": "progress",
  "review.requested": "never",
  "review.decided": "never",
  "cohort.member_joined": "membership",
  "cohort.member_left": "membership",
  "cohort.milestone_completed": "progress",
};

export type EventInput = {
  type: WebhookEvent;
  /** The member the event is about: their own endpoints get it, and cohorts' by COHORT_RULE. */
  userId?: string;
  /** Other accounts whose own endpoints get it too (a review's coach). */
  alsoUserIds?: string[];
  /** Only this cohort's endpoints (membership events, a cohort's own milestone). */
  cohortId?: string;
  /** Cohorts see it only if the member also shares hours (an hours milestone met). */
  requiresHours?: boolean;
  data: Record<string, unknown>;
};

const list = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

function cohortsReached(e: EventInput): SQL | null {
  const rule = COHORT_RULE[e.type];
  if (rule === "never") return null;
  if (rule === "membership") return e.cohortId ? sql`${e.cohortId}::uuid` : null;
  if (!e.userId) return null;
  return sql`select ${cohortMembers.cohortId} from ${cohortMembers}
    where ${cohortMembers.userId} = ${e.userId}
      and ${cohortMembers.role} = 'member'
      and ${cohortMembers.shareProgress}
      ${e.requiresHours ? sql`and ${cohortMembers.shareHours}` : sql``}
      ${e.cohortId ? sql`and ${cohortMembers.cohortId} = ${e.cohortId}` : sql``}`;
}

/** Queues the event for every endpoint that should get it; answers how many deliveries. */
export async function emitEvent(
  tx: Database | Transaction | null,
  event: EventInput,
): Promise<number> {
  const run = tx ?? db;
  const users = [
    ...new Set([event.userId, ...(event.alsoUserIds ?? [])].filter(Boolean)),
  ] as string[];
  const cohorts = cohortsReached(event);
  const owners: SQL[] = [];
  if (users.length) owners.push(sql`${webhookEndpoints.userId} in (${list(users)})`);
  if (cohorts) owners.push(sql`${webhookEndpoints.cohortId} in (${cohorts})`);
  if (!owners.length) return 0;
  const payload = JSON.stringify({
    type: event.type,
    timestamp: new Date().toISOString(),
    data: event.data,
  });
  const inserted = (await run.execute(sql`
    insert into ${webhookDeliveries} (endpoint_id, message_id, event, payload, attempt, status)
    select ${webhookEndpoints.id}, 'msg_' || replace(gen_random_uuid()::text, '-', ''),
           ${event.type}, ${payload}::jsonb, 1, 'pending'
    from ${webhookEndpoints}
    where ${webhookEndpoints.active} and ${webhookEndpoints.disabledAt} is null
      and ${event.type} = any(${webhookEndpoints.events})
      and (${sql.join(owners, sql` or `)})
    returning id`)) as unknown as { id: string }[];
  if (!inserted.length) return 0;
  await queueDeliveries(
    run,
    inserted.map((r) => r.id),
  );
  return inserted.length;
}

/** Queues deliveries (now, or at `runAt`) in the caller's transaction. */
export async function queueDeliveries(
  run: Database | Transaction,
  deliveryIds: string[],
  runAt?: Date,
): Promise<void> {
  await run.execute(sql`
    select graphile_worker.add_job(${DELIVERY_TASK}, json_build_object('deliveryId', d),
      run_at => ${runAt ? sql`${runAt.toISOString()}::timestamptz` : sql`now()`},
      max_attempts => 5)
    from unnest(array[${list(deliveryIds)}]) as d`);
}

/** `{id, name}` of an account, as events name people. */
export async function personRef(
  run: Database | Transaction,
  userId: string,
): Promise<{ id: string; name: string | null }> {
  const [row] = await run.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return { id: userId, name: row?.name ?? null };
}
