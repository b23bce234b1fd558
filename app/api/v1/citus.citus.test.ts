import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/db/client";
import { COLOCATION_ANCHOR, TABLE_PLACEMENT } from "@/db/placement";
import { createSession } from "@/lib/auth/sessions";
import { createCohort } from "@/lib/cohorts/cohorts";
import { getCohortDashboard } from "@/lib/cohorts/dashboard";
import { joinCohort, updateMembership } from "@/lib/cohorts/membership";
import {
  createCohortMilestone,
  setCohortMilestoneAttestation,
} from "@/lib/cohorts/milestone-mutations";
import { cohortMilestoneBoard, myCohortMilestones } from "@/lib/cohorts/milestones";
import { getDashboard } from "@/lib/dashboard/dashboard";
import { newLearner } from "@/lib/dashboard/test-helpers";
import { assess, getMyProgress } from "@/lib/progress/progress";
import { createRecord } from "@/lib/records/crud";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { setSkillLevel } from "@/lib/skills/ratings";
import { readViewer } from "@/lib/users/viewer";

// Runs only under `npm run test:citus`: the database this file gets is a distributed one.

type Learner = Awaited<ReturnType<typeof newLearner>>;
let ada: Learner;

beforeAll(async () => {
  ada = await newLearner("ada");
  await setSkillLevel(ada.actor, "python", 3);
  await createRecord(RECORD_KINDS.activities, ada.actor, {
    date: ada.today,
    minutes: 90,
    kind: "course",
    title: "Backprop by hand",
    skills: ["python"],
  } as never);
});

describe("tables on the cluster", () => {
  it("places every table as db/placement.ts says: learner tables by user_id, co-located", async () => {
    const rows = await db.execute<{ name: string; type: string; column: string; group: number }>(
      sql`select table_name::text as name, citus_table_type as type,
                 distribution_column as column, colocation_id as group from citus_tables`,
    );
    const placed = new Map(rows.map((r) => [r.name, r]));
    const anchor = placed.get(COLOCATION_ANCHOR)!;
    for (const [table, placement] of Object.entries(TABLE_PLACEMENT)) {
      const row = placed.get(table);
      if (placement === "coordinator") {
        expect(row, table).toBeUndefined();
      } else if (placement === "learner") {
        expect(row, table).toMatchObject({ type: "distributed", column: "user_id" });
        expect(row!.group, `${table} is co-located with ${COLOCATION_ANCHOR}`).toBe(anchor.group);
      } else {
        expect(row?.type, table).toBe(placement);
      }
    }
  });

  it("spreads a learner table's shards over both workers", async () => {
    const [row] = await db.execute<{ nodes: number; shards: number }>(
      sql`select count(distinct nodeport)::int as nodes, count(*)::int as shards
            from citus_shards where table_name = 'activities'::regclass`,
    );
    expect(row!.nodes).toBe(2);
    expect(row!.shards).toBeGreaterThanOrEqual(2);
  });
});

describe("a learner's pages are router queries", () => {
  it("EXPLAIN of a learner's read shows one task", async () => {
    const plan = await db.execute<{ "QUERY PLAN": string }>(
      sql`explain select * from activities where user_id = ${ada.id} order by date desc`,
    );
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/Task Count: 1\b/);
  });

  it("the dashboard and the progress page run no statement over more than one shard", async () => {
    // Citus raises this level for every statement that needs more than one task: at "error", a
    // multi-shard read anywhere on these pages fails them.
    const [{ name }] = (await db.execute(sql`select current_database() as name`)) as unknown as [
      { name: string },
    ];
    await db.execute(
      sql.raw(`alter database "${name}" set citus.multi_task_query_log_level = 'error'`),
    );
    await closeDb();
    try {
      // The guard is live: a read over every learner's shard fails.
      const everyone = await db.execute(sql`select count(*) from activities`).catch((e) => e);
      expect(String((everyone as Error).cause)).toMatch(/multi-task query/);
      // What every signed-in page reads first: the session's account.
      const viewer = await readViewer(await createSession(ada.id), ada.id);
      expect(viewer?.me.id).toBe(ada.id);
      const dashboard = await getDashboard(ada.actor);
      expect(dashboard.me.id).toBe(ada.id);
      const progress = await getMyProgress(ada.actor);
      expect(progress.milestones.length).toBeGreaterThan(0);
      const { evidence } = await assess(ada.id, "UTC", null);
      expect(evidence.minutesLogged).toBe(90);
      expect(evidence.skillLevels).toEqual({ python: 3 });
    } finally {
      await db.execute(sql.raw(`alter database "${name}" reset citus.multi_task_query_log_level`));
      await closeDb();
    }
  });
});

