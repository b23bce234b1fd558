import { randomBytes } from "node:crypto";
import { and, asc, eq, gte, lte, sql, sum } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import { db } from "@/db/client";
import {
  activityDays,
  activityTotals,
  cohortMembers,
  cohorts,
  profiles,
  progressMarks,
  users,
} from "@/db/schema";
import { addDaysTo, daysBetween, todayIn, weekStart } from "../dates";
import { AppError, notFound } from "../errors";
import {
  assertCohortMember,
  assertCohortOrganizer,
  assertKeepsAnOrganizer,
  assertMayRemoveMember,
  cohortView,
  runsCohort,
  requireActor,
  type Actor,
  type CohortRole,
} from "../policy";
import { safeCell } from "../portability/csv";
import { nextTierMilestones } from "../progress/marks";
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

/** What a new member shares with the cohort until they choose otherwise. */
export const DEFAULT_SHARING = { shareProgress: true, shareHours: false, leaderboard: false };

/**
 * The cohort an invite code opens, for the join page: its name and description, which the
 * code itself grants to whoever holds it (signed out too: `role` is then null).
 */
export async function cohortForCode(actor: Actor | null, code: string) {
  // The link carries the code: no account is needed to see what it opens.
  const userId = actor?.userId ?? null;
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
      and(
        eq(cohortMembers.cohortId, cohorts.id),
        userId ? eq(cohortMembers.userId, userId) : sql`false`,
      ),
    )
    .where(eq(cohorts.inviteCode, code.trim().toUpperCase()));
  if (!row) throw notFound("Invite code");
  return { ...row, sharing: DEFAULT_SHARING };
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
    .values({ userId, cohortId: cohort.id, role: "member", ...DEFAULT_SHARING })
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

/**
 * Changes the membership of one member inside a transaction that holds the cohort's row, so
 * that two organizers stepping down at once cannot leave it with none: the change happens
 * only if an organizer remains afterwards (409 otherwise).
 */
async function changeKeepingAnOrganizer<T>(
  cohortId: string,
  memberId: string,
  change: (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => Promise<T | undefined>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, cohortId)).for("update");
    const result = await change(tx);
    if (result === undefined) throw notFound("Member");
    const [{ organizers }] = (await tx
      .select({ organizers: sql<number>`count(*)::int` })
      .from(cohortMembers)
      .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.role, "organizer")))) as [
      { organizers: number },
    ];
    assertKeepsAnOrganizer(organizers);
    return result;
  });
}

/** The organizer removes a member, or a member leaves. Access ends at once. */
export async function removeMember(actor: Actor | null, slug: string, memberId: string) {
  const a = requireActor(actor);
  const { cohort, role } = await membershipIn(actor, slug);
  assertMayRemoveMember(a, role, memberId);
  await changeKeepingAnOrganizer(cohort!.id, memberId, async (tx) => {
    const [removed] = await tx
      .delete(cohortMembers)
      .where(and(eq(cohortMembers.cohortId, cohort!.id), eq(cohortMembers.userId, memberId)))
      .returning({ userId: cohortMembers.userId });
    return removed;
  });
}

/** The organizer makes a member organizer, coach or member (themself included). */
export async function changeMemberRole(
  actor: Actor | null,
  slug: string,
  memberId: string,
  input: { role: CohortRole },
) {
  const { cohort, role } = await membershipIn(actor, slug);
  assertCohortOrganizer(role);
  return changeKeepingAnOrganizer(cohort!.id, memberId, async (tx) => {
    const [row] = await tx
      .update(cohortMembers)
      .set({ role: input.role })
      .where(and(eq(cohortMembers.cohortId, cohort!.id), eq(cohortMembers.userId, memberId)))
      .returning({ userId: cohortMembers.userId, role: cohortMembers.role });
    return row;
  });
}

export type CohortMemberView = {
  userId: string;
  name: string | null;
  role: CohortRole;
  tier?: { number: number; name: string };
  nextTier?: { number: number; name: string } | null;
  /** The specialization track whose milestones make up the next tier, when it is the specialist one. */
  nextTrack?: string | null;
  /** Ids of the milestones met, among those of the member's next tier (their row of the grid). */
  metMilestones?: string[];
  /** The first milestone of the next tier not met yet, in roadmap order. */
  nextMilestone?: { id: string; title: string } | null;
  hoursThisWeek?: number;
  hoursThisMonth?: number;
  inactive?: boolean;
};

export type StuckMember = {
  userId: string;
  name: string | null;
  reason: "inactive" | "same_milestone";
  /** The day the member was last seen moving (activity or a milestone change); null: never. */
  since: string | null;
  milestone?: { id: string; title: string };
};

