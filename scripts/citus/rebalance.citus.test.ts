/**
 * Growth by adding nodes (docs/SCALING.md, "Adding a worker"). While the app serves learners'
 * writes and reads through its route handlers, a third worker joins this test file's database
 * and `citus_rebalance_start()` moves shard groups onto it, by logical replication (every node
 * runs with wal_level = logical). Nothing may fail and no acknowledged write may be lost.
 *
 * Only `npm run test:citus` runs it (EPOCH_CITUS=1: this file's database is made on the cluster
 * and distributed by scripts/db/vitest-citus-setup.ts), in a Vitest run of its own after the main
 * suite; alone: `npm run test:citus -- scripts/citus/rebalance.citus.test.ts`. The new worker is a
 * server of its own (./extra-node.mjs) added to this database only, and removed at the end.
 */
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as activitiesRoute from "@/app/api/v1/me/activities/route";
import * as progressRoute from "@/app/api/v1/me/progress/route";
import { jsonRequest, registerUser, tokenFor } from "@/app/api/v1/test-helpers";
import { COLOCATION_ANCHOR, TABLE_PLACEMENT } from "@/db/placement";
import { type ExtraNode, freePort, startExtraNode, stopExtraNode } from "./extra-node.mjs";

const LEARNERS = 40;
/**
 * The learner tables' shards: Citus's default, the most a cluster is likely to be given (`npm
 * run db:distribute` makes 4 a worker unless told otherwise); the test setup makes 4 to keep the
 * other files quick, this file 32, so that a third worker takes a third of many shard groups
 * rather than one of four.
 */
const SHARDS = 32;
/** Concurrent clients of the load loop: each creates an activity, then reads, over and over. */
const CLIENTS = 4;
/** How long the load runs before the new worker starts (the last BASELINE_MS of it measured). */
const WARM_MS = 6_000;
const BASELINE_MS = 3_000;
/** How long the load goes on after the rebalance has finished. */
const SETTLE_MS = 2_000;
const REBALANCE_TIMEOUT_MS = 10 * 60_000;

const databaseUrl = process.env.DATABASE_URL ?? "";
const coordinator = databaseUrl ? new URL(databaseUrl) : undefined;
const database = decodeURIComponent(coordinator?.pathname.slice(1) ?? "");
// The new worker runs on this machine: the coordinator and the other workers must reach it there.
const local = ["127.0.0.1", "localhost"].includes(coordinator?.hostname ?? "");

type Learner = { id: string; token: string };
type Outcome = {
  op: "create" | "progress" | "list";
  learner: number;
  status: number;
  at: number;
  /** How long the answer took. */
  ms: number;
  /** The body of an answer other than 2xx, or the error thrown. */
  detail?: string;
};

const learners: Learner[] = [];
const outcomes: Outcome[] = [];
/** The ids of the activities whose creation was answered 201, per learner. */
const acked = new Map<number, Set<string>>();
/** How each creation was answered (0: it threw), by activity id. */
const createdAs = new Map<string, number>();
const timeline = { loadStart: 0, newNode: 0, addNode: 0, moveStart: 0, moveEnd: 0, loadEnd: 0 };
const learnerTables = Object.entries(TABLE_PLACEMENT)
  .filter(([, placement]) => placement === "learner")
  .map(([table]) => table);

let admin: postgres.Sql | undefined;
let node: ExtraNode | undefined;
let rebalanceState = "";
let rebalanceDetails: unknown;
let plannedMoves = 0;
/** The rebalance job's tasks: a copy of the reference tables, then one move per shard group. */
let tasks: { command: string; status: string }[] = [];
let tablesBefore: { table_name: string; colocation_id: number; citus_table_type: string }[] = [];

const yesterday = () => new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

async function record(op: Outcome["op"], learner: number, call: () => Promise<Response>) {
  const at = Date.now();
  try {
    const res = await call();
    const text = await res.text();
    const ok = res.status >= 200 && res.status < 300;
    const ms = Date.now() - at;
    outcomes.push({ op, learner, status: res.status, at, ms, detail: ok ? undefined : text });
    return res.status;
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    outcomes.push({ op, learner, status: 0, at, ms: Date.now() - at, detail });
    return 0;
  }
}

