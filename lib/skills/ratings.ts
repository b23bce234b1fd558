import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { profiles, skillRatingHistory, skillRatings, skills } from "@/db/schema";
import { notFound } from "../errors";
import { cursorPart, decodeCursor, pageFrom, type Page, type PageQuery } from "../pagination";
import { ownDataOf, type Actor } from "../policy";
import { bumpDataRevision } from "../progress/data-revision";

export type SkillRating = { skill: string; level: number; updatedAt: string | null };

/** Every current skill with the learner's level (0 and no date when never rated). */
export async function listSkillRatings(
  actor: Actor | null,
  { limit, cursor }: PageQuery,
): Promise<Page<SkillRating>> {
  const userId = ownDataOf(actor, "records", "read");
  const conditions = [isNull(skills.retiredAt)];
  if (cursor) {
    // In the roadmap's order: by area, then the skill's place in it (the slug breaks ties).
    const [area, position, slug] = decodeCursor(cursor, [
      cursorPart.text(100),
      cursorPart.integer,
      cursorPart.text(100),
    ]);
    conditions.push(
      sql`(${skills.areaSlug}, ${skills.position}, ${skills.slug}) > (${area}::text, ${Number(position)}::int, ${slug}::text)`,
    );
  }
  const rows = await db
    .select({
      skill: skills.slug,
      areaSlug: skills.areaSlug,
      position: skills.position,
      level: skillRatings.level,
      updatedAt: skillRatings.updatedAt,
    })
    .from(skills)
    .leftJoin(
      skillRatings,
      and(eq(skillRatings.skillSlug, skills.slug), eq(skillRatings.userId, userId)),
    )
    .where(and(...conditions))
    .orderBy(asc(skills.areaSlug), asc(skills.position), asc(skills.slug))
    .limit(limit + 1);
  return pageFrom(
    rows,
    limit,
    (r) => [r.areaSlug, String(r.position), r.skill],
    (r) => ({ skill: r.skill, level: r.level ?? 0, updatedAt: r.updatedAt?.toISOString() ?? null }),
  );
}

/** Sets a level and records it in the history, raising the data revision, in one transaction. */
export async function setSkillLevel(
  actor: Actor | null,
  skillSlug: string,
  level: number,
): Promise<SkillRating> {
  const userId = ownDataOf(actor, "records", "write");
  return db.transaction(async (tx) => {
    const [skill] = await tx
      .select({ slug: skills.slug })
      .from(skills)
      .where(and(eq(skills.slug, skillSlug), isNull(skills.retiredAt)));
    if (!skill) throw notFound("Skill");
    const [row] = await tx
      .insert(skillRatings)
      .values({ userId, skillSlug, level })
      .onConflictDoUpdate({
        target: [skillRatings.userId, skillRatings.skillSlug],
        set: { level, updatedAt: sql`excluded.updated_at` },
      })
      .returning();
    await bumpDataRevision(tx, [userId]);
    await tx
      .insert(skillRatingHistory)
      .values({ userId, skillSlug, level, changedAt: row!.updatedAt });
    return { skill: row!.skillSlug, level: row!.level, updatedAt: row!.updatedAt.toISOString() };
  });
}

export type SkillChange = { level: number; changedAt: string };

/** How many changes of each skill the skills page shows. */
export const HISTORY_PER_SKILL = 6;

/**
 * The latest changes of each skill's self-rating, oldest first, at most `perSkill` a skill:
 * one query, ranked in PostgreSQL, whatever the length of the history.
 */
export async function listSkillHistory(
  actor: Actor | null,
  perSkill = HISTORY_PER_SKILL,
): Promise<{ timezone: string; skills: Record<string, SkillChange[]> }> {
  const userId = ownDataOf(actor, "records", "read");
  const ranked = db
    .select({
      skill: skillRatingHistory.skillSlug,
      level: skillRatingHistory.level,
      changedAt: skillRatingHistory.changedAt,
      rank: sql<number>`row_number() over (partition by ${skillRatingHistory.skillSlug} order by ${skillRatingHistory.changedAt} desc, ${skillRatingHistory.id} desc)`.as(
        "rank",
      ),
    })
    .from(skillRatingHistory)
    .where(eq(skillRatingHistory.userId, userId))
    .as("ranked");
  const [rows, [profile]] = await Promise.all([
    db
      .select({ skill: ranked.skill, level: ranked.level, changedAt: ranked.changedAt })
      .from(ranked)
      .where(sql`${ranked.rank} <= ${perSkill}`)
      .orderBy(ranked.skill, desc(ranked.rank)),
    // The dates are shown in the learner's own time zone.
    db.select({ timezone: profiles.timezone }).from(profiles).where(eq(profiles.userId, userId)),
  ]);
  const skills: Record<string, SkillChange[]> = {};
  for (const r of rows)
    (skills[r.skill] ??= []).push({ level: r.level, changedAt: r.changedAt.toISOString() });
  return { timezone: profile?.timezone ?? "UTC", skills };
}
