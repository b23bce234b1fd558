import { and, asc, eq, sql } from "drizzle-orm";
import { db, genericPlanDb } from "@/db/client";
import {
  cohortMembers,
  cohortMilestoneAttestations,
  cohortMilestones,
  cohorts,
  profiles,
  users,
} from "@/db/schema";
import { todayIn } from "../dates";
import { cursorPart, decodeCursor, everyItem, pageFrom, type PageQuery } from "../pagination";
import {
  assertCohortMember,
  cohortView,
  requireActor,
  runsCohort,
  type Actor,
  type CohortRole,
} from "../policy";
import { learnerCache } from "../progress/learner-cache";
import { getMe } from "../users/accounts";
import { membershipIn } from "./cohorts";
import { evidenceOf, type MemberDay } from "./milestone-evidence";
import {
  cohortCompletion,
  isMet,
  isOverdue,
  milestoneProgress,
  type MilestoneEvidence,
  type RuleMilestone,
} from "./milestone-rules";
import { type CohortMilestoneKind } from "./milestone-schemas";

/**
 * A cohort's own milestones (docs/DECISIONS.md, "A cohort's own milestones"): set by its
 * organizers and coaches, met by its members from their own records (hours in a date range,
 * a skill level, shipped projects, earned certifications) or checked off by the member.
 * Evaluation reads every member's evidence for every milestone of a cohort in one statement
 * (`evidenceOf`, milestone-evidence.ts), whatever the number of milestones; the rules are in
 * milestone-rules.ts.
 */

export const columns = {
  id: cohortMilestones.id,
  title: cohortMilestones.title,
  description: cohortMilestones.description,
  kind: cohortMilestones.kind,
  criteria: cohortMilestones.criteria,
  dueOn: cohortMilestones.dueOn,
  updatedAt: cohortMilestones.updatedAt,
};
export type MilestoneRow = {
  updatedAt: Date;
  id: string;
  title: string;
  description: string | null;
  kind: CohortMilestoneKind;
  criteria: unknown;
  dueOn: string | null;
};

const asRule = (m: MilestoneRow): RuleMilestone => ({
  id: m.id,
  kind: m.kind,
  criteria: (m.criteria ?? {}) as Record<string, unknown>,
  dueOn: m.dueOn,
});

export const publicFields = (m: MilestoneRow) => ({
  id: m.id,
  title: m.title,
  description: m.description,
  kind: m.kind,
  criteria: (m.criteria ?? {}) as Record<string, unknown>,
  dueOn: m.dueOn,
});

/** Due first (soonest first), then those without a date, each in the order added. */
const order = [
  sql`${cohortMilestones.dueOn} asc nulls last`,
  asc(cohortMilestones.createdAt),
  asc(cohortMilestones.id),
];

async function milestonesOf(cohortId: string): Promise<MilestoneRow[]> {
  return db
    .select(columns)
    .from(cohortMilestones)
    .where(eq(cohortMilestones.cohortId, cohortId))
    .orderBy(...order);
}

/** The cohort and the caller's role in it; 404 when not a member. */
async function cohortFor(actor: Actor | null, slug: string) {
  const { cohort, role } = await membershipIn(actor, slug);
  const r = assertCohortMember(role);
  return { cohort: cohort!, role: r };
}

// ── Reading ─────────────────────────────────────────────────────────────────

/**
 * The cohort's milestones: for a member with their own completion `{met, attested}`, for
 * those who run the cohort with `{done, of}` over the members whose completion they may see.
 */
export async function listCohortMilestones(actor: Actor | null, slug: string, page: PageQuery) {
  const { cohort, role } = await cohortFor(actor, slug);
  // Completion is worked out for all of them at once (a cohort keeps at most 100, and the
  // board's evidence is cached for the whole set); the page picks its own from that.
  const [all, pageIds] = await Promise.all([
    allWithCompletion(actor!, cohort.id, role),
    milestonePage(cohort.id, page),
  ]);
  const byId = new Map(all.map((m) => [m.id, m]));
  return {
    // One added in between the two statements is in the next answer.
    items: pageIds.items.flatMap((id) => byId.get(id) ?? []),
    nextCursor: pageIds.nextCursor,
  };
}

type MilestoneCompletion = { met: boolean; attested: boolean } | { done: number; of: number };

async function allWithCompletion(actor: Actor, cohortId: string, role: CohortRole) {
  if (runsCohort(role)) {
    const board = await boardOf(actor, cohortId, role);
    return board.milestones.map((m) => ({
      ...publicFields(m),
      completion: board.totals.get(m.id)! as MilestoneCompletion,
    }));
  }
  const me = await getMe(actor);
  const milestones = await milestonesOf(cohortId);
  const rules = milestones.map(asRule);
  const evidence = (
    await evidenceOf(rules, [
      {
        userId: me.id,
        timezone: me.profile.timezone,
        today: todayIn(me.profile.timezone),
        hours: true,
      },
    ])
  ).get(me.id)!;
  return milestones.map((m, i) => ({
    ...publicFields(m),
    completion: {
      met: isMet(rules[i]!, evidence),
      attested: evidence.attested.includes(m.id),
    } as MilestoneCompletion,
  }));
}

