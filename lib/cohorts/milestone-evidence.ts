import { sql, type SQL } from "drizzle-orm";
import { db, genericPlanDb } from "@/db/client";
import {
  activityDays,
  certifications,
  cohortMilestoneAttestations,
  profiles,
  projects,
  skillRatings,
} from "@/db/schema";
import { uuidArray } from "../sql";
import { NO_EVIDENCE, type MilestoneEvidence, type RuleMilestone } from "./milestone-rules";

/** A member whose evidence is read: their time zone and today in it, and whether hours may be. */
export type MemberDay = { userId: string; timezone: string; today: string; hours: boolean };

type EvidenceRow = {
  projects?: number | null;
  certifications?: number | null;
  skills?: Record<string, number> | null;
  attested?: string[] | null;
  minutes?: Record<string, number> | null;
};

/**
 * The reads the milestones ask for, for the member whose id is `member` and whose own local date
 * is `today`: only those of the kinds present, each an aggregate over the member's rows. Hours
 * are summed per hours milestone, one subquery each with its range as constants (at most 100 a
 * cohort; a member's dashboard card reads those of all their cohorts).
 */
function milestoneReads(milestones: readonly RuleMilestone[], member: SQL, today: SQL) {
  const kinds = new Set(milestones.map((m) => m.kind));
  const reads: { [K in keyof EvidenceRow]: SQL } = {};
  if (kinds.has("project"))
    reads.projects = sql`(select count(*)::int from ${projects}
      where ${projects.userId} = ${member} and ${projects.status} = 'shipped')`;
  if (kinds.has("certification"))
    reads.certifications = sql`(select count(*)::int from ${certifications}
      where ${certifications.userId} = ${member} and ${certifications.status} = 'earned'
        and (${certifications.expiresOn} is null or ${certifications.expiresOn} >= ${today}))`;
  const skills = [
    ...new Set(milestones.filter((m) => m.kind === "skill").map((m) => String(m.criteria.skill))),
  ];
  if (skills.length)
    reads.skills = sql`(select json_object_agg(${skillRatings.skillSlug}, ${skillRatings.level})
      from ${skillRatings}
      where ${skillRatings.userId} = ${member}
        and ${skillRatings.skillSlug} = any(${`{${skills.join(",")}}`}::text[]))`;
  if (kinds.has("attested"))
    reads.attested = sql`(select json_agg(${cohortMilestoneAttestations.cohortMilestoneId})
      from ${cohortMilestoneAttestations}
      where ${cohortMilestoneAttestations.userId} = ${member}
        and ${cohortMilestoneAttestations.cohortMilestoneId} = any(${uuidArray(milestones.map((m) => m.id))}))`;
  const hours = milestones.filter((m) => m.kind === "hours");
  if (hours.length) {
    const pairs = hours.map(
      (m) => sql`${m.id}::text, (select sum(${activityDays.minutes})::int from ${activityDays}
        where ${activityDays.userId} = ${member}
          and ${activityDays.date} >= coalesce(${(m.criteria.from as string | undefined) ?? null}::date, '-infinity'::date)
          and ${activityDays.date} <= coalesce(${(m.criteria.to as string | undefined) ?? null}::date, 'infinity'::date))`,
    );
    // A function takes at most 100 arguments: 50 milestones an object, the objects joined.
    const objects: SQL[] = [];
    for (let i = 0; i < pairs.length; i += 50)
      objects.push(sql`jsonb_build_object(${sql.join(pairs.slice(i, i + 50), sql`, `)})`);
    reads.minutes = sql`(${sql.join(objects, sql` || `)})`;
  }
  return reads;
}

function asEvidence(row: EvidenceRow | undefined, hours: boolean): MilestoneEvidence {
  const minutesByMilestone: Record<string, number> = {};
  // A range with no activity sums to null: left out, as 0.
  for (const [id, minutes] of Object.entries(row?.minutes ?? {}))
    if (minutes) minutesByMilestone[id] = minutes;
  return {
    ...NO_EVIDENCE,
    minutesByMilestone: hours ? minutesByMilestone : undefined,
    shippedProjects: row?.projects ?? 0,
    earnedCertifications: row?.certifications ?? 0,
    skillLevels: row?.skills ?? {},
    attested: row?.attested ?? [],
  };
}

const columns = (reads: Record<string, SQL>) =>
  sql.join(
    Object.entries(reads).map(([name, read]) => sql`${read} as ${sql.identifier(name)}`),
    sql`, `,
  );

/**
 * What the records of these members say for these milestones, in one statement: shipped
 * projects, certifications earned and unexpired on each member's own today, the ratings of the
 * skills asked for, their check-offs, and the minutes within each hours milestone's range — the
 * latter only for members whose hours may be read (`hours`), never for the others.
 *
 * One member (their dashboard card): every read names them, a router query on Citus. Several (a
 * cohort's board): a row per member of `profiles`, each read correlated on its `user_id`, run
 * whole on the members' shards (docs/SCALING.md, "Cohort dashboards").
 */
export async function evidenceOf(
  milestones: readonly RuleMilestone[],
  members: readonly MemberDay[],
): Promise<Map<string, MilestoneEvidence>> {
  if (!milestones.length || !members.length)
    return new Map(members.map((m) => [m.userId, asEvidence(undefined, m.hours)]));
  if (members.length === 1) {
    const [m] = members as [MemberDay];
    const reads = milestoneReads(milestones, sql`${m.userId}::uuid`, sql`${m.today}::date`);
    if (!m.hours) delete reads.minutes;
    if (!Object.keys(reads).length) return new Map([[m.userId, asEvidence(undefined, m.hours)]]);
    // The same statement for every member: its generic plan serves them all (db/client.ts).
    const [row] = await genericPlanDb.execute<EvidenceRow>(sql`select ${columns(reads)}`);
    return new Map([[m.userId, asEvidence(row, m.hours)]]);
  }
  // Each member's today by their profile's time zone, as in lib/progress/evidence.ts.
  const todays = JSON.stringify(Object.fromEntries(members.map((m) => [m.timezone, m.today])));
  const today = sql`coalesce((${todays}::json ->> p.timezone)::date, (now() at time zone p.timezone)::date)`;
  const reads = milestoneReads(milestones, sql`p.user_id`, today);
  // Hours only for those who share them: the list of those who do not (most share) is written out.
  const withoutHours = members.filter((m) => !m.hours).map((m) => m.userId);
  if (reads.minutes && withoutHours.length === members.length) delete reads.minutes;
  else if (reads.minutes && withoutHours.length)
    reads.minutes = sql`case when p.user_id <> all(${uuidArray(withoutHours)}) then ${reads.minutes} end`;
  if (!Object.keys(reads).length)
    return new Map(members.map((m) => [m.userId, asEvidence(undefined, m.hours)]));
  const rows = await db.execute<EvidenceRow & { u: string }>(sql`
    select p.user_id as u, ${columns(reads)}
    from ${profiles} p
    where p.user_id = any(${uuidArray(members.map((m) => m.userId))})`);
  const byMember = new Map(rows.map((r) => [r.u, r]));
  return new Map(members.map((m) => [m.userId, asEvidence(byMember.get(m.userId), m.hours)]));
}