/** One client of the load: a new activity (client-chosen id), then a read, until told to stop. */
async function client(n: number, stopped: () => boolean) {
  for (let round = 0; !stopped(); round++) {
    const i = round * CLIENTS + n;
    const index = i % learners.length;
    const { token } = learners[index]!;
    const id = randomUUID();
    const body = { id, date: yesterday(), minutes: 25, kind: "course", title: `Load ${i}` };
    const status = await record("create", index, () =>
      activitiesRoute.POST(jsonRequest("/api/v1/me/activities", { token, body })),
    );
    createdAs.set(id, status);
    if (status === 201) acked.get(index)!.add(id);
    // The dashboard's progress and the list of activities, by turns.
    if (round % 2 === 0) {
      await record("progress", index, () =>
        progressRoute.GET(jsonRequest("/api/v1/me/progress", { token })),
      );
    } else {
      await record("list", index, () =>
        activitiesRoute.GET(jsonRequest("/api/v1/me/activities?limit=10", { token })),
      );
    }
  }
}

/** Every activity id of the learner, through GET /api/v1/me/activities page by page. */
async function listedIds(token: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const query = `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const res = await activitiesRoute.GET(jsonRequest(`/api/v1/me/activities${query}`, { token }));
    const text = await res.text();
    if (res.status !== 200) throw new Error(`listing activities: ${res.status} ${text}`);
    const body = JSON.parse(text) as { items: { id: string }[]; nextCursor: string | null };
    ids.push(...body.items.map((item) => item.id));
    cursor = body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error("the list of activities did not end within 1000 pages");
}

async function citusTables(sql: postgres.Sql) {
  return sql<{ table_name: string; colocation_id: number; citus_table_type: string }[]>`
    select table_name::text as table_name, colocation_id, citus_table_type
      from citus_tables order by 1`;
}

async function startNewWorker(): Promise<ExtraNode> {
  let from = Number(coordinator!.port || 5432) + 3;
  for (let attempt = 0; ; attempt++) {
    const port = await freePort(from);
    try {
      return await startExtraNode(port, { log: console.log });
    } catch (error) {
      // Taken meanwhile by another run: try the next one.
      if (attempt >= 2) throw error;
      from = port + 1;
    }
  }
}

async function waitForRebalance(sql: postgres.Sql) {
  const deadline = Date.now() + REBALANCE_TIMEOUT_MS;
  for (;;) {
    const [status] = await sql<{ state: string; details: unknown }[]>`
      select state::text as state, details from citus_rebalance_status()`;
    rebalanceState = status?.state ?? "none";
    rebalanceDetails = status?.details;
    if (!["scheduled", "running", "cancelling", "failing"].includes(rebalanceState)) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The rebalance did not finish within ${REBALANCE_TIMEOUT_MS / 1000} s: ${JSON.stringify(rebalanceDetails)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe.skipIf(!local)("adding a worker and rebalancing while the app serves requests", () => {
  beforeAll(
    async () => {
      admin = postgres(databaseUrl, { max: 2, onnotice: () => {} });
      const [wal] = await admin<{ wal_level: string }[]>`show wal_level`;
      expect(
        wal?.wal_level,
        "the coordinator's wal_level (shards move by logical replication)",
      ).toBe("logical");
      // Citus waits for the moved shards' replication to reach the source's *written* WAL
      // position (pg_current_wal_lsn). With synchronous_commit off, a write acknowledged just
      // before the move blocks writes can still be in WAL buffers, and is lost with the old shard.
      const commits = await admin<{ result: string }[]>`
        select result from run_command_on_all_nodes('show synchronous_commit')`;
      expect(
        commits.map((c) => c.result),
        "synchronous_commit on every node (a cluster made before it was set: recreate it)",
      ).toEqual(commits.map(() => "on"));
      const [anchor] = await admin<{ shards: number }[]>`
        select shard_count as shards from citus_tables
         where table_name = ${COLOCATION_ANCHOR}::regclass`;
      if (anchor?.shards !== SHARDS) {
        // Still empty: re-sharding the co-location group is quick.
        await admin`
          select alter_distributed_table(${COLOCATION_ANCHOR}, shard_count := ${SHARDS},
                                         cascade_to_colocated := true)`;
      }
      tablesBefore = await citusTables(admin);

      for (let i = 0; i < LEARNERS; i++) {
        const user = await registerUser({ name: `Learner ${i}` });
        learners.push({ id: user.id, token: await tokenFor(user.id) });
        acked.set(i, new Set());
      }

      let stop = false;
      timeline.loadStart = Date.now();
      const load = Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n, () => stop)));
      try {
        await new Promise((resolve) => setTimeout(resolve, WARM_MS));

        timeline.newNode = Date.now();
        node = await startNewWorker();
        await onNode(node.port, "postgres", (sql) => sql.unsafe(`create database "${database}"`));
        await onNode(node.port, database, (sql) => sql`create extension citus`);
        timeline.addNode = Date.now();
        await admin`select citus_add_node(${node.host}, ${node.port})`;
        const [plan] = await admin<{ moves: number }[]>`
          select count(*)::int as moves from get_rebalance_table_shards_plan()`;
        plannedMoves = plan!.moves;

        timeline.moveStart = Date.now();
        await admin`select citus_rebalance_start()`;
        await waitForRebalance(admin);
        await admin`select citus_rebalance_wait()`;
        timeline.moveEnd = Date.now();
        tasks = await admin<{ command: string; status: string }[]>`
          select command, status::text as status from pg_dist_background_task
           where job_id = (select max(job_id) from pg_dist_background_job) order by task_id`;

        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      } finally {
        stop = true;
        await load;
        timeline.loadEnd = Date.now();
      }
    },
    REBALANCE_TIMEOUT_MS + 5 * 60_000,
  );

  afterAll(async () => {
    const failures: unknown[] = [];
    const attempt = async (fn: () => Promise<unknown>) => {
      try {
        await fn();
      } catch (error) {
        failures.push(error);
      }
    };
    if (admin) {
      // A rebalance cut short (the test failed or timed out) must not go on moving shards.
      await attempt(
        () => admin!`
          select citus_rebalance_stop() from citus_rebalance_status()
           where state in ('scheduled', 'running', 'failing')`,
      );
      await attempt(() => admin!.end({ timeout: 5 }));
    }
    if (node) {
      const extra = node;
      await attempt(() =>
        onNode(extra.port, "postgres", (sql) =>
          sql.unsafe(`drop database if exists "${database}" with (force)`),
        ),
      );
      await attempt(() => stopExtraNode(extra));
    }
    if (failures.length) throw failures[0];
  }, 120_000);

  it("moves shard groups onto the new worker", async () => {
    const [placed] = await admin!<{ shards: number; groups: number; reference: number }[]>`
      select count(*) filter (where citus_table_type = 'distributed')::int as shards,
             count(*) filter (where citus_table_type = 'distributed'
                                and table_name = ${COLOCATION_ANCHOR}::regclass)::int as groups,
             count(*) filter (where citus_table_type = 'reference')::int as reference
        from citus_shards where nodeport = ${node!.port}`;
    const [total] = await admin!<{ groups: number }[]>`
      select count(*)::int as groups from pg_dist_shard
       where logicalrelid = ${COLOCATION_ANCHOR}::regclass`;
    const during = outcomes.filter((o) => o.at >= timeline.moveStart && o.at <= timeline.moveEnd);
    const before = outcomes.filter(
      (o) => o.at >= timeline.newNode - BASELINE_MS && o.at + o.ms < timeline.newNode,
    );
    const writes = [...acked.values()].reduce((sum, ids) => sum + ids.size, 0);
    const moves = tasks.filter((t) => /citus_move_shard_placement/.test(t.command));
    const modes = new Set(moves.map((t) => /'(\w+)'\)\s*$/.exec(t.command)?.[1] ?? "?"));
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const latency = (list: Outcome[]) => {
      const ms = list.map((o) => o.ms).sort((a, b) => a - b);
      const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
      return `median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${ms.at(-1) ?? 0} ms`;
    };
    const creates = (list: Outcome[]) => list.filter((o) => o.op === "create");
    const reads = (list: Outcome[]) => list.filter((o) => o.op !== "create");
    console.log(
      [
        `Rebalance onto ${node!.host}:${node!.port}: ${rebalanceState} in ${seconds(timeline.moveEnd - timeline.moveStart)}` +
          ` (citus_add_node ${seconds(timeline.moveStart - timeline.addNode)} before it).`,
        `Moved ${placed!.groups} of ${total!.groups} shard groups: ${placed!.shards} shards of ${learnerTables.length} co-located tables (${plannedMoves} planned), shard transfer mode ${[...modes].join(", ")}; ${placed!.reference} reference table shards copied to the new worker.`,
        `Requests served during the move: ${during.length} (${creates(during).filter((o) => o.status === 201).length} writes acknowledged, ${reads(during).length} reads);` +
          ` in all ${outcomes.length} in ${seconds(timeline.loadEnd - timeline.loadStart)}, ${writes} writes acknowledged.`,
        `Latency in the ${BASELINE_MS / 1000} s before the new worker: writes ${latency(creates(before))}; reads ${latency(reads(before))}.`,
        `Latency during the move: writes ${latency(creates(during))}; reads ${latency(reads(during))}.`,
        `Job: ${JSON.stringify(rebalanceDetails)}, e.g. ${moves[0]?.command}`,
      ].join("\n"),
    );
    expect(rebalanceState).toBe("finished");
    expect(tasks.filter((t) => t.status !== "done")).toEqual([]);
    // 'auto': logical replication (every learner table has a primary key), writes go on meanwhile.
    expect([...modes]).toEqual(["auto"]);
    expect(placed!.groups).toBeGreaterThan(0);
    expect(placed!.shards).toBe(placed!.groups * learnerTables.length);
  });

  it("answers every request during the move without a server error", () => {
    const during = outcomes.filter((o) => o.at >= timeline.moveStart && o.at <= timeline.moveEnd);
    expect(during.length, "requests served during the move").toBeGreaterThan(0);
    const failed = outcomes.filter((o) => o.status < 200 || o.status >= 300);
    const report = failed
      .slice(0, 20)
      .map((o) => `${o.op} (learner ${o.learner}) → ${o.status || "thrown"}: ${o.detail}`)
      .join("\n");
    expect(failed.length, `answers other than 2xx:\n${report}`).toBe(0);
  });

  it("keeps every acknowledged write, readable through the API", async () => {
    const lost: string[] = [];
    for (const [index, learner] of learners.entries()) {
      const listed = await listedIds(learner.token);
      const ids = acked.get(index)!;
      const missing = [...ids].filter((id) => !listed.includes(id));
      if (missing.length || listed.length !== ids.size) {
        // What the database holds for the ids in question, and how each creation was answered:
        // a lost write, a list that skipped or repeated a row, or a creation answered otherwise.
        const extra = listed.filter((id) => !ids.has(id));
        const repeated = listed.filter((id, i) => listed.indexOf(id) !== i);
        const questioned = [...missing, ...extra];
        const stored = questioned.length
          ? await admin!<{ id: string; created_at: string }[]>`
              select id::text, created_at::text from activities
               where user_id = ${learner.id} and id = any(${questioned}::uuid[])`
          : [];
        lost.push(
          `learner ${index}: ${ids.size} acknowledged, ${listed.length} listed; missing ${missing.join(", ") || "none"};` +
            ` listed but not acknowledged ${extra.map((id) => `${id} (${createdAs.get(id) ?? "never sent"})`).join(", ") || "none"};` +
            ` listed twice ${repeated.join(", ") || "none"}; of these in the table: ${JSON.stringify(stored)}`,
        );
      }
    }
    expect(lost, "activities per learner, acknowledged vs listed").toEqual([]);
    const [stored] = await admin!<{ n: number }[]>`select count(*)::int as n from activities`;
    const writes = [...acked.values()].reduce((sum, ids) => sum + ids.size, 0);
    expect(stored!.n).toBe(writes);
  });

  it("keeps the learner tables co-located", async () => {
    expect(await citusTables(admin!)).toEqual(tablesBefore);
    const anchor = tablesBefore.find((t) => t.table_name === COLOCATION_ANCHOR);
    const learnerColocations = tablesBefore
      .filter((t) => learnerTables.includes(t.table_name))
      .map((t) => t.colocation_id);
    expect(learnerColocations).toHaveLength(learnerTables.length);
    expect(new Set(learnerColocations)).toEqual(new Set([anchor!.colocation_id]));
    // Each shard group (the shards of one hash range) lives on a single node.
    const split = await admin!`
      select s.shardminvalue, count(distinct p.groupid)::int as nodes
        from pg_dist_shard s
        join pg_dist_placement p using (shardid)
        join pg_dist_partition d using (logicalrelid)
       where d.colocationid = ${anchor!.colocation_id}
       group by s.shardminvalue
      having count(distinct p.groupid) > 1`;
    expect(split).toEqual([]);
  });
});

/** A short connection to `database` on the new worker. */
async function onNode<T>(port: number, name: string, fn: (sql: postgres.Sql) => Promise<T>) {
  const sql = postgres({
    host: "127.0.0.1",
    port,
    user: "postgres",
    database: name,
    max: 1,
    onnotice: () => {},
  });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
