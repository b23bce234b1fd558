import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities } from "@/db/schema";
import { addDaysTo, todayIn, weekStart } from "../dates";
import { registerUser, updateMe } from "../users/accounts";
import { activityWeeks } from "./weeks";

describe("activityWeeks", () => {
  it("groups by Monday-to-Sunday weeks of the learner's time zone, with totals, and pages to older weeks", async () => {
    const user = await registerUser({
      name: "Wk",
      email: "weeks@example.test",
      password: "long-enough-password",
    });
    const actor = { userId: user.id, via: "session" as const };
    // Far east of UTC, so "today" there is often not today in UTC.
    await updateMe(actor, { timezone: "Pacific/Kiritimati", weeklyHoursGoal: 5 });
    const today = todayIn("Pacific/Kiritimati");
    const monday = weekStart(today);
    const rows = [
      { date: today, minutes: 30 },
      { date: monday, minutes: 45 },
      { date: addDaysTo(monday, -1), minutes: 60 }, // Sunday: the week before
      { date: addDaysTo(monday, -7 * 5), minutes: 15 }, // beyond the first page of 4 weeks
    ];
    await db
      .insert(activities)
      .values(rows.map((r) => ({ ...r, userId: user.id, kind: "practice", title: "t" })));

    const page = await activityWeeks(actor, {});
    expect(page.today).toBe(today);
    expect(page.weeklyGoalMinutes).toBe(300);
    expect(page.weeks[0]!.start).toBe(monday);
    expect(page.weeks[0]!.totalMinutes).toBe(75);
    expect(page.weeks[0]!.items).toHaveLength(2);
    expect(page.weeks[1]!.start).toBe(addDaysTo(monday, -7));
    expect(page.weeks[1]!.totalMinutes).toBe(60);
    expect(page.weeks.flatMap((w) => w.items)).toHaveLength(3);
    expect(page.olderBefore).toBe(addDaysTo(monday, -7 * 3));

    const older = await activityWeeks(actor, { before: page.olderBefore! });
    expect(older.weeks.map((w) => w.totalMinutes)).toEqual([15]);
    expect(older.olderBefore).toBeNull();
  });
});
