import { sql } from "drizzle-orm";
import {
  activities,
  activityDays,
  certifications,
  projects,
  recordVerifications,
} from "@/db/schema";
import { addDaysTo, daysBetween, todayIn, weekStart } from "../dates";
import { ownDataOf, type Actor } from "../policy";
import { computePlan } from "../plan/plan";
import { learnerCache } from "../progress/learner-cache";
import { assess, contentOf } from "../progress/progress";
import { EXPIRY_WARNING_DAYS } from "../records/kinds";
import { getRoadmap } from "../roadmap/queries";
import { jsonRows } from "../sql";
import { getMe } from "../users/accounts";
import type { Me } from "../users/schemas";

export const HEATMAP_WEEKS = 52;
export const WEEKLY_CHART_WEEKS = 12;

/**
 * Dashboards computed in this process, one per learner, reused while the learner's data
 * revision and day stand (learner-cache.ts): a learner who comes back without having
 * changed anything skips the evidence statement and the evaluation. Entries are a few
 * tens of kB.
 */
const computed = learnerCache<DashboardData>();

/**
 * Everything the dashboard shows, from one statement whatever the history:
 * progress (the roadmap is cached; eight evidence aggregates) and, alongside,
 * the charts' reads: the last 52 weeks of the per-day rollup, the path balance
 * of the last 12 weeks, certifications expiring soon and coach-verified records.
 * On a page, the account comes with the session read (lib/users/viewer.ts), and
 * with it the data revision that lets a dashboard computed earlier be reused.
 */
export async function getDashboard(
  actor: Actor | null,
  { dataRevision }: { dataRevision?: number } = {},
) {
  const userId = ownDataOf(actor, "activity", "read");
  const me = await getMe(actor);
  const today = todayIn(me.profile.timezone);
  const known = dataRevision === undefined ? undefined : computed.get(userId, dataRevision, today);
  if (known) return { me, ...known };
  const data = await computeDashboard(userId, me.profile, today);
  if (dataRevision !== undefined) computed.set(userId, dataRevision, today, data);
  return { me, ...data };
}

async function computeDashboard(
  userId: string,
  profile: Pick<Me["profile"], "timezone" | "targetTrack" | "targetDate" | "weeklyHoursGoal">,
  today: string,
) {
  const thisWeek = weekStart(today);
  const heatmapStart = addDaysTo(thisWeek, -7 * (HEATMAP_WEEKS - 1));
  const weeklyStart = addDaysTo(thisWeek, -7 * (WEEKLY_CHART_WEEKS - 1));

  // Progress, with the charts' four reads in the same statement.
  const {
    progress,
    evidence,
    alongside: charts,
  } = await assess(
    userId,
    profile.timezone,
    profile.targetTrack,
    chartReads(userId, today, heatmapStart, weeklyStart),
  );
  const { days, paths } = charts;
  // The plan to the target track: pure rules over the evaluation just made (the roadmap is
  // cached), kept with the rest; a change of target, date or goal raises the data revision.
  const plan = computePlan(contentOf(await getRoadmap()), progress, evidence.skillLevels, {
    targetTrack: profile.targetTrack,
    targetDate: profile.targetDate,
    weeklyHoursGoal: profile.weeklyHoursGoal,
    today,
  });

  // Day i of the heatmap is heatmapStart + i days, up to today; the weekly chart sums its last weeks.
  const perDay = new Array<number>(daysBetween(heatmapStart, today) + 1).fill(0);
  for (const d of days) perDay[daysBetween(heatmapStart, d.date)] = d.minutes;
  const weeklyOffset = daysBetween(heatmapStart, weeklyStart);
  const weekly = Array.from({ length: WEEKLY_CHART_WEEKS }, (_, i) => {
    const from = weeklyOffset + 7 * i;
    const minutes = perDay.slice(from, from + 7).reduce((a, b) => a + b, 0);
    return { start: addDaysTo(weeklyStart, 7 * i), minutes };
  });

  return {
    today,
    progress,
    plan,
    skillLevels: evidence.skillLevels,
    heatmap: { start: heatmapStart, minutes: perDay, weeks: HEATMAP_WEEKS },
    weekly,
    weeklyGoalMinutes: profile.weeklyHoursGoal * 60,
    pathBalance: paths.map((p) => ({ path: p.path, minutes: p.minutes ?? 0 })),
    verifiedRecords: charts.verified.filter((r): r is { type: typeof r.type; title: string } =>
      Boolean(r.title),
    ),
    expiring: charts.expiring.sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : 1)),
  };
}

type DashboardData = Awaited<ReturnType<typeof computeDashboard>>;

/**
 * The charts' reads, for one learner: a year of days for the heatmap (from the
 * index on activity_days alone), the path balance since `weeklyStart` (from the
 * index on activities alone), certifications expiring soon, verified records.
 */
export function chartReads(
  userId: string,
  today: string,
  heatmapStart: string,
  weeklyStart: string,
) {
  return {
    days: jsonRows<{ date: string; minutes: number }>(sql`
      select ${activityDays.date} as date, ${activityDays.minutes} as minutes from ${activityDays}
      where ${activityDays.userId} = ${userId}
        and ${activityDays.date} >= ${heatmapStart} and ${activityDays.date} <= ${today}`),
    paths: jsonRows<{ path: string | null; minutes: number }>(sql`
      select ${activities.path} as path, sum(${activities.minutes})::int as minutes from ${activities}
      where ${activities.userId} = ${userId}
        and ${activities.date} >= ${weeklyStart} and ${activities.date} <= ${today}
      group by 1`),
    expiring: jsonRows<{ id: string; name: string; expiresOn: string }>(sql`
      select ${certifications.id} as id, ${certifications.name} as name,
        ${certifications.expiresOn} as "expiresOn" from ${certifications}
      where ${certifications.userId} = ${userId} and ${certifications.status} = 'earned'
        and ${certifications.expiresOn} >= ${today}
        and ${certifications.expiresOn} <= ${addDaysTo(today, EXPIRY_WARNING_DAYS)}`),
    verified: jsonRows<{ type: "project" | "certification"; title: string | null }>(sql`
      select ${recordVerifications.subjectType} as type,
        coalesce(${projects.title}, ${certifications.name}) as title
      from ${recordVerifications}
      left join ${projects} on ${projects.userId} = ${recordVerifications.userId}
        and ${projects.id} = ${recordVerifications.subjectId}
      left join ${certifications} on ${certifications.userId} = ${recordVerifications.userId}
        and ${certifications.id} = ${recordVerifications.subjectId}
      where ${recordVerifications.userId} = ${userId}`),
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
