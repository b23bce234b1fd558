import { and, asc, eq, gte, isNotNull, lte, sql, sum } from "drizzle-orm";
import { db } from "@/db/client";
import {
  activities,
  activityDays,
  certifications,
  projects,
  recordVerifications,
} from "@/db/schema";
import { addDaysTo, daysBetween, todayIn, weekStart } from "../dates";
import { ownDataOf, type Actor } from "../policy";
import { assess } from "../progress/progress";
import { EXPIRY_WARNING_DAYS } from "../records/kinds";
import { getMe } from "../users/accounts";

export const HEATMAP_WEEKS = 52;
export const WEEKLY_CHART_WEEKS = 12;

/**
 * Everything the dashboard shows, from a fixed number of queries: progress
 * (roadmap + eight aggregates), the last 52 weeks of the per-day rollup, the
 * path balance of the last 12 weeks, and certifications expiring soon.
 */
export async function getDashboard(actor: Actor | null) {
  const userId = ownDataOf(actor, "activity", "read");
  const me = await getMe(actor);
  const today = todayIn(me.profile.timezone);
  const thisWeek = weekStart(today);
  const heatmapStart = addDaysTo(thisWeek, -7 * (HEATMAP_WEEKS - 1));
  const weeklyStart = addDaysTo(thisWeek, -7 * (WEEKLY_CHART_WEEKS - 1));

  const [{ progress, evidence }, days, paths, expiring, verifiedRecords] = await Promise.all([
    assess(userId, me.profile.timezone, me.profile.targetTrack),
    db
      .select({ date: activityDays.date, minutes: activityDays.minutes })
      .from(activityDays)
      .where(
        and(
          eq(activityDays.userId, userId),
          gte(activityDays.date, heatmapStart),
          lte(activityDays.date, today),
        ),
      )
      .orderBy(asc(activityDays.date)),
    db
      .select({ path: activities.path, minutes: sum(activities.minutes).mapWith(Number) })
      .from(activities)
      .where(
        and(
          eq(activities.userId, userId),
          gte(activities.date, weeklyStart),
          lte(activities.date, today),
        ),
      )
      .groupBy(activities.path),
    db
      .select({
        id: certifications.id,
        name: certifications.name,
        expiresOn: certifications.expiresOn,
      })
      .from(certifications)
      .where(
        and(
          eq(certifications.userId, userId),
          eq(certifications.status, "earned"),
          isNotNull(certifications.expiresOn),
          gte(certifications.expiresOn, today),
          lte(certifications.expiresOn, addDaysTo(today, EXPIRY_WARNING_DAYS)),
        ),
      )
      .orderBy(asc(certifications.expiresOn)),
    db
      .select({
        type: recordVerifications.subjectType,
        title: sql<string>`coalesce(${projects.title}, ${certifications.name})`,
      })
      .from(recordVerifications)
      .leftJoin(projects, eq(projects.id, recordVerifications.subjectId))
      .leftJoin(certifications, eq(certifications.id, recordVerifications.subjectId))
      .where(eq(recordVerifications.userId, userId)),
  ]);

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
    me,
    today,
    progress,
    skillLevels: evidence.skillLevels,
    heatmap: { start: heatmapStart, minutes: perDay, weeks: HEATMAP_WEEKS },
    weekly,
    weeklyGoalMinutes: me.profile.weeklyHoursGoal * 60,
    pathBalance: paths.map((p) => ({ path: p.path, minutes: p.minutes ?? 0 })),
    verifiedRecords: verifiedRecords.filter((r) => r.title),
    expiring: expiring as { id: string; name: string; expiresOn: string }[],
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
