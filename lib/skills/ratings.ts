import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { skillRatingHistory, skillRatings, skills } from "@/db/schema";
import { notFound } from "../errors";
import { ownDataOf, type Actor } from "../policy";

export type SkillRating = { skill: string; level: number; updatedAt: string | null };

/** Every current skill with the learner's level (0 and no date when never rated). */
export async function listSkillRatings(actor: Actor | null): Promise<SkillRating[]> {
  const userId = ownDataOf(actor, "records", "read");
  const rows = await db
    .select({ skill: skills.slug, level: skillRatings.level, updatedAt: skillRatings.updatedAt })
    .from(skills)
    .leftJoin(
      skillRatings,
      and(eq(skillRatings.skillSlug, skills.slug), eq(skillRatings.userId, userId)),
    )
    .where(isNull(skills.retiredAt))
    .orderBy(skills.areaSlug, skills.position);
  return rows.map((r) => ({
    skill: r.skill,
    level: r.level ?? 0,
    updatedAt: r.updatedAt?.toISOString() ?? null,
  }));
}

/** Sets a level and records it in the history, in one transaction. */
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
        set: { level, updatedAt: sql`now()` },
      })
      .returning();
    await tx
      .insert(skillRatingHistory)
      .values({ userId, skillSlug, level, changedAt: row!.updatedAt });
    return { skill: row!.skillSlug, level: row!.level, updatedAt: row!.updatedAt.toISOString() };
  });
}