/** A learner whose next unmet milestone has not changed for this long is listed as stuck. */
export const SAME_MILESTONE_DAYS = 30;

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/**
 * The cohort dashboard, with only what each member shares. Organizers and cohort coaches run
 * the cohort and are not counted as its learners: they are listed, but not in the tier
 * distribution, the grid, the hours, the leaderboard or inactivity. A fixed number of
 * queries whatever the cohort's size: members, roadmap, eight evidence aggregates for
 * everyone sharing progress (only those whose data changed since this process last
 * evaluated them: lib/progress), two over the per-day rollup, and for those who run the
 * cohort one over the progress marks.
 */
export async function getCohortDashboard(actor: Actor | null, slug: string) {
  const viewer = requireActor(actor);
  const { cohort, role } = await membershipIn(actor, slug);
  const viewerRole = assertCohortMember(role);
  const me = await getMe(actor);
  const today = todayIn(me.profile.timezone);
  const thisWeek = weekStart(today);
  const firstWeek = addDaysTo(thisWeek, -7 * (COHORT_WEEKS - 1));

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
  const learners = members.filter((m) => !runsCohort(m.role));
  const views = new Map(
    learners.map((m) => [m.userId, cohortView({ userId: viewer.userId, role: viewerRole }, m)]),
  );
  const progressSharers = learners.filter((m) => views.get(m.userId)!.progress);
  const hourSharers = learners.filter(
    (m) => views.get(m.userId)!.hours || views.get(m.userId)!.leaderboard,
  );
  const activityIds = learners
    .filter((m) => views.get(m.userId)!.inactivity || views.get(m.userId)!.hours)
    .map((m) => m.userId);
  // Each member's week and month are those of their own calendar, as their own dashboard
  // counts them (their days are kept in their time zone): the viewer's would cut a member's
  // day off, or count a week that started in another month against the wrong one.
  const calendarOf = new Map(
    hourSharers.map((m) => {
      const day = todayIn(m.timezone);
      return [m.userId, { today: day, week: weekStart(day), month: day.slice(0, 7) }];
    }),
  );
  const days = [...calendarOf.values()].map((c) => c.today);
  // One day of margin either side covers every time zone's "today".
  const from = addDaysTo(firstWeek, -7);
  const to = days.reduce((max, d) => (d > max ? d : max), today);

  const [roadmap, progressByUser, weekly, lastActive] = await Promise.all([
    getRoadmap(),
    progressOfMany(progressSharers),
    hourSharers.length
      ? db
          .select({
            userId: activityDays.userId,
            week: sql<string>`date_trunc('week', ${activityDays.date}::timestamp)::date::text`,
            month: sql<string>`to_char(${activityDays.date}, 'YYYY-MM')`,
            minutes: sum(activityDays.minutes).mapWith(Number),
          })
          .from(activityDays)
          .where(
            and(
              sql`${activityDays.userId} = any(${uuidArray(hourSharers.map((m) => m.userId))})`,
              gte(activityDays.date, from),
              lte(activityDays.date, to),
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
  const runs = runsCohort(viewerRole);
  // After progressOfMany, which keeps the marks current.
  const marks =
    runs && progressSharers.length
      ? await db
          .select()
          .from(progressMarks)
          .where(
            sql`${progressMarks.userId} = any(${uuidArray(progressSharers.map((m) => m.userId))})`,
          )
      : [];

  const weeklyByUser = new Map<string, { thisWeek: number; month: number }>();
  const cohortWeeks = new Map<string, number>();
  for (const row of weekly) {
    const view = views.get(row.userId)!;
    const calendar = calendarOf.get(row.userId)!;
    const w = weeklyByUser.get(row.userId) ?? { thisWeek: 0, month: 0 };
    if (row.week === calendar.week) w.thisWeek += row.minutes;
    if (row.month === calendar.month) w.month += row.minutes;
    weeklyByUser.set(row.userId, w);
    if (view.hours && row.week >= firstWeek && row.week <= thisWeek)
      cohortWeeks.set(row.week, (cohortWeeks.get(row.week) ?? 0) + row.minutes);
  }
  const lastByUser = new Map(lastActive.map((r) => [r.userId, r.last]));
  const markByUser = new Map(marks.map((r) => [r.userId, r]));

  // The grid: one group of rows per next tier (and track, for the specialist tier).
  const gridGroups = new Map<
    string,
    {
      tier: { number: number; name: string };
      track: { slug: string; name: string } | null;
      milestones: { id: string; title: string }[];
    }
  >();
  const stuck: StuckMember[] = [];
  const memberViews: CohortMemberView[] = members.map((m) => {
    const out: CohortMemberView = { userId: m.userId, name: m.name, role: m.role };
    const view = views.get(m.userId);
    if (!view) return out; // runs the cohort: not one of its learners
    const p = progressByUser.get(m.userId);
    let next: { id: string; title: string } | null = null;
    if (view.progress && p) {
      const group = nextTierMilestones(p);
      const track = p.nextTier && group[0]?.track ? group[0].track : null;
      out.tier = p.tier;
      out.nextTier = p.nextTier;
      out.nextTrack = track;
      out.metMilestones = group.filter((x) => x.met).map((x) => x.id);
      const unmet = group.find((x) => !x.met);
      next = unmet ? { id: unmet.id, title: unmet.title } : null;
      out.nextMilestone = next;
      if (p.nextTier && group.length) {
        const key = `${p.nextTier.number}:${track ?? ""}`;
        if (!gridGroups.has(key)) {
          const ref = track ? roadmap.tracks.find((t) => t.slug === track) : null;
          gridGroups.set(key, {
            tier: p.nextTier,
            track: ref ? { slug: ref.slug, name: ref.name } : null,
            milestones: group.map((x) => ({ id: x.id, title: x.title })),
          });
        }
      }
    }
    const w = weeklyByUser.get(m.userId) ?? { thisWeek: 0, month: 0 };
    if (view.hours) out.hoursThisWeek = hours(w.thisWeek);
    // Hours shared are the week's and the month's alike, so the two can be read together.
    if (view.hours || view.leaderboard) out.hoursThisMonth = hours(w.month);
    if (view.inactivity) {
      const last = lastByUser.get(m.userId) ?? null;
      out.inactive = !last || daysBetween(last, today) >= INACTIVE_AFTER_DAYS;
    }
    if (runs) {
      // Only what the member shares: a milestone change counts (and shows) only with their progress.
      const mark = view.progress ? markByUser.get(m.userId) : undefined;
      const markDay = mark ? todayIn(me.profile.timezone, mark.since) : null;
      const last = lastByUser.get(m.userId) ?? null;
      const moved =
        [last, markDay]
          .filter((d): d is string => !!d)
          .sort()
          .at(-1) ?? null;
      const milestone = next ? { milestone: next } : {};
      if (!moved || daysBetween(moved, today) >= INACTIVE_AFTER_DAYS) {
        stuck.push({
          userId: m.userId,
          name: m.name,
          reason: "inactive",
          since: moved,
          ...milestone,
        });
      } else if (
        next &&
        mark?.nextMilestoneId === next.id &&
        daysBetween(markDay!, today) >= SAME_MILESTONE_DAYS
      ) {
        stuck.push({
          userId: m.userId,
          name: m.name,
          reason: "same_milestone",
          since: markDay,
          ...milestone,
        });
      }
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
      learnerCount: learners.length,
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
    notSharingProgress: learners.length - progressByUser.size,
    weeklyHours: Array.from({ length: COHORT_WEEKS }, (_, i) => {
      const week = addDaysTo(firstWeek, 7 * i);
      return { weekStart: week, hours: hours(cohortWeeks.get(week) ?? 0) };
    }),
    grid: {
      tiers: [...gridGroups.values()].sort(
        (a, b) =>
          a.tier.number - b.tier.number || (a.track?.name ?? "").localeCompare(b.track?.name ?? ""),
      ),
    },
    leaderboard: memberViews
      .filter((m) => m.hoursThisMonth !== undefined && views.get(m.userId)!.leaderboard)
      .map((m) => ({ userId: m.userId, name: m.name, hours: m.hoursThisMonth! }))
      .sort((a, b) => b.hours - a.hours),
    ...(runs
      ? {
          stuck: stuck.sort(
            (a, b) =>
              (a.since ?? "").localeCompare(b.since ?? "") ||
              (a.name ?? "").localeCompare(b.name ?? ""),
          ),
        }
      : {}),
  };
}

export type CohortDashboard = Awaited<ReturnType<typeof getCohortDashboard>>;

/**
 * The organizer's CSV: one row per learner (organizers and cohort coaches are not learners),
 * shared fields only. Each learner's week and month are those of their own calendar, named
 * in the row, so the two totals can be reconciled.
 */
export async function cohortCsv(actor: Actor | null, slug: string): Promise<string> {
  const { role } = await membershipIn(actor, slug);
  assertCohortOrganizer(role);
  const dashboard = await getCohortDashboard(actor, slug);
  const columns = [
    "name",
    "role",
    "tier",
    "tierName",
    "nextTier",
    "hoursThisWeek",
    "hoursThisMonth",
    "inactive14Days",
  ];
  return stringify(
    dashboard.members
      .filter((m) => !runsCohort(m.role))
      .map((m) =>
        [
          m.name,
          m.role,
          m.tier?.number,
          m.tier?.name,
          m.nextTier?.number,
          m.hoursThisWeek,
          m.hoursThisMonth,
          m.inactive,
        ].map(safeCell),
      ),
    { header: true, columns },
  );
}