/**
 * The ids of one page of a cohort's milestones in their order (`order`: due first, without a
 * date last). A cursor is the last one's due date ("" for none), creation time and id.
 */
async function milestonePage(cohortId: string, { limit, cursor }: PageQuery) {
  const conditions = [eq(cohortMilestones.cohortId, cohortId)];
  if (cursor) {
    const [due, at, id] = decodeCursor(cursor, [
      (v) => v === "" || cursorPart.date(v),
      cursorPart.timestamp,
      cursorPart.uuid,
    ]);
    const later = sql`(${cohortMilestones.createdAt}, ${cohortMilestones.id}) > (${at}::timestamptz, ${id}::uuid)`;
    conditions.push(
      due === ""
        ? sql`(${cohortMilestones.dueOn} is null and ${later})`
        : sql`(${cohortMilestones.dueOn} > ${due}::date or ${cohortMilestones.dueOn} is null or (${cohortMilestones.dueOn} = ${due}::date and ${later}))`,
    );
  }
  const rows = await db
    .select({
      id: cohortMilestones.id,
      due: sql<string>`coalesce(${cohortMilestones.dueOn}::text, '')`,
      at: sql<string>`${cohortMilestones.createdAt}::text`,
    })
    .from(cohortMilestones)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(limit + 1);
  return pageFrom(
    rows,
    limit,
    (r) => [r.due, r.at, r.id],
    (r) => r.id,
  );
}

/**
 * Completion per milestone and per member, as one viewer may see it (cohortView and
 * cohortMilestoneVisible in lib/policy.ts): members who run the cohort are not its learners,
 * and a member's completion shows only with their progress shared (and, for hours, their
 * hours). Two statements: the milestones with the members, then the evidence.
 */
async function boardOf(actor: Actor, cohortId: string, viewerRole: CohortRole) {
  const [milestones, members, attestations] = await Promise.all([
    milestonesOf(cohortId),
    db
      .select({
        userId: cohortMembers.userId,
        role: cohortMembers.role,
        name: users.name,
        timezone: profiles.timezone,
        dataRevision: profiles.dataRevision,
        shareProgress: cohortMembers.shareProgress,
        shareHours: cohortMembers.shareHours,
        leaderboard: cohortMembers.leaderboard,
      })
      .from(cohortMembers)
      .innerJoin(users, eq(users.id, cohortMembers.userId))
      .innerJoin(profiles, eq(profiles.userId, cohortMembers.userId))
      .where(eq(cohortMembers.cohortId, cohortId))
      .orderBy(asc(users.name)),
    db
      .select({
        userId: cohortMilestoneAttestations.userId,
        milestoneId: cohortMilestoneAttestations.cohortMilestoneId,
      })
      .from(cohortMilestoneAttestations)
      .innerJoin(
        cohortMilestones,
        eq(cohortMilestones.id, cohortMilestoneAttestations.cohortMilestoneId),
      )
      .where(eq(cohortMilestones.cohortId, cohortId)),
  ]);
  const learners = members
    .filter((m) => !runsCohort(m.role))
    .map((m) => ({
      ...m,
      view: cohortView({ userId: actor.userId, role: viewerRole }, m),
    }));
  const rules = milestones.map(asRule);
  // Each member's evidence is reused while their data revision and day, these milestones as
  // edited, what they share and their check-offs stand; the evidence statement runs only for
  // the others (a cohort of 500 with thirty milestones: 24 ms of database time a view).
  const checkedOff = new Map<string, string[]>();
  for (const a of attestations)
    checkedOff.set(a.userId, [...(checkedOff.get(a.userId) ?? []), a.milestoneId]);
  const milestonesSignature = milestones.map((m) => `${m.id}:${m.updatedAt.getTime()}`).join(",");
  const evidence = new Map<string, MilestoneEvidence>();
  const missing: (MemberDay & { signature: string; dataRevision: number })[] = [];
  for (const m of learners.filter((l) => l.view.progress)) {
    const today = todayIn(m.timezone);
    const signature = `${milestonesSignature}|${m.view.hours ? 1 : 0}|${(checkedOff.get(m.userId) ?? []).sort().join(",")}`;
    const known = boardEvidenceSeen.get(`${cohortId}:${m.userId}`, m.dataRevision, today);
    if (known?.signature === signature) evidence.set(m.userId, known.evidence);
    else
      missing.push({
        userId: m.userId,
        timezone: m.timezone,
        today,
        hours: m.view.hours,
        signature,
        dataRevision: m.dataRevision,
      });
  }
  const missingById = new Map(missing.map((m) => [m.userId, m]));
  for (const [userId, found] of await evidenceOf(rules, missing)) {
    evidence.set(userId, found);
    const m = missingById.get(userId)!;
    boardEvidenceSeen.set(`${cohortId}:${userId}`, m.dataRevision, m.today, {
      signature: m.signature,
      evidence: found,
    });
  }
  const { totals, byMember } = cohortCompletion(rules, learners, evidence);
  return {
    milestones,
    totals,
    members: learners.map((m) => ({
      userId: m.userId,
      name: m.name,
      met: byMember.get(m.userId)!,
    })),
  };
}

