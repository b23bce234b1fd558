import { randomUUID } from "node:crypto";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { db, type Transaction } from "@/db/client";
import { adjustActivityDay, adjustActivityTotals } from "../activities/rollup";
import { cursorPart, decodeCursor, encodeCursor } from "../pagination";
import { AppError, notFound } from "../errors";
import { fieldMessage } from "../field-labels";
import { ownDataOf, type Actor } from "../policy";
import { bumpDataRevision } from "../progress/data-revision";
import { todayFor } from "../users/timezone";
import type { RecordKind } from "./kinds";
import { isVerifiable, verificationsOf } from "./verification";

/**
 * Projects and certifications answer with their coach verification (verified, verifiedBy,
 * verifiedAt); other kinds as they are.
 */
async function withVerification<T extends { id: unknown }>(
  kind: RecordKind,
  userId: string,
  records: T[],
): Promise<T[]> {
  if (!isVerifiable(kind.key)) return records;
  const of = await verificationsOf(
    kind.key,
    userId,
    records.map((r) => String(r.id)),
  );
  return records.map((r) => ({ ...r, ...of(String(r.id)) }));
}

/**
 * Create, read, update and delete for every kind of learner record. Queries
 * are always scoped to the owner the policy names, so another user's record
 * is indistinguishable from a missing one: 404.
 */

type Columns = {
  id: PgColumn;
  userId: PgColumn;
  createdAt: PgColumn;
  updatedAt: PgColumn;
  date?: PgColumn;
};
type AnyRow = Record<string, unknown> & {
  id: string;
  userId: string;
  createdAt: Date;
  updatedAt: Date;
};

const tableOf = (k: RecordKind) => k.table as unknown as PgTable & Columns;
const orderColumn = (k: RecordKind) => {
  const t = tableOf(k);
  return k.orderBy === "date" ? t.date! : t.createdAt;
};

function rejectIf(fields: Record<string, string> | null | undefined) {
  if (!fields) return;
  const [field, why] = Object.entries(fields)[0]!;
  throw new AppError("validation_failed", `${fieldMessage(field, why)}.`, fields);
}

