import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities } from "@/db/schema";
import { todayIn } from "../dates";
import { registerUser, updateMe } from "../users/accounts";
import { logToday, quickLogInput } from "./quick-log";

describe("logToday", () => {
  it("logs the activity on today's date in the learner's time zone", async () => {
    const user = await registerUser({
      name: "Quick",
      email: "quick-log@example.test",
      password: "long-enough-password",
    });
    const actor = { userId: user.id, via: "session" as const };
    // Far east of UTC, so "today" there is often not today in UTC.
    await updateMe(actor, { timezone: "Pacific/Kiritimati" });
    const input = quickLogInput.parse({
      minutes: 25,
      kind: "reading",
      title: "Attention paper",
      skills: ["python"],
    });
    const { record } = await logToday(actor, input);
    const [row] = await db.select().from(activities).where(eq(activities.userId, user.id));
    expect(row).toMatchObject({
      id: (record as { id: string }).id,
      date: todayIn("Pacific/Kiritimati"),
      minutes: 25,
      kind: "reading",
      title: "Attention paper",
      skills: ["python"],
    });
  });

  it("refuses what the study log refuses, with the same messages, and takes no date", () => {
    const fields = (v: unknown) => {
      const r = quickLogInput.safeParse(v);
      return r.success ? null : r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    };
    const base = { kind: "practice", title: "x", skills: [] };
    expect(fields({ ...base, minutes: 0 })).toEqual(["minutes must be at least 1"]);
    expect(fields({ ...base, minutes: 2000 })).toEqual(["minutes must be at most 1440 (one day)"]);
    expect(fields({ ...base, minutes: 30 })).toBeNull();
    expect(fields({ ...base, minutes: 30, date: "2020-01-01" })).not.toBeNull();
  });

  it("needs a signed-in learner", async () => {
    await expect(
      logToday(null, quickLogInput.parse({ minutes: 5, kind: "practice", title: "x", skills: [] })),
    ).rejects.toMatchObject({ status: 401 });
  });
});
