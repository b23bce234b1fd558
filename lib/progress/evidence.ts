import { sql, type SQL } from "drizzle-orm";
import { type Database, db, genericPlanDb } from "@/db/client";
import {
  activityTotals,
  certifications,
  events,
  milestoneAttestations,
  milestoneVerifications,
  papers,
  projects,
  skillRatings,
} from "@/db/schema";
import { jsonRows, uuidArray } from "../sql";
import { EMPTY_EVIDENCE, type Evidence } from "./evaluate";

/**
 * Learners' evidence as aggregates: eight grouped subqueries in one statement,
 * for one learner or a whole cohort alike. Their cost depends on the number of
 * learners and distinct groups (and days), never on the number of records.
 * `todayByUser` is each learner's local date (certification expiry, events held).
 */
export async function loadEvidenceFor(
  todayByUser: Map<string, string>,
): Promise<Map<string, Evidence>> {
  return (await evidenceWith(todayByUser, {})).evidence;
}

/**
 * Further reads for the same statement as the evidence, by name: each an SQL
 * expression (a `jsonRows` subquery, say). A page that needs the evidence and
 * a few reads of its own then makes one round trip to PostgreSQL, not two.
 */
export type ReadsAlongside<T> = { [K in keyof T]: SQL<T[K]> };

async function evidenceWith<T extends Record<string, unknown>>(
  todayByUser: Map<string, string>,
  alongside: ReadsAlongside<T>,
  database: Database = db,
): Promise<{ evidence: Map<string, Evidence>; alongside: T }> {
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
  // The reads alongside travel as one JSON object, so their names cannot clash with the evidence's.
  const extra = Object.entries(alongside as Record<string, SQL>);
  if (ids.length === 0 && extra.length === 0) return { evidence: result, alongside: {} as T };
  const alongsideColumn = extra.length
    ? sql`, json_build_object(${sql.join(
        extra.map(([name, read]) => sql`${name}::text, ${read}`),
        sql`, `,
      )}) as alongside`
    : sql``;
  // Each learner's own "today", joined in SQL.
  const pairs = JSON.stringify(ids.map((id) => ({ user_id: id, today: todayByUser.get(id) })));
  // Also filter by user directly: the planner cannot see into the JSON and would scan whole tables.
  const userIds = uuidArray(ids);
  // One statement of eight grouped aggregates, each as a JSON array of rows:
  // one round trip and one parse instead of eight queries.
  // One object of levels per learner: a cohort has thousands of ratings.
  const skillRows = jsonRows(sql`
    select ${skillRatings.userId} as u, json_object_agg(${skillRatings.skillSlug}, ${skillRatings.level}) as levels
    from ${skillRatings} where ${skillRatings.userId} = any(${userIds})
    group by 1`);
  const [result8] = await database.execute<{
    skills: { u: string; levels: Record<string, number> }[];
    minutes: { u: string; minutes: number }[];
    projects: ({ u: string } & Evidence["projects"][number])[];
    certifications: ({ u: string } & Evidence["certifications"][number])[];
    papers: ({ u: string } & Evidence["papersRead"][number])[];
    events: { u: string; count: number }[];
    attested: { u: string; id: string }[];
    verified: { u: string; id: string }[];
  }>(sql`
    with t as (select * from json_to_recordset(${pairs}::json) as t(user_id uuid, today date))
    select
      ${skillRows} as skills,
      ${jsonRows(sql`
        select ${activityTotals.userId} as u, ${activityTotals.minutes}::float8 as minutes
        from ${activityTotals} where ${activityTotals.userId} = any(${userIds})`)} as minutes,
      ${jsonRows(sql`
        select ${projects.userId} as u, ${projects.status} as status,
          ${projects.repoUrl} is not null as "withRepo", ${projects.openSource} as "openSource",
          ${projects.track} as track, count(*)::int as count
        from ${projects} where ${projects.userId} = any(${userIds})
        group by 1, 2, 3, 4, 5`)} as projects,
      ${jsonRows(sql`
        select ${certifications.userId} as u, ${certifications.skills} as skills, count(*)::int as count
        from ${certifications} join t on t.user_id = ${certifications.userId}
        where ${certifications.userId} = any(${userIds}) and ${certifications.status} = 'earned'
          and (${certifications.expiresOn} is null or ${certifications.expiresOn} >= t.today)
        group by 1, 2`)} as certifications,
      ${jsonRows(sql`
        select ${papers.userId} as u, ${papers.topic} as topic, count(*)::int as count
        from ${papers} where ${papers.userId} = any(${userIds}) and ${papers.status} = 'read'
        group by 1, 2`)} as papers,
      ${jsonRows(sql`
        select ${events.userId} as u, count(*)::int as count
        from ${events} join t on t.user_id = ${events.userId}
        where ${events.userId} = any(${userIds}) and ${events.date} <= t.today
        group by 1`)} as events,
      ${jsonRows(sql`
        select ${milestoneAttestations.userId} as u, ${milestoneAttestations.milestoneId} as id
        from ${milestoneAttestations} where ${milestoneAttestations.userId} = any(${userIds})`)} as attested,
      ${jsonRows(sql`
        select ${milestoneVerifications.userId} as u, ${milestoneVerifications.milestoneId} as id
        from ${milestoneVerifications} where ${milestoneVerifications.userId} = any(${userIds})`)} as verified
      ${alongsideColumn}
  `);
  const r = result8!;

  const of = (userId: string) => result.get(userId)!;
  for (const { u, levels } of r.skills) of(u).skillLevels = levels;
  for (const { u, minutes } of r.minutes) of(u).minutesLogged = minutes;
  for (const { u, ...group } of r.projects) of(u).projects.push(group);
  for (const { u, ...group } of r.certifications) of(u).certifications.push(group);
  for (const { u, ...group } of r.papers) of(u).papersRead.push(group);
  for (const { u, count } of r.events) of(u).eventsAttended = count;
  for (const { u, id } of r.attested) of(u).attested.push(id);
  for (const { u, id } of r.verified) of(u).verified.push(id);
  return { evidence: result, alongside: ((r as { alongside?: T }).alongside ?? {}) as T };
}

/** One learner's evidence, and the reads asked for alongside it, in one statement. */
export async function loadEvidence<T extends Record<string, unknown> = Record<string, never>>(
  userId: string,
  today: string,
  alongside: ReadsAlongside<T> = {} as ReadsAlongside<T>,
): Promise<{ evidence: Evidence; alongside: T }> {
  // One learner: the statement's generic plan serves every learner (db/client.ts).
  const read = await evidenceWith(new Map([[userId, today]]), alongside, genericPlanDb);
  return { evidence: read.evidence.get(userId)!, alongside: read.alongside };
}
