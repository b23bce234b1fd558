import { sql, type SQL } from "drizzle-orm";
import { db, genericPlanDb } from "@/db/client";
import {
  activityTotals,
  certifications,
  events,
  milestoneAttestations,
  milestoneVerifications,
  papers,
  profiles,
  projects,
  skillRatings,
} from "@/db/schema";
import { uuidArray } from "../sql";
import { EMPTY_EVIDENCE, type Evidence } from "./evaluate";

/** Each evidence read's rows for one learner, as the statement answers them. */
type EvidenceRow = {
  skills: Record<string, number> | null;
  minutes: number | null;
  projects: Evidence["projects"] | null;
  certifications: Evidence["certifications"] | null;
  papers: Evidence["papersRead"] | null;
  events: number | null;
  attested: string[] | null;
  verified: string[] | null;
};

/**
 * The eight reads behind a learner's evidence, for the learner whose id is `learner` and whose
 * own local date is `today` (certification expiry, events held). Each is an aggregate whose cost
 * depends on the number of distinct groups, never on the number of records.
 */
function evidenceReads(learner: SQL, today: SQL): { [K in keyof EvidenceRow]: SQL } {
  const groups = (query: SQL) => sql`(select json_agg(g) from (${query}) g)`;
  return {
    skills: sql`(select json_object_agg(${skillRatings.skillSlug}, ${skillRatings.level})
      from ${skillRatings} where ${skillRatings.userId} = ${learner})`,
    minutes: sql`(select ${activityTotals.minutes}::float8
      from ${activityTotals} where ${activityTotals.userId} = ${learner})`,
    projects: groups(sql`
      select ${projects.status} as status, ${projects.repoUrl} is not null as "withRepo",
        ${projects.openSource} as "openSource", ${projects.track} as track, count(*)::int as count
      from ${projects} where ${projects.userId} = ${learner}
      group by 1, 2, 3, 4`),
    certifications: groups(sql`
      select ${certifications.skills} as skills, count(*)::int as count
      from ${certifications}
      where ${certifications.userId} = ${learner} and ${certifications.status} = 'earned'
        and (${certifications.expiresOn} is null or ${certifications.expiresOn} >= ${today})
      group by 1`),
    papers: groups(sql`
      select ${papers.topic} as topic, count(*)::int as count
      from ${papers} where ${papers.userId} = ${learner} and ${papers.status} = 'read'
      group by 1`),
    events: sql`(select count(*)::int from ${events}
      where ${events.userId} = ${learner} and ${events.date} <= ${today})`,
    attested: sql`(select json_agg(${milestoneAttestations.milestoneId})
      from ${milestoneAttestations} where ${milestoneAttestations.userId} = ${learner})`,
    verified: sql`(select json_agg(${milestoneVerifications.milestoneId})
      from ${milestoneVerifications} where ${milestoneVerifications.userId} = ${learner})`,
  };
}

const asEvidence = (r: EvidenceRow): Evidence => ({
  ...EMPTY_EVIDENCE,
  skillLevels: r.skills ?? {},
  minutesLogged: r.minutes ?? 0,
  projects: r.projects ?? [],
  certifications: r.certifications ?? [],
  papersRead: r.papers ?? [],
  eventsAttended: r.events ?? 0,
  attested: r.attested ?? [],
  verified: r.verified ?? [],
});

const columns = (reads: { [K in keyof EvidenceRow]: SQL }) =>
  sql.join(
    Object.entries(reads).map(([name, read]) => sql`${read} as ${sql.identifier(name)}`),
    sql`, `,
  );

/** A learner, their time zone and their today in it (todayIn), as the caller keys what it caches. */
export type LearnerDay = { userId: string; timezone: string; today: string };

/**
 * Many learners' evidence (a cohort, a coach's mentees) in one statement: a row per learner,
 * each read correlated on their profile's `user_id`, so that on Citus the statement runs whole
 * on the learners' own shards, one task per shard, instead of each read being gathered on the
 * coordinator apart (docs/SCALING.md, "Cohort dashboards"). None for an account deleted meanwhile.
 */
export async function loadEvidenceFor(
  learners: readonly LearnerDay[],
): Promise<Map<string, Evidence>> {
  if (learners.length === 0) return new Map();
  // Each learner's own "today", by the time zone of their profile: a handful of zones, where a
  // date per learner would put a second list of hundreds in the statement, which Citus copies
  // into the query of every shard (docs/PERFORMANCE.md, "Citus: the cohort dashboard in one
  // pass"). A zone changed since the caller read it is not listed: its today is then PostgreSQL's.
  const todays = JSON.stringify(Object.fromEntries(learners.map((l) => [l.timezone, l.today])));
  const today = sql`coalesce((${todays}::json ->> p.timezone)::date, (now() at time zone p.timezone)::date)`;
  const rows = await db.execute<EvidenceRow & { u: string }>(sql`
    select p.user_id as u, ${columns(evidenceReads(sql`p.user_id`, today))}
    from ${profiles} p
    where p.user_id = any(${uuidArray(learners.map((l) => l.userId))})`);
  return new Map(rows.map((r) => [r.u, asEvidence(r)]));
}

/**
 * Further reads for the same statement as the evidence, by name: each an SQL
 * expression (a `jsonRows` subquery, say). A page that needs the evidence and
 * a few reads of its own then makes one round trip to PostgreSQL, not two.
 */
export type ReadsAlongside<T> = { [K in keyof T]: SQL<T[K]> };

/**
 * One learner's evidence, and the reads asked for alongside it, in one statement of
 * subqueries that each name the learner: on Citus a router query, on the learner's shard.
 */
export async function loadEvidence<T extends Record<string, unknown> = Record<string, never>>(
  learner: LearnerDay,
  alongside: ReadsAlongside<T> = {} as ReadsAlongside<T>,
): Promise<{ evidence: Evidence; alongside: T }> {
  // The reads alongside travel as one JSON object, so their names cannot clash with the evidence's.
  const extra = Object.entries(alongside as Record<string, SQL>);
  const alongsideColumn = extra.length
    ? sql`, json_build_object(${sql.join(
        extra.map(([name, read]) => sql`${name}::text, ${read}`),
        sql`, `,
      )}) as alongside`
    : sql``;
  const reads = evidenceReads(sql`${learner.userId}::uuid`, sql`${learner.today}::date`);
  // One learner: the statement's generic plan serves every learner (db/client.ts).
  const [row] = await genericPlanDb.execute<EvidenceRow & { alongside?: T }>(
    sql`select ${columns(reads)} ${alongsideColumn}`,
  );
  return { evidence: asEvidence(row!), alongside: row!.alongside as T };
}
