/**
 * The dashboard's data from a learner's real records: the heatmap's days,
 * the weekly chart, the path balance, expiring certifications and verified
 * records — and that another learner's records never appear.
 */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { recordVerifications } from "@/db/schema";
import { addDaysTo, daysBetween, weekStart } from "../dates";
import type { Actor } from "../policy";
import { createRecord } from "../records/crud";
import { RECORD_KINDS } from "../records/kinds";
import { chartReads, getDashboard, HEATMAP_WEEKS, WEEKLY_CHART_WEEKS } from "./dashboard";
import { newLearner } from "./test-helpers";

const { activities, certifications, projects } = RECORD_KINDS;

describe("getDashboard", () => {
  it("puts each day's minutes at its place, sums weeks and paths, and lists expiring and verified records", async () => {
    const ada = await newLearner("Ada");
    const other = await newLearner("Other");
    const { today } = ada;
    const log = (
      actor: Actor,
      date: string,
      minutes: number,
      path: "online" | "formal" | "projects" | null,
    ) => createRecord(activities, actor, { date, minutes, kind: "practice", title: "Study", path });

    await log(ada.actor, today, 30, "online");
    await log(ada.actor, today, 15, "formal");
    await log(ada.actor, addDaysTo(today, -9), 60, "online");
    await log(ada.actor, addDaysTo(today, -400), 90, null); // before the heatmap's first day
    await log(other.actor, today, 500, "projects");

    const soon = addDaysTo(today, 10);
    const later = addDaysTo(today, 5);
    for (const [name, expiresOn] of [
      ["Cloud", soon],
      ["Data", later],
      ["Far", addDaysTo(today, 200)],
    ] as const)
      await createRecord(certifications, ada.actor, {
        name,
        issuer: "Vendor",
        status: "earned",
        expiresOn,
      });
    const { record: project } = await createRecord(projects, ada.actor, {
      title: "Churn model",
      status: "shipped",
    });
    await db.insert(recordVerifications).values({
      userId: ada.id,
      subjectType: "project",
      subjectId: project.id as string,
    });

    const d = await getDashboard(ada.actor);
    const start = addDaysTo(weekStart(today), -7 * (HEATMAP_WEEKS - 1));
    expect(d.heatmap.start).toBe(start);
    expect(d.heatmap.minutes).toHaveLength(daysBetween(start, today) + 1);
    expect(d.heatmap.minutes[daysBetween(start, today)]).toBe(45);
    expect(d.heatmap.minutes[daysBetween(start, addDaysTo(today, -9))]).toBe(60);
    expect(d.heatmap.minutes.reduce((a, b) => a + b, 0)).toBe(105);

    expect(d.weekly).toHaveLength(WEEKLY_CHART_WEEKS);
    expect(d.weekly.at(-1)).toEqual({ start: weekStart(today), minutes: expect.any(Number) });
    expect(d.weekly.reduce((a, w) => a + w.minutes, 0)).toBe(105);
    expect(d.weekly.at(-1)!.minutes).toBe(
      45 + (weekStart(addDaysTo(today, -9)) === weekStart(today) ? 60 : 0),
    );

    expect(d.pathBalance.sort((a, b) => b.minutes - a.minutes)).toEqual([
      { path: "online", minutes: 90 },
      { path: "formal", minutes: 15 },
    ]);
    expect(d.expiring.map((c) => [c.name, c.expiresOn])).toEqual([
      ["Data", later],
      ["Cloud", soon],
    ]);
    expect(d.verifiedRecords).toEqual([{ type: "project", title: "Churn model" }]);
    expect(d.progress.milestones.length).toBeGreaterThan(0);

    // The other learner sees only their own day.
    const o = await getDashboard(other.actor);
    expect(o.heatmap.minutes.reduce((a, b) => a + b, 0)).toBe(500);
    expect(o.expiring).toEqual([]);
    expect(o.verifiedRecords).toEqual([]);
  });
});

describe("the charts' reads", () => {
  it("read a learner's days and path minutes from the indexes alone, whatever the history's size", async () => {
    const ada = await newLearner("Ada");
    for (let day = 0; day < 30; day++) {
      await createRecord(activities, ada.actor, {
        date: addDaysTo(ada.today, -day),
        minutes: 30,
        kind: "practice",
        title: "Study",
        path: "online",
      });
    }
    // Index-only scans need the pages marked all-visible, as autovacuum leaves them.
    await db.execute(sql`vacuum (analyze) activity_days, activities`);
    const reads = chartReads(
      ada.id,
      ada.today,
      addDaysTo(ada.today, -363),
      addDaysTo(ada.today, -83),
    );
    const scans = await db.transaction(async (tx) => {
      // A small table would be scanned whole; what is asked here is whether the index covers the read.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const found: string[] = [];
      for (const read of [reads.days, reads.paths]) {
        const [row] = await tx.execute<{ "QUERY PLAN": unknown }>(
          sql`explain (format json) select ${read}`,
        );
        const walk = (node: Record<string, unknown>) => {
          if (typeof node["Relation Name"] === "string")
            found.push(`${node["Node Type"] as string} on ${node["Relation Name"]}`);
          for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? [])
            walk(child);
        };
        walk((row!["QUERY PLAN"] as { Plan: Record<string, unknown> }[])[0]!.Plan);
      }
      return found;
    });
    expect(scans).toEqual(["Index Only Scan on activity_days", "Index Only Scan on activities"]);
  });
});
