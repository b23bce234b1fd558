import { and, count, eq, inArray, sql, sum } from "drizzle-orm";
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
import { EMPTY_EVIDENCE, type Evidence } from "./evaluate";

/**
 * Learners' evidence as aggregates: eight grouped queries, run in parallel,
 * for one learner or a whole cohort alike. Their cost depends on the number of
 * learners and distinct groups (and days), never on the number of records.
 * `todayByUser` is each learner's local date (certification expiry, events held).
 */
export async function loadEvidenceFor(
  todayByUser: Map<string, string>,
): Promise<Map<string, Evidence>> {
  const ids = [...todayByUser.keys()];
  const result = new Map<string, Evidence>(
    ids.map((id) => [
      id,
      {
        ...EMPTY_EVIDENCE,
        skillLevels: {},
        projects: [],
        certifications: [],
        papersRead: [],
        attested: [],
        verified: [],
      },
    ]),
  );
  if (ids.length === 0) return result;
  // Each learner's own "today", joined in SQL.
  const pairs = JSON.stringify(ids.map((id) => ({ user_id: id, today: todayByUser.get(id) })));
  const localToday = sql`json_to_recordset(${pairs}::json) as t(user_id uuid, today date)`;
  // Also filter by user directly: the planner cannot see into the JSON and would scan whole tables.
  const userIds = sql`${`{${ids.join(",")}}`}::uuid[]`;

  const [skills, minutes, projectGroups, certGroups, paperGroups, eventCounts, attested, verified] =
    await Promise.all([
      db
        .select({
          userId: skillRatings.userId,
          skill: skillRatings.skillSlug,
          level: skillRatings.level,
        })
        .from(skillRatings)
        .where(inArray(skillRatings.userId, ids)),
      db
        .select({ userId: activityDays.userId, minutes: sum(activityDays.minutes).mapWith(Number) })
        .from(activityDays)
        .where(inArray(activityDays.userId, ids))
        .groupBy(activityDays.userId),
      db
        .select({
          userId: projects.userId,
          status: projects.status,
          withRepo: sql<boolean>`${projects.repoUrl} is not null`,
          openSource: projects.openSource,
          track: projects.track,
          count: count(),
        })
        .from(projects)
        .where(inArray(projects.userId, ids))
        .groupBy(
          projects.userId,
          projects.status,
          sql`${projects.repoUrl} is not null`,
          projects.openSource,
          projects.track,
        ),
      db.execute<{ user_id: string; skills: string[]; count: number }>(sql`
      select c.user_id, c.skills, count(*)::int as count
      from ${certifications} c join ${localToday} on t.user_id = c.user_id
      where c.user_id = any(${userIds}) and c.status = 'earned' and (c.expires_on is null or c.expires_on >= t.today)
      group by c.user_id, c.skills`),
      db
        .select({ userId: papers.userId, topic: papers.topic, count: count() })
        .from(papers)
        .where(and(inArray(papers.userId, ids), eq(papers.status, "read")))
        .groupBy(papers.userId, papers.topic),
      db.execute<{ user_id: string; count: number }>(sql`
      select e.user_id, count(*)::int as count
      from ${events} e join ${localToday} on t.user_id = e.user_id
      where e.user_id = any(${userIds}) and e.date <= t.today
      group by e.user_id`),
      db
        .select({ userId: milestoneAttestations.userId, id: milestoneAttestations.milestoneId })
        .from(milestoneAttestations)
        .where(inArray(milestoneAttestations.userId, ids)),
      db
        .select({ userId: milestoneVerifications.userId, id: milestoneVerifications.milestoneId })
        .from(milestoneVerifications)
        .where(inArray(milestoneVerifications.userId, ids)),
    ]);

  const of = (userId: string) => result.get(userId)!;
  for (const s of skills) of(s.userId).skillLevels[s.skill] = s.level;
  for (const m of minutes) of(m.userId).minutesLogged = m.minutes ?? 0;
  for (const { userId, ...group } of projectGroups) of(userId).projects.push(group);
  for (const c of certGroups)
    of(c.user_id).certifications.push({ skills: c.skills, count: Number(c.count) });
  for (const { userId, ...group } of paperGroups) of(userId).papersRead.push(group);
  for (const e of eventCounts) of(e.user_id).eventsAttended = Number(e.count);
  for (const a of attested) of(a.userId).attested.push(a.id);
  for (const v of verified) of(v.userId).verified.push(v.id);
  return result;
}

export async function loadEvidence(userId: string, today: string): Promise<Evidence> {
  return (await loadEvidenceFor(new Map([[userId, today]]))).get(userId)!;
}
