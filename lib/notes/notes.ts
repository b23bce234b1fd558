import { randomUUID } from "node:crypto";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { db, genericPlanDb } from "@/db/client";
import { notes, resources } from "@/db/schema";
import { AppError, notFound } from "../errors";
import { assertAccess, ownDataOf, requireActor, type Actor } from "../policy";
import { cursorPart, decodeCursor, encodeCursor, pageFrom, type PageQuery } from "../pagination";
import { isKnownSubject, requireSubject } from "./subjects";
import { sharedResourceOutput, type Resource, type SubjectType } from "./schemas";

/**
 * A learner's notes (one per milestone or skill) and resource links. Private: the policy
 * grants the owner alone, except a resource shared with an active coach
 * (docs/ARCHITECTURE.md, "The policy"; docs/DECISIONS.md, "Notes and resources").
 */

type ResourceRow = typeof resources.$inferSelect;

const present = (r: ResourceRow): Resource => ({
  id: r.id,
  subjectType: r.subjectType,
  subjectId: r.subjectId,
  title: r.title,
  url: r.url,
  done: r.done,
  sharedWithCoach: r.sharedWithCoach,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

// ── Notes ────────────────────────────────────────────────────────────────────

export async function getNote(actor: Actor | null, type: SubjectType, subjectId: string) {
  const userId = ownDataOf(actor, "notes", "read");
  await requireSubject(type, subjectId);
  const [row] = await db
    .select({ body: notes.body, updatedAt: notes.updatedAt })
    .from(notes)
    .where(
      and(eq(notes.userId, userId), eq(notes.subjectType, type), eq(notes.subjectId, subjectId)),
    );
  return {
    subjectType: type,
    subjectId,
    body: row?.body ?? "",
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** Writes the note; a blank body removes it, so "no note" has one form. */
export async function putNote(
  actor: Actor | null,
  type: SubjectType,
  subjectId: string,
  body: string,
) {
  const userId = ownDataOf(actor, "notes", "write");
  await requireSubject(type, subjectId);
  const where = and(
    eq(notes.userId, userId),
    eq(notes.subjectType, type),
    eq(notes.subjectId, subjectId),
  );
  if (body.trim() === "") {
    await db.delete(notes).where(where);
    return { subjectType: type, subjectId, body: "", updatedAt: null };
  }
  const [row] = await db
    .insert(notes)
    .values({ userId, subjectType: type, subjectId, body })
    .onConflictDoUpdate({
      target: [notes.userId, notes.subjectType, notes.subjectId],
      set: { body, updatedAt: sql`excluded.updated_at` },
    })
    .returning({ body: notes.body, updatedAt: notes.updatedAt });
  return { subjectType: type, subjectId, body: row!.body, updatedAt: row!.updatedAt.toISOString() };
}

// ── Resources ────────────────────────────────────────────────────────────────

async function rejectUnknownSubject(type: SubjectType, subjectId: string) {
  if (!(await isKnownSubject(type, subjectId))) {
    throw new AppError(
      "validation_failed",
      `Subject must be a milestone or skill of the roadmap.`,
      { subjectId: `must be a ${type} of the roadmap` },
    );
  }
}

export async function listResources(
  actor: Actor | null,
  { limit, cursor }: { limit: number; cursor?: string },
) {
  const userId = ownDataOf(actor, "notes", "read");
  const conditions: SQL[] = [eq(resources.userId, userId)];
  if (cursor) {
    const [key, id] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.uuid]);
    conditions.push(
      sql`(${resources.createdAt}, ${resources.id}) < (${key}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await db
    .select({ row: resources, sortKey: sql<string>`${resources.createdAt}::text` })
    .from(resources)
    .where(and(...conditions))
    .orderBy(desc(resources.createdAt), desc(resources.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => present(r.row)),
    nextCursor: rows.length > limit && last ? encodeCursor(last.sortKey, last.row.id) : null,
  };
}

async function findOwn(userId: string, id: string) {
  const [row] = await db
    .select()
    .from(resources)
    .where(and(eq(resources.id, id), eq(resources.userId, userId)));
  return row;
}

export async function getResource(actor: Actor | null, id: string) {
  const userId = ownDataOf(actor, "notes", "read");
  const row = await findOwn(userId, id);
  if (!row) throw notFound("Resource");
  return present(row);
}

type ResourceInput = {
  id?: string;
  subjectType: SubjectType;
  subjectId: string;
  title: string;
  url: string;
  done?: boolean;
  sharedWithCoach?: boolean;
};

/** Idempotent with a client-chosen id, like the learner records (lib/records/crud.ts). */
export async function createResource(actor: Actor | null, input: ResourceInput) {
  const userId = ownDataOf(actor, "notes", "write");
  await rejectUnknownSubject(input.subjectType, input.subjectId);
  const id = input.id ?? randomUUID();
  const [inserted] = await db
    .insert(resources)
    .values({ ...input, id, userId })
    .onConflictDoNothing({ target: [resources.userId, resources.id] })
    .returning();
  if (inserted) return { created: true, resource: present(inserted) };
  const existing = await findOwn(userId, id);
  if (!existing)
    throw new AppError("conflict", "This id cannot be used. Leave it out and one is made.", {
      id: "cannot be used; leave it out or choose another",
    });
  return { created: false, resource: present(existing) };
}

export async function updateResource(
  actor: Actor | null,
  id: string,
  input: Partial<Omit<ResourceInput, "id">>,
) {
  const userId = ownDataOf(actor, "notes", "write");
  const existing = await findOwn(userId, id);
  if (!existing) throw notFound("Resource");
  if (input.subjectType !== undefined || input.subjectId !== undefined) {
    await rejectUnknownSubject(
      input.subjectType ?? existing.subjectType,
      input.subjectId ?? existing.subjectId,
    );
  }
  const [row] = await db
    .update(resources)
    .set({ ...input, updatedAt: sql`now()` })
    .where(and(eq(resources.id, id), eq(resources.userId, userId)))
    .returning();
  if (!row) throw notFound("Resource");
  return present(row);
}

export async function deleteResource(actor: Actor | null, id: string): Promise<void> {
  const userId = ownDataOf(actor, "notes", "write");
  const rows = await db
    .delete(resources)
    .where(and(eq(resources.id, id), eq(resources.userId, userId)))
    .returning({ id: resources.id });
  if (rows.length === 0) throw notFound("Resource");
}

// ── What one learner has on each subject (the roadmap, the skills page) ─────

export type SubjectNotes = { body: string; updatedAt: Date | null; resources: Resource[] };

/** The owner's notes and resources by `<type>:<id>`, in two statements. */
export async function notesBySubject(actor: Actor | null): Promise<Map<string, SubjectNotes>> {
  const userId = ownDataOf(actor, "notes", "read");
  const [noteRows, resourceRows] = await Promise.all([
    db
      .select({
        subjectType: notes.subjectType,
        subjectId: notes.subjectId,
        body: notes.body,
        updatedAt: notes.updatedAt,
      })
      .from(notes)
      .where(eq(notes.userId, userId)),
    db
      .select()
      .from(resources)
      .where(eq(resources.userId, userId))
      .orderBy(resources.createdAt, resources.id),
  ]);
  const map = new Map<string, SubjectNotes>();
  const entry = (type: string, id: string) => {
    const key = `${type}:${id}`;
    let e = map.get(key);
    if (!e) map.set(key, (e = { body: "", updatedAt: null, resources: [] }));
    return e;
  };
  for (const n of noteRows) Object.assign(entry(n.subjectType, n.subjectId), n);
  for (const r of resourceRows) entry(r.subjectType, r.subjectId).resources.push(present(r));
  return map;
}

/**
 * How many notes and resources the learner keeps on each of some milestones (the dashboard's
 * next steps), in one statement over the notes' key and resources_user_subject_idx. Not part
 * of the cached dashboard: a note does not change the data revision.
 */
export async function notesCountsOf(
  actor: Actor | null,
  milestoneIds: string[],
): Promise<Map<string, number>> {
  const userId = ownDataOf(actor, "notes", "read");
  if (milestoneIds.length === 0) return new Map();
  const ids = sql`array[${sql.join(
    milestoneIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[]`;
  const rows = await genericPlanDb.execute<{ id: string; count: number }>(sql`
    select subject_id as id, count(*)::int as count from (
      select subject_id from ${notes}
       where user_id = ${userId} and subject_type = 'milestone' and subject_id = any(${ids})
      union all
      select subject_id from ${resources}
       where user_id = ${userId} and subject_type = 'milestone' and subject_id = any(${ids})
    ) s group by subject_id`);
  return new Map(rows.map((r) => [r.id, Number(r.count)]));
}

// ── A coach's view ───────────────────────────────────────────────────────────

/**
 * The resources a mentee shared with their coach: only while the link is active, only those
 * marked "shared with my coach". The caller checks the link (lib/coaching).
 */
export async function sharedResourcesOf(
  actor: Actor | null,
  menteeId: string,
  activeCoach: boolean,
  { limit, cursor }: PageQuery,
) {
  const a = requireActor(actor);
  // The policy grants a coach shared resources only; asked with "shared", it still refuses
  // everyone who is not the active coach.
  assertAccess(a, menteeId, "notes", "read", { shared: true }, { activeCoach });
  if (a.userId === menteeId) throw notFound();
  const conditions: SQL[] = [eq(resources.userId, menteeId), eq(resources.sharedWithCoach, true)];
  if (cursor) {
    const [key, id] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.uuid]);
    conditions.push(
      sql`(${resources.createdAt}, ${resources.id}) < (${key}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await db
    .select({ row: resources, sortKey: sql<string>`${resources.createdAt}::text` })
    .from(resources)
    .where(and(...conditions))
    .orderBy(desc(resources.createdAt), desc(resources.id))
    .limit(limit + 1);
  // Always shared here, so the answer leaves the flag out.
  return pageFrom(
    rows,
    limit,
    (r) => [r.sortKey, r.row.id],
    (r) => sharedResourceOutput.parse(present(r.row)),
  );
}
