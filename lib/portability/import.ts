import { eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { notes, profiles, resources, skillRatingHistory, skillRatings, skills } from "@/db/schema";
import { AppError, pgErrorCode } from "../errors";
import { fieldMessage } from "../field-labels";
import { rebuildActivityDays } from "../activities/rollup";
import { subjectIndex } from "../notes/subjects";
import { setProfileSlug } from "../profiles/slugs";
import { ownDataOf, type Actor } from "../policy";
import { bumpDataRevision } from "../progress/data-revision";
import { RECORD_KIND_KEYS, RECORD_KINDS } from "../records/kinds";
import { todayFor } from "../users/timezone";
import type { ExportDocument } from "./document";
import type { ImportCounts } from "./summary";

/** How many of each were added or changed: 0 everywhere when the document brought nothing new. */
export type ImportSummary = ImportCounts;

/**
 * Reads an export document into the caller's account, in one transaction.
 * Records keep their ids (unique per learner), so importing the same document twice adds
 * nothing, whoever else holds the same ids. The profile's public address is taken only if it
 * is free.
 */
export async function importAccount(
  actor: Actor | null,
  doc: ExportDocument,
): Promise<ImportSummary> {
  const userId = ownDataOf(actor, "activity", "write");
  const today = await todayFor(userId);

  // Validate everything before writing anything.
  const known = new Set(
    (await db.select({ slug: skills.slug }).from(skills).where(isNull(skills.retiredAt))).map(
      (s) => s.slug,
    ),
  );
  const unknownSkill = [...doc.skills, ...doc.skillHistory].find((s) => !known.has(s.skill));
  if (unknownSkill) {
    throw new AppError(
      "validation_failed",
      `The file rates an unknown skill: ${unknownSkill.skill}.`,
      {
        skills: `contains an unknown skill: ${unknownSkill.skill}`,
      },
    );
  }
  for (const key of RECORD_KIND_KEYS) {
    doc[key].forEach((record, index) => {
      const problem = RECORD_KINDS[key].check?.(record, { today });
      if (problem) {
        const [field, why] = Object.entries(problem)[0]!;
        const path = `${key}.${index}.${field}`;
        throw new AppError("validation_failed", `${fieldMessage(path, why)}.`, { [path]: why });
      }
    });
  }

  // Notes and resources are on milestones and skills the roadmap has.
  const subjects = await subjectIndex();
  for (const key of ["notes", "resources"] as const) {
    doc[key].forEach((item, index) => {
      if (!subjects.has(`${item.subjectType}:${item.subjectId}`)) {
        const path = `${key}.${index}.subjectId`;
        const why = `must be a ${item.subjectType} of the roadmap`;
        throw new AppError("validation_failed", `${fieldMessage(path, why)}.`, { [path]: why });
      }
    });
  }

  const summary = { skills: 0, skillHistory: 0, notes: 0, resources: 0 } as ImportSummary;
  await db.transaction(async (tx) => {
    // Whether the import wrote anything the dashboard is computed from (the profile, ratings,
    // records): the data revision then goes up, once for the whole import.
    let changed = false;
    if (doc.profile) {
      const { slug, ...rest } = doc.profile;
      if (Object.keys(rest).length) {
        await tx.update(profiles).set(rest).where(eq(profiles.userId, userId));
        changed = true;
      }
      if (slug) {
        // A savepoint, so a taken address does not abort the whole import.
        await tx
          .transaction(async (inner) => {
            await setProfileSlug(inner, userId, slug);
            changed = true;
          })
          .catch((error: unknown) => {
            if (pgErrorCode(error) !== "23505") throw error;
          });
      }
    }
    for (const s of doc.skills) {
      // A rating already at this level (and date) is left alone, so it does not count as imported.
      const rated = await tx
        .insert(skillRatings)
        .values({
          userId,
          skillSlug: s.skill,
          level: s.level,
          updatedAt: s.updatedAt ? new Date(s.updatedAt) : undefined,
        })
        .onConflictDoUpdate({
          target: [skillRatings.userId, skillRatings.skillSlug],
          set: { level: s.level, updatedAt: sql`excluded.updated_at` },
          // The export carries milliseconds: a stored time within that millisecond is the same.
          // A range, not date_trunc(): Citus refuses non-immutable functions in this clause.
          setWhere: s.updatedAt
            ? sql`${skillRatings.level} is distinct from ${s.level} or not (${skillRatings.updatedAt} >= ${new Date(s.updatedAt).toISOString()} and ${skillRatings.updatedAt} < ${new Date(new Date(s.updatedAt).getTime() + 1).toISOString()})`
            : sql`${skillRatings.level} is distinct from ${s.level}`,
        })
        .returning({ skill: skillRatings.skillSlug });
      summary.skills += rated.length;
    }
    if (doc.skillHistory.length) {
      // History is append-only: skip entries this account already has.
      const existing = await tx
        .select({
          skill: skillRatingHistory.skillSlug,
          level: skillRatingHistory.level,
          changedAt: skillRatingHistory.changedAt,
        })
        .from(skillRatingHistory)
        .where(eq(skillRatingHistory.userId, userId));
      const seen = new Set(
        existing.map((h) => `${h.skill}|${h.level}|${h.changedAt.toISOString()}`),
      );
      const fresh = doc.skillHistory.filter(
        (h) => !seen.has(`${h.skill}|${h.level}|${new Date(h.changedAt).toISOString()}`),
      );
      if (fresh.length) {
        await tx.insert(skillRatingHistory).values(
          fresh.map((h) => ({
            userId,
            skillSlug: h.skill,
            level: h.level,
            changedAt: new Date(h.changedAt),
          })),
        );
      }
      summary.skillHistory = fresh.length;
    }
    for (const key of RECORD_KIND_KEYS) {
      const t = RECORD_KINDS[key].table;
      const rows = (doc[key] as { id: string; createdAt?: string; updatedAt?: string }[]).map(
        (r) => ({
          ...r,
          userId,
          createdAt: r.createdAt ? new Date(r.createdAt) : undefined,
          updatedAt: r.updatedAt ? new Date(r.updatedAt) : undefined,
        }),
      );
      let count = 0;
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        const inserted = await tx
          .insert(t)
          .values(chunk as never)
          .onConflictDoNothing({ target: [t.userId, t.id] })
          .returning({ id: t.id });
        // Ids are per learner: one not inserted is already ours, so importing again adds nothing.
        count += inserted.length;
      }
      summary[key] = count;
      if (count) changed = true;
    }
    for (const n of doc.notes) {
      // A note already holding this text is left alone, so it does not count as imported.
      if (n.body.trim() === "") continue;
      const changed = await tx
        .insert(notes)
        .values({
          userId,
          subjectType: n.subjectType,
          subjectId: n.subjectId,
          body: n.body,
          createdAt: n.createdAt ? new Date(n.createdAt) : undefined,
          updatedAt: n.updatedAt ? new Date(n.updatedAt) : undefined,
        })
        .onConflictDoUpdate({
          target: [notes.userId, notes.subjectType, notes.subjectId],
          set: { body: n.body, updatedAt: sql`excluded.updated_at` },
          setWhere: sql`${notes.body} is distinct from ${n.body}`,
        })
        .returning({ subjectId: notes.subjectId });
      summary.notes += changed.length;
    }
    for (const r of doc.resources) {
      const row = {
        ...r,
        userId,
        createdAt: r.createdAt ? new Date(String(r.createdAt)) : undefined,
        updatedAt: r.updatedAt ? new Date(String(r.updatedAt)) : undefined,
      };
      // Kept ids, as for the records: a resource already ours is skipped.
      const inserted = await tx
        .insert(resources)
        .values(row)
        .onConflictDoNothing({ target: [resources.userId, resources.id] })
        .returning({ id: resources.id });
      summary.resources += inserted.length;
    }
    if (changed || summary.skills) await bumpDataRevision(tx, [userId]);
    await rebuildActivityDays(tx, userId);
  });
  return summary;
}