/** The cohort page's section: completion per milestone and per member (those who run it). */
export async function cohortMilestoneBoard(actor: Actor | null, slug: string) {
  const { cohort, role } = await cohortFor(actor, slug);
  const me = await getMe(actor);
  const today = todayIn(me.profile.timezone);
  if (!runsCohort(role)) {
    const items = await everyItem((page) => listCohortMilestones(actor, slug, page));
    return {
      role,
      items: items.map((m) => ({
        ...m,
        overdue: isOverdue(m, (m.completion as { met: boolean }).met, today),
      })),
      members: null,
    };
  }
  const board = await boardOf(actor!, cohort.id, role);
  return {
    role,
    items: board.milestones.map((m) => {
      const completion = board.totals.get(m.id)!;
      return {
        ...publicFields(m),
        completion,
        overdue: m.dueOn !== null && m.dueOn < today && completion.done < completion.of,
      };
    }),
    members: board.members,
  };
}

export type CohortMilestoneBoard = Awaited<ReturnType<typeof cohortMilestoneBoard>>;

/**
 * The learner's dashboard section, one group per cohort they are a member of: each milestone
 * with their progress, whether it is met and whether it is overdue. Read on every visit, not
 * kept in the dashboard's cache (which is keyed on the learner's own data revision, which an
 * organizer's change does not move): one statement when the learner is in no cohort with
 * milestones, two otherwise.
 */
export async function myCohortMilestones(
  actor: Actor | null,
  { dataRevision }: { dataRevision?: number } = {},
) {
  const { userId } = requireActor(actor);
  const rows = await genericPlanDb
    .select({
      ...columns,
      attestedAt: cohortMilestoneAttestations.attestedAt,
      cohortSlug: cohorts.slug,
      cohortName: cohorts.name,
    })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .innerJoin(cohortMilestones, eq(cohortMilestones.cohortId, cohortMembers.cohortId))
    .leftJoin(
      cohortMilestoneAttestations,
      and(
        eq(cohortMilestoneAttestations.cohortMilestoneId, cohortMilestones.id),
        eq(cohortMilestoneAttestations.userId, userId),
      ),
    )
    .where(and(eq(cohortMembers.userId, userId), eq(cohortMembers.role, "member")))
    .orderBy(asc(cohorts.name), asc(cohorts.slug), ...order);
  if (!rows.length) return [];
  const me = await getMe(actor);
  const today = todayIn(me.profile.timezone);
  const rules = rows.map(asRule);
  // The evidence statement reads the learner's records (minutes in each range, ratings,
  // projects, certifications): reused while their data revision, their day, these milestones
  // as edited and their check-offs all stand, so a dashboard seen again costs the one read above.
  const signature = rows
    .map((r) => `${r.id}:${r.updatedAt.getTime()}:${r.attestedAt ? 1 : 0}`)
    .join(",");
  const known =
    dataRevision === undefined ? undefined : evidenceSeen.get(userId, dataRevision, today);
  let evidence = known?.signature === signature ? known.evidence : undefined;
  if (!evidence) {
    evidence = (
      await evidenceOf(rules, [{ userId, timezone: me.profile.timezone, today, hours: true }])
    ).get(userId)!;
    if (dataRevision !== undefined)
      evidenceSeen.set(userId, dataRevision, today, { signature, evidence });
  }
  const groups = new Map<
    string,
    {
      slug: string;
      name: string;
      items: (ReturnType<typeof publicFields> & {
        met: boolean;
        attested: boolean;
        overdue: boolean;
        progress: { current: number; target: number };
      })[];
    }
  >();
  rows.forEach((row, i) => {
    const rule = rules[i]!;
    const met = isMet(rule, evidence);
    let group = groups.get(row.cohortSlug);
    if (!group) {
      group = { slug: row.cohortSlug, name: row.cohortName, items: [] };
      groups.set(row.cohortSlug, group);
    }
    group.items.push({
      ...publicFields(row),
      met,
      attested: evidence.attested.includes(row.id),
      overdue: isOverdue(rule, met, today),
      progress: milestoneProgress(rule, evidence),
    });
  });
  return [...groups.values()];
}

export type MyCohortMilestones = Awaited<ReturnType<typeof myCohortMilestones>>;

/**
 * Evidence computed in this process (lib/progress/learner-cache.ts), with the signature of what
 * else it was computed for: a member's for their dashboard card (all their cohorts), and a
 * member's in one cohort for its board (keyed by cohort and member).
 */
const evidenceSeen = learnerCache<{ signature: string; evidence: MilestoneEvidence }>();
const boardEvidenceSeen = learnerCache<{ signature: string; evidence: MilestoneEvidence }>();
