import { randomBytes } from "node:crypto";
import { and, asc, eq, gte, lte, sql, sum } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import { db } from "@/db/client";
import { activityDays, activityTotals, cohortMembers, cohorts, profiles, users } from "@/db/schema";
import { addDaysTo, daysBetween, todayIn, weekStart } from "../dates";
import { AppError, notFound } from "../errors";
import {
  assertCohortMember,
  assertCohortOrganizer,
  assertMayRemoveMember,
  cohortView,
  requireActor,
  type Actor,
  type CohortRole,
} from "../policy";
import { safeCell } from "../portability/csv";
import { progressOfMany } from "../progress/progress";
import { getRoadmap } from "../roadmap/queries";
import { getMe } from "../users/accounts";
import { slugFrom } from "../slug";
import { uuidArray } from "../sql";

export const INACTIVE_AFTER_DAYS = 14;
export const COHORT_WEEKS = 12;

// No 0/O/1/I/L: codes are read aloud and typed.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
function newInviteCode(): string {
  return [...randomBytes(10)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

/** The caller's role in the cohort with this slug (null when not in it), and the cohort. */
async function membershipIn(actor: Actor | null, slug: string) {
  const { userId } = requireActor(actor);
  const [row] = await db
    .select({ cohort: cohorts, role: cohortMembers.role })
    .from(cohorts)
    .leftJoin(
      cohortMembers,
      and(eq(cohortMembers.cohortId, cohorts.id), eq(cohortMembers.userId, userId)),
    )
    .where(eq(cohorts.slug, slug));
  return { cohort: row?.cohort ?? null, role: (row?.role ?? null) as CohortRole | null };
}

export async function createCohort(
  actor: Actor | null,
  input: {
    name: string;
    description?: string | null;
    startsOn?: string | null;
    endsOn?: string | null;
  },
) {
  const { userId } = requireActor(actor);
  return db.transaction(async (tx) => {
    const [cohort] = await tx
      .insert(cohorts)
      .values({
        ...input,
        slug: slugFrom(input.name, "cohort", 50),
        inviteCode: newInviteCode(),
        createdBy: userId,
      })
      .returning();
    await tx.insert(cohortMembers).values({ userId, cohortId: cohort!.id, role: "organizer" });
    return { slug: cohort!.slug, name: cohort!.name, inviteCode: cohort!.inviteCode };
  });
}

export async function listMyCohorts(actor: Actor | null) {
  const { userId } = requireActor(actor);
  const rows = await db
    .select({
      slug: cohorts.slug,
      name: cohorts.name,
      description: cohorts.description,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      role: cohortMembers.role,
      memberCount: sql<number>`(select count(*)::int from ${cohortMembers} m where m.cohort_id = ${cohorts.id})`,
    })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(eq(cohortMembers.userId, userId))
    .orderBy(asc(cohorts.name));
  return rows;
}

/** The cohort an invite code opens, for the join page (name only). */
export async function cohortForCode(actor: Actor | null, code: string) {
  const { userId } = requireActor(actor);
  // From the join page's path: PostgreSQL refuses U+0000 in text (a 500), and no code has it.
  if (code.includes("\u0000")) throw notFound("Invite code");
  const [row] = await db
    .select({
      slug: cohorts.slug,
      name: cohorts.name,
      description: cohorts.description,
      role: cohortMembers.role,
    })
    .from(cohorts)
    .leftJoin(
      cohortMembers,
      and(eq(cohortMembers.cohortId, cohorts.id), eq(cohortMembers.userId, userId)),
    )
    .where(eq(cohorts.inviteCode, code.trim().toUpperCase()));
  if (!row) throw notFound("Invite code");
  return row;
}

/** Joins with a current invite code; joining again changes nothing. */
export async function joinCohort(actor: Actor | null, code: string) {
  const { userId } = requireActor(actor);
  const [cohort] = await db
    .select({ id: cohorts.id, slug: cohorts.slug, name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.inviteCode, code.trim().toUpperCase()));
  if (!cohort) throw notFound("Invite code");
  await db
    .insert(cohortMembers)
    .values({ userId, cohortId: cohort.id, role: "member" })
    .onConflictDoNothing();
  return { slug: cohort.slug, name: cohort.name };
}

export async function rotateInviteCode(actor: Actor | null, slug: string) {
  const { cohort, role } = await membershipIn(actor, slug);
  assertCohortOrganizer(role);
  const [row] = await db
    .update(cohorts)
    .set({ inviteCode: newInviteCode() })
    .where(eq(cohorts.id, cohort!.id))
    .returning({ inviteCode: cohorts.inviteCode });
  return { inviteCode: row!.inviteCode };
}

export async function updateCohort(
  actor: Actor | null,
  slug: string,
  input: {
    name?: string;
    description?: string | null;
    startsOn?: string | null;
    endsOn?: string | null;
  },
) {
  const { cohort, role } = await membershipIn(actor, slug);
  assertCohortOrganizer(role);
  const merged = { ...cohort!, ...input };
  if (merged.startsOn && merged.endsOn && merged.endsOn < merged.startsOn) {
    throw new AppError("validation_failed", "End date must be on or after the start date.", {
      endsOn: "must be on or after the start date",
    });
  }
  // An empty change is a no-op, not an error.
  const [row] = Object.keys(input).length
    ? await db.update(cohorts).set(input).where(eq(cohorts.id, cohort!.id)).returning()
    : [cohort];
  return {
    slug: row!.slug,
    name: row!.name,
    description: row!.description,
    startsOn: row!.startsOn,
    endsOn: row!.endsOn,
  };
}

export async function updateMembership(
  actor: Actor | null,
  slug: string,
  input: { shareProgress?: boolean; shareHours?: boolean; leaderboard?: boolean },
) {
  const { userId } = requireActor(actor);
  const { cohort, role } = await membershipIn(actor, slug);
  assertCohortMember(role);
  const where = and(eq(cohortMembers.cohortId, cohort!.id), eq(cohortMembers.userId, userId));
  const columns = {
    shareProgress: cohortMembers.shareProgress,
    shareHours: cohortMembers.shareHours,
    leaderboard: cohortMembers.leaderboard,
  };
  if (Object.keys(input).length === 0) {
    const [current] = await db.select(columns).from(cohortMembers).where(where);
    return current!;
  }
  const [row] = await db.update(cohortMembers).set(input).where(where).returning({
    shareProgress: cohortMembers.shareProgress,
    shareHours: cohortMembers.shareHours,
    leaderboard: cohortMembers.leaderboard,
  });
  return row!;
}

/** The organizer removes a member, or a member leaves. Access ends at once. */
export async function removeMember(actor: Actor | null, slug: string, memberId: string) {
  const a = requireActor(actor);
  const { cohort, role } = await membershipIn(actor, slug);
  assertMayRemoveMember(a, role, memberId);
  const removed = await db
    .delete(cohortMembers)
    .where(
      and(
        eq(cohortMembers.cohortId, cohort!.id),
        eq(cohortMembers.userId, memberId),
        eq(cohortMembers.role, "member"),
      ),
    )
    .returning({ userId: cohortMembers.userId });
  if (removed.length === 0) throw notFound("Member");
}

export type CohortMemberView = {
  userId: string;
  name: string | null;
  role: CohortRole;
  tier?: { number: number; name: string };
  nextTier?: { number: number; name: string } | null;
  /** Ids of the milestones met, among those of the cohort grid. */
  metMilestones?: string[];
  hoursThisWeek?: number;
  hoursThisMonth?: number;
  inactive?: boolean;
};

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/**
 * The cohort dashboard, with only what each member shares. A fixed number of
 * queries whatever the cohort's size: members, roadmap, eight evidence
 * aggregates for everyone sharing progress (only those whose data changed since
 * this process last evaluated them: lib/progress), and two over the per-day rollup.
 */
export async function getCohortDashboard(actor: Actor | null, slug: string) {
  const viewer = requireActor(actor);
  const { cohort, role } = await membershipIn(actor, slug);
  const viewerRole = assertCohortMember(role);
  const me = await getMe(actor);
  const today = todayIn(me.profile.timezone);
  const thisWeek = weekStart(today);
  const firstWeek = addDaysTo(thisWeek, -7 * (COHORT_WEEKS - 1));
  const monthStart = `${today.slice(0, 8)}01`;
  const since = firstWeek < monthStart ? firstWeek : monthStart;

  const members = await db
    .select({
      userId: cohortMembers.userId,
      role: cohortMembers.role,
      shareProgress: cohortMembers.shareProgress,
      shareHours: cohortMembers.shareHours,
      leaderboard: cohortMembers.leaderboard,
      name: users.name,
      timezone: profiles.timezone,
      targetTrack: profiles.targetTrack,
      dataRevision: profiles.dataRevision,
    })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .innerJoin(profiles, eq(profiles.userId, cohortMembers.userId))
    .where(
      and(
        eq(cohortMembers.cohortId, cohort!.id),
        // Lets the planner fetch the members' users by primary key instead of scanning them all.
        sql`${users.id} = any(array(select ${cohortMembers.userId} from ${cohortMembers} where ${cohortMembers.cohortId} = ${cohort!.id}))`,
      ),
    )
    .orderBy(asc(users.name));
  const views = new Map(
    members.map((m) => [m.userId, cohortView({ userId: viewer.userId, role: viewerRole }, m)]),
  );
  const progressSharers = members.filter((m) => views.get(m.userId)!.progress);
  const hourSharers = members.filter(
    (m) => views.get(m.userId)!.hours || views.get(m.userId)!.leaderboard,
  );
  const activityIds = members
    .filter((m) => views.get(m.userId)!.inactivity || views.get(m.userId)!.hours)
    .map((m) => m.userId);

  const [roadmap, progressByUser, weekly, lastActive] = await Promise.all([
    getRoadmap(),
    progressOfMany(progressSharers),
    hourSharers.length
      ? db
          .select({
            userId: activityDays.userId,
            week: sql<string>`date_trunc('week', ${activityDays.date})::date::text`,
            month: sql<boolean>`${activityDays.date} >= ${monthStart}::date`,
            minutes: sum(activityDays.minutes).mapWith(Number),
          })
          .from(activityDays)
          .where(
            and(
              sql`${activityDays.userId} = any(${uuidArray(hourSharers.map((m) => m.userId))})`,
              gte(activityDays.date, since),
              lte(activityDays.date, today),
            ),
          )
          .groupBy(activityDays.userId, sql`2`, sql`3`)
      : [],
    activityIds.length
      ? db
          .select({ userId: activityTotals.userId, last: activityTotals.lastActiveOn })
          .from(activityTotals)
          .where(sql`${activityTotals.userId} = any(${uuidArray(activityIds)})`)
      : [],
  ]);

  // The grid: the tier most of the cohort is working toward, and who has met what of it.
  const nextTierCounts = new Map<number, number>();
  for (const p of progressByUser.values()) {
    if (p.nextTier)
      nextTierCounts.set(p.nextTier.number, (nextTierCounts.get(p.nextTier.number) ?? 0) + 1);
  }
  const gridTier = [...nextTierCounts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1;
  const gridTierRef = roadmap.tiers.find((t) => t.number === gridTier);
  const gridMilestones = (gridTierRef?.milestones ?? []).map((m) => ({ id: m.id, title: m.title }));

  const weeklyByUser = new Map<string, { thisWeek: number; month: number }>();
  const cohortWeeks = new Map<string, number>();
  for (const row of weekly) {
    const view = views.get(row.userId)!;
    const w = weeklyByUser.get(row.userId) ?? { thisWeek: 0, month: 0 };
    if (row.week === thisWeek) w.thisWeek += row.minutes;
    if (row.month) w.month += row.minutes;
    weeklyByUser.set(row.userId, w);
    if (view.hours && row.week >= firstWeek)
      cohortWeeks.set(row.week, (cohortWeeks.get(row.week) ?? 0) + row.minutes);
  }
  const lastByUser = new Map(lastActive.map((r) => [r.userId, r.last]));

  const memberViews: CohortMemberView[] = members.map((m) => {
    const view = views.get(m.userId)!;
    const out: CohortMemberView = { userId: m.userId, name: m.name, role: m.role };
    const p = progressByUser.get(m.userId);
    if (view.progress && p) {
      out.tier = p.tier;
      out.nextTier = p.nextTier;
      const met = new Set(p.milestones.filter((x) => x.met).map((x) => x.id));
      out.metMilestones = gridMilestones.filter((g) => met.has(g.id)).map((g) => g.id);
    }
    const w = weeklyByUser.get(m.userId) ?? { thisWeek: 0, month: 0 };
    if (view.hours) out.hoursThisWeek = hours(w.thisWeek);
    if (view.leaderboard) out.hoursThisMonth = hours(w.month);
    if (view.inactivity) {
      const last = lastByUser.get(m.userId) ?? null;
      out.inactive = !last || daysBetween(last, today) >= INACTIVE_AFTER_DAYS;
    }
    return out;
  });

  const self = members.find((m) => m.userId === viewer.userId);
  const distribution = new Map<number, number>();
  for (const p of progressByUser.values())
    distribution.set(p.tier.number, (distribution.get(p.tier.number) ?? 0) + 1);

  return {
    cohort: {
      slug: cohort!.slug,
      name: cohort!.name,
      description: cohort!.description,
      startsOn: cohort!.startsOn,
      endsOn: cohort!.endsOn,
      role: viewerRole,
      memberCount: members.length,
      ...(viewerRole === "organizer" ? { inviteCode: cohort!.inviteCode } : {}),
    },
    you: self
      ? {
          shareProgress: self.shareProgress,
          shareHours: self.shareHours,
          leaderboard: self.leaderboard,
        }
      : null,
    members: memberViews,
    tierDistribution: [0, ...roadmap.tiers.map((t) => t.number)].map((n) => ({
      tier: n,
      name: n === 0 ? "Getting started" : roadmap.tiers.find((t) => t.number === n)!.name,
      count: distribution.get(n) ?? 0,
    })),
    notSharingProgress: members.length - progressByUser.size,
    weeklyHours: Array.from({ length: COHORT_WEEKS }, (_, i) => {
      const week = addDaysTo(firstWeek, 7 * i);
      return { weekStart: week, hours: hours(cohortWeeks.get(week) ?? 0) };
    }),
    grid: {
      tier: gridTierRef ? { number: gridTierRef.number, name: gridTierRef.name } : null,
      milestones: gridMilestones,
    },
    leaderboard: memberViews
      .filter((m) => m.hoursThisMonth !== undefined)
      .map((m) => ({ userId: m.userId, name: m.name, hours: m.hoursThisMonth! }))
      .sort((a, b) => b.hours - a.hours),
  };
}

export type CohortDashboard = Awaited<ReturnType<typeof getCohortDashboard>>;

/** The organizer's CSV: one row per member, shared fields only. */
export async function cohortCsv(actor: Actor | null, slug: string): Promise<string> {
  const { role } = await membershipIn(actor, slug);
  assertCohortOrganizer(role);
  const dashboard = await getCohortDashboard(actor, slug);
  const columns = [
    "name",
    "role",
    "tier",
    "tierName",
    "hoursThisWeek",
    "hoursThisMonth",
    "inactive14Days",
  ];
  return stringify(
    dashboard.members.map((m) =>
      [
        m.name,
        m.role,
        m.tier?.number,
        m.tier?.name,
        m.hoursThisWeek,
        m.hoursThisMonth,
        m.inactive,
      ].map(safeCell),
    ),
    { header: true, columns },
  );
}
