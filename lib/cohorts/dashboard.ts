import { and, asc, eq, sql } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import { db } from "@/db/client";
import { databaseEnv } from "@/db/env";
import {
  activityDays,
  activityTotals,
  cohortMembers,
  profiles,
  progressMarks,
  users,
} from "@/db/schema";
import { addDaysTo, daysBetween, todayIn, weekStart } from "../dates";
import {
  assertCohortMember,
  assertCohortOrganizer,
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
import { uuidArray } from "../sql";
import { membershipIn } from "./cohorts";
import { cohortMilestoneBoard } from "./milestones";

export const INACTIVE_AFTER_DAYS = 14;
export const COHORT_WEEKS = 12;

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
 * Each member's minutes by week and month between two days (the per-day rollup) and their last
 * active day, in one statement: a row per member, each read correlated on their `user_id`, so
 * on Citus it runs whole on the members' own shards, one task per shard.
 */
async function activityOf(userIds: string[], from: string, to: string) {
  if (userIds.length === 0) return [];
  return db.execute<{
    userId: string;
    last: string | null;
    days: { week: string; month: string; minutes: number }[] | null;
  }>(sql`
    select p.user_id as "userId",
      (select ${activityTotals.lastActiveOn}::text from ${activityTotals}
        where ${activityTotals.userId} = p.user_id) as last,
      (select json_agg(d) from (
        select date_trunc('week', ${activityDays.date}::timestamp)::date::text as week,
          to_char(${activityDays.date}, 'YYYY-MM') as month, sum(${activityDays.minutes})::float8 as minutes
        from ${activityDays}
        where ${activityDays.userId} = p.user_id
          and ${activityDays.date} >= ${from} and ${activityDays.date} <= ${to}
        group by 1, 2) d) as days
    from ${profiles} p
    where p.user_id = any(${uuidArray(userIds)})`);
}

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
        // Lets PostgreSQL fetch the members' users by primary key instead of scanning them all.
        // On Citus each shard joins its own members to `users` already, and the subquery would
        // be one more pass over every shard, run first.
        databaseEnv().DATABASE_CITUS
          ? undefined
          : sql`${users.id} = any(array(select ${cohortMembers.userId} from ${cohortMembers} where ${cohortMembers.cohortId} = ${cohort!.id}))`,
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

  const [roadmap, progressByUser, activity] = await Promise.all([
    getRoadmap(),
    progressOfMany(progressSharers),
    activityOf([...new Set([...hourSharers.map((m) => m.userId), ...activityIds])], from, to),
  ]);
  // Only what each member's view allows (cohortView): the read covers both lists at once.
  const hourSharerIds = new Set(hourSharers.map((m) => m.userId));
  const lastActiveIds = new Set(activityIds);
  const weekly = activity.flatMap((a) =>
    hourSharerIds.has(a.userId) ? (a.days ?? []).map((d) => ({ userId: a.userId, ...d })) : [],
  );
  const lastActive = activity.filter((a) => lastActiveIds.has(a.userId));
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
  const [dashboard, board] = await Promise.all([
    getCohortDashboard(actor, slug),
    cohortMilestoneBoard(actor, slug),
  ]);
  // The cohort's own milestones, one column each: yes, no, or empty where the member does not
  // share it (lib/policy.ts, cohortMilestoneVisible).
  const metBy = new Map((board.members ?? []).map((m) => [m.userId, m.met]));
  const columns = [
    "name",
    "role",
    "tier",
    "tierName",
    "nextTier",
    "hoursThisWeek",
    "hoursThisMonth",
    "inactive14Days",
    ...board.items.map((m) => `milestone: ${m.title}`),
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
          ...board.items.map((ms) => {
            const met = metBy.get(m.userId)?.[ms.id];
            return met === true ? "yes" : met === false ? "no" : undefined;
          }),
        ].map(safeCell),
      ),
    { header: true, columns: columns.map(safeCell) },
  );
}