export async function listRecords(
  kind: RecordKind,
  actor: Actor | null,
  { limit, cursor }: { limit: number; cursor?: string },
) {
  const userId = ownDataOf(actor, kind.dataKind, "read");
  const t = tableOf(kind);
  const order = orderColumn(kind);
  const castTo = kind.orderBy === "date" ? sql.raw("date") : sql.raw("timestamptz");
  const conditions: SQL[] = [eq(t.userId, userId)];
  if (cursor) {
    const [key, id] = decodeCursor(cursor, [
      kind.orderBy === "date" ? cursorPart.date : cursorPart.timestamp,
      cursorPart.uuid,
    ]);
    conditions.push(sql`(${order}, ${t.id}) < (${key}::${castTo}, ${id}::uuid)`);
  }
  const [rows, today] = await Promise.all([
    db
      .select({ row: t as unknown as PgTable, sortKey: sql<string>`${order}::text` })
      .from(t)
      .where(and(...conditions))
      .orderBy(desc(order), desc(t.id))
      .limit(limit + 1) as unknown as Promise<{ row: AnyRow; sortKey: string }[]>,
    todayFor(userId),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await withVerification(
      kind,
      userId,
      page.map((r) => kind.present(r.row, { today })),
    ),
    nextCursor: rows.length > limit && last ? encodeCursor(last.sortKey, last.row.id) : null,
  };
}

async function findOwn(kind: RecordKind, userId: string, id: string): Promise<AnyRow | undefined> {
  const t = tableOf(kind);
  const [row] = (await db
    .select()
    .from(t)
    .where(and(eq(t.id, id), eq(t.userId, userId)))) as AnyRow[];
  return row;
}

export async function getRecord(kind: RecordKind, actor: Actor | null, id: string) {
  const userId = ownDataOf(actor, kind.dataKind, "read");
  const row = await findOwn(kind, userId, id);
  if (!row) throw notFound(kind.title);
  const [record] = await withVerification(kind, userId, [
    kind.present(row, { today: await todayFor(userId) }),
  ]);
  return record!;
}

/**
 * Creates a record. With a client-chosen id the call is idempotent: a repeat
 * returns the existing record (created: false) instead of making a second row.
 */
export async function createRecord(
  kind: RecordKind,
  actor: Actor | null,
  input: z.output<RecordKind["create"]>,
) {
  const userId = ownDataOf(actor, kind.dataKind, "write");
  const today = await todayFor(userId);
  rejectIf(kind.check?.(input, { today }));
  const t = tableOf(kind);
  const id = input.id ?? randomUUID();
  const inserted = await db.transaction(async (tx) => {
    const [row] = (await tx
      .insert(t)
      .values({ ...input, id, userId } as never)
      .onConflictDoNothing({ target: [t.userId, t.id] })
      .returning()) as AnyRow[];
    if (row) {
      await bumpDataRevision(tx, [userId]);
      await keepRollups(tx, kind, userId, null, row);
    }
    return row;
  });
  const present = async (row: AnyRow) =>
    (await withVerification(kind, userId, [kind.present(row, { today })]))[0]!;
  if (inserted) return { created: true, record: await present(inserted) };
  const existing = await findOwn(kind, userId, id);
  // Ids are unique per learner (docs/SCALING.md): another learner's id is simply ours too.
  // Only a delete racing the repeat leaves nothing to answer with.
  if (!existing)
    throw new AppError("conflict", "This id cannot be used. Leave it out and one is made.", {
      id: "cannot be used; leave it out or choose another",
    });
  return { created: false, record: await present(existing) };
}

/** Changes only the fields given, in one statement, so concurrent edits of other fields are kept. */
export async function updateRecord(
  kind: RecordKind,
  actor: Actor | null,
  id: string,
  input: z.output<RecordKind["patch"]>,
) {
  const userId = ownDataOf(actor, kind.dataKind, "write");
  const existing = await findOwn(kind, userId, id);
  if (!existing) throw notFound(kind.title);
  const today = await todayFor(userId);
  rejectIf(kind.check?.({ ...existing, ...input }, { today }));
  const t = tableOf(kind);
  const row = await db.transaction(async (tx) => {
    // Lock the row, so the rollup moves from exactly the values this update replaces.
    const [before] = (await tx
      .select()
      .from(t)
      .where(and(eq(t.id, id), eq(t.userId, userId)))
      .for("update")) as AnyRow[];
    if (!before) return undefined;
    const [after] = (await tx
      .update(t)
      .set({ ...input, updatedAt: sql`now()` } as never)
      .where(and(eq(t.id, id), eq(t.userId, userId)))
      .returning()) as AnyRow[];
    await bumpDataRevision(tx, [userId]);
    await keepRollups(tx, kind, userId, before, after!);
    return after;
  });
  if (!row) throw notFound(kind.title);
  const [record] = await withVerification(kind, userId, [kind.present(row, { today })]);
  return record!;
}

export async function deleteRecord(
  kind: RecordKind,
  actor: Actor | null,
  id: string,
): Promise<void> {
  const userId = ownDataOf(actor, kind.dataKind, "write");
  const t = tableOf(kind);
  const deleted = await db.transaction(async (tx) => {
    const rows = (await tx
      .delete(t)
      .where(and(eq(t.id, id), eq(t.userId, userId)))
      .returning()) as AnyRow[];
    if (rows[0]) {
      await bumpDataRevision(tx, [userId]);
      await keepRollups(tx, kind, userId, rows[0], null);
    }
    return rows.length;
  });
  if (deleted === 0) throw notFound(kind.title);
}

/** Keeps the per-day activity rollup and the totals in step with a write, in the write's transaction. */
async function keepRollups(
  tx: Transaction,
  kind: RecordKind,
  userId: string,
  before: AnyRow | null,
  after: AnyRow | null,
) {
  if (kind.key !== "activities") return;
  const changes = new Map<string, { minutes: number; sessions: number }>();
  const add = (date: string, minutes: number, sessions: number) => {
    const c = changes.get(date) ?? { minutes: 0, sessions: 0 };
    changes.set(date, { minutes: c.minutes + minutes, sessions: c.sessions + sessions });
  };
  if (before) add(String(before.date), -Number(before.minutes), -1);
  if (after) add(String(after.date), Number(after.minutes), 1);
  // Day rows are always locked in date order, so two writes swapping days cannot deadlock.
  let changed = false;
  let minutes = 0;
  for (const [date, c] of [...changes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (c.minutes !== 0 || c.sessions !== 0) {
      await adjustActivityDay(tx, userId, date, c.minutes, c.sessions);
      changed = true;
      minutes += c.minutes;
    }
  }
  if (changed) await adjustActivityTotals(tx, userId, minutes);
}
