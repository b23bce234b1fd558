import { and, eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { activities, activityDays, activityTotals } from "@/db/schema";

type Tx = Database | Transaction;

/** Adds (or, with negative numbers, removes) one day's minutes and sessions. Call inside the activity write's transaction. */
export async function adjustActivityDay(
  tx: Tx,
  userId: string,
  date: string,
  minutes: number,
  sessions: number,
) {
  await tx
    .insert(activityDays)
    .values({ userId, date, minutes, sessions })
    .onConflictDoUpdate({
      target: [activityDays.userId, activityDays.date],
      set: {
        minutes: sql`${activityDays.minutes} + ${minutes}`,
        sessions: sql`${activityDays.sessions} + ${sessions}`,
      },
    });
  if (sessions < 0 || minutes < 0) {
    await tx
      .delete(activityDays)
      .where(
        and(
          eq(activityDays.userId, userId),
          eq(activityDays.date, date),
          sql`${activityDays.sessions} <= 0`,
        ),
      );
  }
}

/**
 * Adds a write's net minutes to the learner's all-time total and re-reads their
 * last active day (one step back along the primary key). Call once per write,
 * after its days: totals are locked last, so writes cannot deadlock on them.
 * The last day is read by a statement of its own, after the totals row is
 * locked: a statement sees the data as it was when it began, so read in the
 * same statement it could miss the days of a write that committed while this
 * one waited for the lock, and keep a day that write had just emptied.
 */
export async function adjustActivityTotals(tx: Tx, userId: string, minutes: number) {
  await tx
    .insert(activityTotals)
    .values({ userId, minutes })
    .onConflictDoUpdate({
      target: activityTotals.userId,
      set: { minutes: sql`${activityTotals.minutes} + ${minutes}` },
    });
  await tx
    .update(activityTotals)
    .set({
      lastActiveOn: sql`(select max(${activityDays.date}) from ${activityDays} where ${activityDays.userId} = ${userId})`,
    })
    .where(eq(activityTotals.userId, userId));
}

/** Recomputes a learner's days and totals from their activities (after a bulk import or seed). */
export async function rebuildActivityDays(tx: Tx, userId: string) {
  await tx.delete(activityDays).where(eq(activityDays.userId, userId));
  await tx.execute(sql`
    insert into ${activityDays} (user_id, date, minutes, sessions)
    select ${activities.userId}, ${activities.date}, sum(${activities.minutes}), count(*)
    from ${activities} where ${activities.userId} = ${userId}
    group by ${activities.userId}, ${activities.date}`);
  await tx.delete(activityTotals).where(eq(activityTotals.userId, userId));
  await tx.execute(sql`
    insert into ${activityTotals} (user_id, minutes, last_active_on)
    select ${activityDays.userId}, sum(${activityDays.minutes}), max(${activityDays.date})
    from ${activityDays} where ${activityDays.userId} = ${userId}
    group by ${activityDays.userId}`);
}