describe("a cohort's dashboard", () => {
  it("runs each statement whole on the shards, gathering nothing on the coordinator between steps", async () => {
    const organizer = await newLearner("org");
    const cohort = await createCohort(organizer.actor, { name: "Citus cohort" });
    const members: Learner[] = [];
    for (let i = 0; i < 12; i++) {
      const member = await newLearner(`member-${i}`);
      await joinCohort(member.actor, cohort.inviteCode);
      await updateMembership(member.actor, cohort.slug, { shareHours: true, leaderboard: true });
      await createRecord(RECORD_KINDS.activities, member.actor, {
        date: member.today,
        minutes: 30 * (i + 1),
        kind: "course",
        title: `Session ${i}`,
      } as never);
      members.push(member);
    }
    await setSkillLevel(members[0]!.actor, "python", 4);
    // Members 10 and 11 keep their hours to themselves.
    for (const m of members.slice(10))
      await updateMembership(m.actor, cohort.slug, { shareHours: false, leaderboard: false });
    const milestone = (input: Parameters<typeof createCohortMilestone>[2]) =>
      createCohortMilestone(organizer.actor, cohort.slug, input);
    const twoHours = await milestone({ title: "Two hours", kind: "hours", criteria: { hours: 2 } });
    const python = await milestone({
      title: "Python 4",
      kind: "skill",
      criteria: { skill: "python", level: 4 },
    });
    await milestone({ title: "Ship one", kind: "project", criteria: { count: 1 } });
    const intro = await milestone({ title: "Say hello", kind: "attested", criteria: {} });
    await setCohortMilestoneAttestation(members[2]!.actor, cohort.slug, intro.id, true);
    const [spread] = await db.execute<{ nodes: number }>(
      sql`select count(distinct nodeport)::int as nodes from citus_shards s
           where table_name = 'profiles'::regclass
             and shardid in (select get_shard_id_for_distribution_column('profiles', id)
                               from unnest(${`{${members.map((m) => m.id).join(",")}}`}::uuid[]) id)`,
    );
    expect(spread!.nodes, "the members' profiles are on both workers").toBe(2);

    const [{ name }] = (await db.execute(sql`select current_database() as name`)) as unknown as [
      { name: string },
    ];
    // A subquery Citus cannot run on the shards with the rest becomes an intermediate result,
    // gathered on the coordinator and sent back out first: at 0 kB, any such step fails.
    await db.execute(
      sql.raw(`alter database "${name}" set citus.max_intermediate_result_size = 0`),
    );
    await closeDb();
    try {
      const gathered = await db
        .execute(
          sql`select count(*) from profiles where user_id = any(array(select user_id from cohort_members))`,
        )
        .catch((e) => e);
      expect(String((gathered as Error).cause)).toMatch(/max_intermediate_result_size/);

      const forOrganizer = await getCohortDashboard(organizer.actor, cohort.slug);
      expect(forOrganizer.cohort.learnerCount).toBe(12);
      expect(forOrganizer.leaderboard.map((r) => r.hours)).toEqual(
        members
          .slice(0, 10)
          .map((_, i) => Math.round(((30 * (i + 1)) / 60) * 10) / 10)
          .reverse(),
      );
      const first = forOrganizer.members.find((m) => m.userId === members[0]!.id)!;
      expect(first.hoursThisWeek).toBe(0.5);
      expect(first.inactive).toBe(false);
      const forMember = await getCohortDashboard(members[1]!.actor, cohort.slug);
      expect(forMember.members.find((m) => m.userId === members[1]!.id)?.tier).toBeDefined();
      expect(forMember.stuck).toBeUndefined();

      const board = await cohortMilestoneBoard(organizer.actor, cohort.slug);
      const done = new Map(board.items.map((m) => [m.id, (m.completion as { done: number }).done]));
      // 2 h and more: members 3 to 9 (members 10 and 11 logged more, but keep their hours).
      expect(done.get(twoHours.id)).toBe(7);
      expect(done.get(python.id)).toBe(1);
      expect(done.get(intro.id)).toBe(1);
      const metBy = new Map(board.members!.map((m) => [m.userId, m.met]));
      expect(metBy.get(members[0]!.id)?.[python.id]).toBe(true);
    } finally {
      await db.execute(
        sql.raw(`alter database "${name}" reset citus.max_intermediate_result_size`),
      );
      await closeDb();
    }

    // A member's own dashboard card reads their shard alone.
    await db.execute(
      sql.raw(`alter database "${name}" set citus.multi_task_query_log_level = 'error'`),
    );
    await closeDb();
    try {
      const [card] = await myCohortMilestones(members[3]!.actor);
      const item = (id: string) => card!.items.find((m) => m.id === id)!;
      expect(item(twoHours.id)).toMatchObject({ met: true, progress: { current: 2, target: 2 } });
      expect(item(python.id).met).toBe(false);
    } finally {
      await db.execute(sql.raw(`alter database "${name}" reset citus.multi_task_query_log_level`));
      await closeDb();
    }
  });
});

describe("a later migration's new table", () => {
  it("is placed by epoch_place_table (migration 0017), co-located with the learner tables", async () => {
    await db.execute(
      sql`create table later_learner_rows (user_id uuid not null references users (id) on delete cascade,
            id uuid not null, primary key (user_id, id))`,
    );
    await db.execute(sql`create table later_lookup (code text primary key)`);
    await db.execute(sql`select epoch_place_table('later_learner_rows', 'learner')`);
    await db.execute(sql`select epoch_place_table('later_lookup', 'reference')`);
    // Again: already placed, nothing changes.
    await db.execute(sql`select epoch_place_table('later_learner_rows', 'learner')`);
    const rows = await db.execute<{ name: string; type: string; column: string; group: number }>(
      sql`select table_name::text as name, citus_table_type as type,
                 distribution_column as column, colocation_id as group from citus_tables
           where table_name::text in ('later_learner_rows', 'later_lookup', ${COLOCATION_ANCHOR})`,
    );
    const of = (name: string) => rows.find((r) => r.name === name);
    expect(of("later_learner_rows")).toMatchObject({
      type: "distributed",
      column: "user_id",
      group: of(COLOCATION_ANCHOR)!.group,
    });
    expect(of("later_lookup")?.type).toBe("reference");
  });
});
