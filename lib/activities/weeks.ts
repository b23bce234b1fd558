import { and, desc, eq, gte, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { activities } from "@/db/schema";
import { addDaysTo, todayIn, weekStart } from "../dates";
import { ownDataOf, type Actor } from "../policy";
import { getMe } from "../users/accounts";

export type ActivityWeek = {
  /** Monday, in the learner's calendar. */
  start: string;
  totalMinutes: number;
  items: (typeof activities.$inferSelect)[];
};

/**
 * The study log a page at a time: `weeks` (four) calendar weeks (Monday to Sunday, in
 * the learner's time zone) ending with the week before `before`, newest first,
 * with each week's total. Two queries, whatever the size of the history.
 */
export async function activityWeeks(
  actor: Actor | null,
  { before, weeks = 4 }: { before?: string; weeks?: number },
) {
  const userId = ownDataOf(actor, "activity", "read");
  const me = await getMe(actor);
  const today = todayIn(me.profile.timezone);
  const end = before ? weekStart(before) : addDaysTo(weekStart(today), 7);
  const start = addDaysTo(end, -7 * weeks);
  const [rows, older] = await Promise.all([
    db
      .select()
      .from(activities)
      .where(
        and(eq(activities.userId, userId), gte(activities.date, start), lt(activities.date, end)),
      )
      .orderBy(desc(activities.date), desc(activities.createdAt)),
    db
      .select({ date: activities.date })
      .from(activities)
      .where(and(eq(activities.userId, userId), lt(activities.date, start)))
      .orderBy(desc(activities.date))
      .limit(1),
  ]);
  const byWeek = new Map<string, ActivityWeek>();
  for (const row of rows) {
    const key = weekStart(row.date);
    const week = byWeek.get(key) ?? { start: key, totalMinutes: 0, items: [] };
    week.totalMinutes += row.minutes;
    week.items.push(row);
    byWeek.set(key, week);
  }
  const thisWeek = weekStart(today);
  if (!before && !byWeek.has(thisWeek))
    byWeek.set(thisWeek, { start: thisWeek, totalMinutes: 0, items: [] });
  return {
    today,
    timezone: me.profile.timezone,
    weeklyGoalMinutes: me.profile.weeklyHoursGoal * 60,
    weeks: [...byWeek.values()].sort((a, b) => (a.start < b.start ? 1 : -1)),
    /** Where the next (older) page ends, if there is anything older. */
    olderBefore: older.length ? start : null,
  };
}
