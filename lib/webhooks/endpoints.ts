import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { seal } from "../crypto/sealed";
import { AppError, notFound } from "../errors";
import { assertMayManageCohortWebhooks, ownDataOf, type Actor } from "../policy";
import { cursorPart, decodeCursor, encodeCursor, pageFrom, type PageQuery } from "../pagination";
import { membershipIn } from "../cohorts/cohorts";
import { MAX_ENDPOINTS, type WebhookCreate, type WebhookPatch } from "./schemas";
import { unsafeUrlReason } from "./ssrf";

/**
 * Registering, changing and listing webhook endpoints, a learner's own or a cohort's
 * (organizers only), and reading their deliveries (docs/DECISIONS.md, "Webhooks").
 */

/** Whose endpoints a call is about: the caller's own, or a cohort's by slug. */
export type WebhookScope = { cohortSlug?: string };

/** The purpose a signing secret is sealed under (lib/crypto/sealed.ts). */
export const SECRET_PURPOSE = "webhook-secret";

type Owner = { column: SQL; userId: string | null; cohortId: string | null };

async function ownerOf(actor: Actor | null, scope: WebhookScope): Promise<Owner> {
  if (scope.cohortSlug === undefined) {
    const userId = ownDataOf(actor, "profile", "write");
    return { column: eq(webhookEndpoints.userId, userId), userId, cohortId: null };
  }
  const { cohort, role } = await membershipIn(actor, scope.cohortSlug);
  assertMayManageCohortWebhooks(role);
  return { column: eq(webhookEndpoints.cohortId, cohort!.id), userId: null, cohortId: cohort!.id };
}

const columns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  events: webhookEndpoints.events,
  active: webhookEndpoints.active,
  disabledAt: webhookEndpoints.disabledAt,
  failingSince: webhookEndpoints.failingSince,
  createdAt: webhookEndpoints.createdAt,
};
type Row = Pick<
  typeof webhookEndpoints.$inferSelect,
  "id" | "url" | "events" | "active" | "disabledAt" | "failingSince" | "createdAt"
>;

/** `active` answers whether deliveries go out: turned on and not disabled by failures. */
const publicFields = (r: Row) => ({ ...r, active: r.active && !r.disabledAt });

async function checkedUrl(url: string): Promise<string> {
  const why = await unsafeUrlReason(url);
  // Named as the form names it (the shared label of `url` is "Link").
  if (why) throw new AppError("validation_failed", `The endpoint URL ${why}.`, { url: why });
  return new URL(url).toString();
}

/** An owner's endpoints, oldest first. */
export async function listWebhooks(
  actor: Actor | null,
  scope: WebhookScope,
  { limit, cursor }: PageQuery,
) {
  const owner = await ownerOf(actor, scope);
  const conditions: SQL[] = [owner.column];
  if (cursor) {
    const [at, id] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.uuid]);
    conditions.push(
      sql`(${webhookEndpoints.createdAt}, ${webhookEndpoints.id}) > (${at}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await db
    .select({ row: columns, sortKey: sql<string>`${webhookEndpoints.createdAt}::text` })
    .from(webhookEndpoints)
    .where(and(...conditions))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id))
    .limit(limit + 1);
  return pageFrom(
    rows,
    limit,
    (r) => [r.sortKey, r.row.id],
    (r) => publicFields(r.row),
  );
}

/** Registers an endpoint; its signing secret is in this answer only. */
export async function createWebhook(
  actor: Actor | null,
  scope: WebhookScope,
  input: WebhookCreate,
) {
  const owner = await ownerOf(actor, scope);
  const url = await checkedUrl(input.url);
  const secret = `whsec_${randomBytes(32).toString("base64")}`;
  const createdBy = actor!.userId;
  return db.transaction(async (tx) => {
    // One owner's additions in turn, so the limit holds under concurrent requests.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`webhooks:${owner.userId ?? owner.cohortId}`}))`,
    );
    const [{ count }] = (await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(webhookEndpoints)
      .where(owner.column)) as [{ count: number }];
    if (count >= MAX_ENDPOINTS)
      throw new AppError(
        "conflict",
        `At most ${MAX_ENDPOINTS} webhook endpoints are kept: remove one first.`,
      );
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        userId: owner.userId,
        cohortId: owner.cohortId,
        createdBy,
        url,
        events: input.events,
        secretEncrypted: seal(SECRET_PURPOSE, secret),
        active: input.active ?? true,
      })
      .returning(columns);
    return { ...publicFields(row!), secret };
  });
}

/**
 * Changes an endpoint's URL (checked again), events or `active`. Turning it on again clears a
 * disabling by failures, so the next event is delivered.
 */
export async function updateWebhook(
  actor: Actor | null,
  scope: WebhookScope,
  id: string,
  input: WebhookPatch,
) {
  const owner = await ownerOf(actor, scope);
  const where = and(eq(webhookEndpoints.id, id), owner.column);
  const [current] = await db.select(columns).from(webhookEndpoints).where(where);
  if (!current) throw notFound("Webhook");
  const changes = {
    ...(input.url !== undefined ? { url: await checkedUrl(input.url) } : {}),
    ...(input.events !== undefined ? { events: input.events } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...(input.active === true ? { disabledAt: null, failingSince: null } : {}),
  };
  if (!Object.keys(changes).length) return publicFields(current);
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...changes, updatedAt: new Date() })
    .where(where)
    .returning(columns);
  if (!row) throw notFound("Webhook");
  return publicFields(row);
}

/** Removes an endpoint with its deliveries; jobs still queued for it find nothing and end. */
export async function deleteWebhook(actor: Actor | null, scope: WebhookScope, id: string) {
  const owner = await ownerOf(actor, scope);
  const [row] = await db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), owner.column))
    .returning({ id: webhookEndpoints.id });
  if (!row) throw notFound("Webhook");
}

/** An endpoint's delivery attempts, newest first (a pending retry first, at its due time). */
export async function listDeliveries(
  actor: Actor | null,
  scope: WebhookScope,
  id: string,
  { limit, cursor }: { limit: number; cursor?: string },
) {
  const owner = await ownerOf(actor, scope);
  const [endpoint] = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), owner.column));
  if (!endpoint) throw notFound("Webhook");
  const conditions: SQL[] = [eq(webhookDeliveries.endpointId, id)];
  if (cursor) {
    const [at, lastId] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.uuid]);
    conditions.push(
      sql`(${webhookDeliveries.at}, ${webhookDeliveries.id}) < (${at}::timestamptz, ${lastId}::uuid)`,
    );
  }
  const rows = await db
    .select({
      id: webhookDeliveries.id,
      event: webhookDeliveries.event,
      attempt: webhookDeliveries.attempt,
      status: webhookDeliveries.status,
      responseCode: webhookDeliveries.responseCode,
      error: webhookDeliveries.error,
      at: webhookDeliveries.at,
      sortKey: sql<string>`${webhookDeliveries.at}::text`,
    })
    .from(webhookDeliveries)
    .where(and(...conditions))
    .orderBy(desc(webhookDeliveries.at), desc(webhookDeliveries.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((d) => ({
      id: d.id,
      event: d.event,
      attempt: d.attempt,
      status: d.status,
      responseCode: d.responseCode,
      error: d.error,
      at: d.at,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.sortKey, last.id) : null,
  };
}
