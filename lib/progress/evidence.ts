import { and, count, eq, gte, isNotNull, isNull, lte, or, sql, sum } from "drizzle-orm";
import { db } from "@/db/client";
import {
  activityDays,
  certifications,
  events,
  milestoneAttestations,
  milestoneVerifications,
  papers,
  projects,
  skillRatings,
} from "@/db/schema";
import type { Evidence } from "./evaluate";

/**
 * A learner's evidence as aggregates: eight grouped queries, run in parallel,
 * whose cost depends on the number of distinct groups (and days), not on the
 * number of records. `today` is the learner's local date.
 */
export async function loadEvidence(userId: string, today: string): Promise<Evidence> {
  const [skills, minutes, projectGroups, certGroups, paperGroups, eventCount, attested, verified] = await Promise.all([
    db.select({ skill: skillRatings.skillSlug, level: skillRatings.level }).from(skillRatings).where(eq(skillRatings.userId, userId)),
    db.select({ minutes: sum(activityDays.minutes).mapWith(Number) }).from(activityDays).where(eq(activityDays.userId, userId)),
    db
      .select({
        status: projects.status,
        withRepo: sql<boolean>`${projects.repoUrl} is not null`,
        openSource: projects.openSource,
        track: projects.track,
        count: count(),
      })
      .from(projects)
      .where(eq(projects.userId, userId))
      .groupBy(projects.status, sql`${projects.repoUrl} is not null`, projects.openSource, projects.track),
    db
      .select({ skills: certifications.skills, count: count() })
      .from(certifications)
      .where(
        and(
          eq(certifications.userId, userId),
          eq(certifications.status, "earned"),
          // An expired certification stops counting the day after it expires.
          or(isNull(certifications.expiresOn), gte(certifications.expiresOn, today)),
        ),
      )
      .groupBy(certifications.skills),
    db
      .select({ topic: papers.topic, count: count() })
      .from(papers)
      .where(and(eq(papers.userId, userId), eq(papers.status, "read")))
      .groupBy(papers.topic),
    db
      .select({ count: count() })
      .from(events)
      .where(and(eq(events.userId, userId), lte(events.date, today))),
    db.select({ id: milestoneAttestations.milestoneId }).from(milestoneAttestations).where(eq(milestoneAttestations.userId, userId)),
    db
      .select({ id: milestoneVerifications.milestoneId })
      .from(milestoneVerifications)
      .where(and(eq(milestoneVerifications.userId, userId), isNotNull(milestoneVerifications.milestoneId))),
  ]);
  return {
    skillLevels: Object.fromEntries(skills.map((s) => [s.skill, s.level])),
    minutesLogged: minutes[0]?.minutes ?? 0,
    projects: projectGroups,
    certifications: certGroups,
    papersRead: paperGroups,
    eventsAttended: eventCount[0]?.count ?? 0,
    attested: attested.map((a) => a.id),
    verified: verified.map((v) => v.id),
  };
}
