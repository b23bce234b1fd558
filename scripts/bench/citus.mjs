// BENCH_CITUS=1: Epoch on a Citus cluster beside single-node PostgreSQL. A database on the
// cluster (CITUS_URL's coordinator, else the local cluster of scripts/citus/cluster.mjs, started
// here and stopped at the end if it was not running), migrated, filled with a row-for-row copy of
// the benchmark's dataset and then distributed by user_id (db/placement.ts) as
// `npm run db:distribute` distributes a database that has data, then measured against the
// single-node server route by route in alternation (index.mjs).
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import { clusterConfig, startCluster, stopCluster } from "../citus/cluster.mjs";
import { createCitusDatabase, dropCitusDatabase } from "../../db/testing/citus.ts";
import { run } from "../lib/run.mjs";
import { fmt, markdownTable } from "./report.mjs";
import { log, seconds } from "./settings.mjs";

const quote = (name) => `"${name.replaceAll('"', '""')}"`;
const quiet = { onnotice: () => {} };

/**
 * The cluster: CITUS_URL's coordinator (its `postgres` database, workers registered there), else
 * the local cluster (CITUS_PORTS, CITUS_DIR), started unless it runs. `stop()` stops only the
 * nodes started here. `logFile` is the coordinator's log when the cluster is the local one.
 */
export async function openCluster() {
  if (process.env.CITUS_URL) {
    return { serverUrl: process.env.CITUS_URL, started: [], logFile: null, stop: async () => {} };
  }
  const config = clusterConfig(process.env);
  const cluster = await startCluster({ config, log: (line) => log(`  ${line}`) });
  return {
    serverUrl: cluster.url,
    started: cluster.started,
    logFile: path.join(cluster.dir, `${cluster.coordinator}.log`),
    stop: async () => {
      if (cluster.started.length) {
        const stopped = await stopCluster({ config, ports: cluster.started });
        log(`Stopped the Citus nodes on ports ${stopped.join(", ")}.`);
      }
    },
  };
}

/** Every node's URL for `database`: the coordinator's first, then the workers'. */
async function nodeUrls(serverUrl, database) {
  const sql = postgres(serverUrl, { max: 1, ...quiet });
  try {
    const workers = await sql`
      select nodename, nodeport from pg_dist_node
       where groupid <> 0 and noderole = 'primary' and isactive order by nodeport`;
    const at = (host, port) => {
      const url = new URL(serverUrl);
      url.hostname = host;
      url.port = String(port);
      url.pathname = `/${database}`;
      return url.toString();
    };
    const coordinator = new URL(serverUrl);
    return [
      at(coordinator.hostname, coordinator.port || 5432),
      ...workers.map((w) => at(w.nodename, w.nodeport)),
    ];
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Copies every table of the public schema from `sourceUrl` to `targetUrl` (migrated alike, not
 * yet distributed), row for row with COPY: the target's own rows (the roadmap content its
 * migration wrote) are replaced, and foreign keys are not checked (session_replication_role),
 * the source having checked them. Answers the tables and their row counts.
 */
export async function copyDatabase(sourceUrl, targetUrl) {
  const source = postgres(sourceUrl, { max: 1, ...quiet });
  const target = postgres(targetUrl, { max: 1, ...quiet });
  try {
    const tables = await source`
      select c.relname::text as name, array_agg(a.attname::text order by a.attnum) as columns
        from pg_class c join pg_attribute a on a.attrelid = c.oid
       where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
         and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
       group by c.relname order by c.relname`;
    const into = await target.reserve();
    try {
      await into`set session_replication_role = replica`;
      await into.unsafe(`truncate ${tables.map((t) => quote(t.name)).join(", ")}`);
      for (const t of tables) {
        const columns = t.columns.map(quote).join(", ");
        const rows = await source.unsafe(`copy ${quote(t.name)} (${columns}) to stdout`).readable();
        const sink = await into.unsafe(`copy ${quote(t.name)} (${columns}) from stdin`).writable();
        await pipeline(rows, sink);
      }
      await into`reset session_replication_role`;
    } finally {
      into.release();
    }
    return tables.map((t) => t.name);
  } finally {
    await Promise.all([source.end({ timeout: 5 }), target.end({ timeout: 5 })]);
  }
}

/** Row counts of `tables` in both databases; the tables whose counts differ. */
export async function compareCounts(aUrl, bUrl, tables) {
  const count = async (url) => {
    const sql = postgres(url, { max: 1, ...quiet });
    try {
      const out = new Map();
      for (const t of tables)
        out.set(t, Number((await sql.unsafe(`select count(*) as n from ${quote(t)}`))[0].n));
      return out;
    } finally {
      await sql.end({ timeout: 5 });
    }
  };
  const [a, b] = [await count(aUrl), await count(bUrl)];
  const rows = [...a.values()].reduce((x, y) => x + y, 0);
  return { rows, differing: tables.filter((t) => a.get(t) !== b.get(t)), a, b };
}

/**
 * The benchmark's database on the cluster: made on every node (createCitusDatabase), migrated,
 * filled with a copy of `sourceUrl`'s dataset, distributed, analysed. Answers its URL, clients
 * on every node (for the database CPU of the load runs), and `drop()`.
 */
export async function prepareCitusDatabase({ cluster, name, sourceUrl, env, shards = 0 }) {
  const t0 = performance.now();
  const url = await createCitusDatabase(cluster.serverUrl, name);
  const drop = () => dropCitusDatabase(cluster.serverUrl, name);
  try {
    const citusEnv = { ...env, DATABASE_URL: url, DATABASE_CITUS: "1" };
    log(`  database ${name} on ${new URL(url).host} and its workers`);
    const step = async (label, work) => {
      const t = performance.now();
      const out = await work();
      log(`  ${label.padEnd(34)} ${seconds(performance.now() - t)}`);
      return out;
    };
    await step("migrate", async () => {
      if ((await run("tsx", ["scripts/db/migrate.ts"], citusEnv, { inheritSignals: false })) !== 0)
        throw new Error("migration of the Citus database failed");
    });
    const tables = await step("copy the dataset (COPY, every table)", () =>
      copyDatabase(sourceUrl, url),
    );
    await step(
      `distribute (scripts/db/distribute.ts${shards ? ` --shards ${shards}` : ""})`,
      async () => {
        const args = ["scripts/db/distribute.ts", ...(shards ? ["--shards", String(shards)] : [])];
        const code = await run("tsx", args, citusEnv, { inheritSignals: false });
        if (code !== 0) throw new Error("distribution of the Citus database failed");
      },
    );
    const sql = postgres(url, { max: 2, ...quiet });
    try {
      await step("clear the coordinator's copies", async () => {
        // create_distributed_table leaves the table's former local rows on the coordinator's disk.
        const placed = await sql`
          select logicalrelid::regclass::text as name from pg_dist_partition
           where partmethod = 'h' or repmodel = 't'`;
        for (const { name: table } of placed)
          await sql`select truncate_local_data_after_distributing_table(${table}::regclass)`.catch(
            () => {}, // refused where a local table references it: those rows stay on disk
          );
      });
      // VACUUM ANALYZE of a named table reaches its shards on the workers.
      await step("vacuum analyze (every table)", async () => {
        for (const t of tables) await sql.unsafe(`vacuum analyze ${quote(t)}`);
      });
    } finally {
      await sql.end({ timeout: 5 });
    }
    const counts = await step("compare row counts", () => compareCounts(sourceUrl, url, tables));
    log(
      counts.differing.length
        ? `  ROW COUNTS DIFFER in ${counts.differing.map((t) => `${t} (${counts.a.get(t)} vs ${counts.b.get(t)})`).join(", ")}`
        : `  the same dataset: ${counts.rows.toLocaleString("en-US")} rows in ${tables.length} tables, copied row for row (same ids, sessions and tokens)`,
    );
    const nodes = (await nodeUrls(cluster.serverUrl, name)).map((u) => ({
      sql: postgres(u, { max: 1, ...quiet }),
      name,
    }));
    log(`  ready in ${seconds(performance.now() - t0)}`);
    return { url, name, counts, nodes, drop };
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
}

/**
 * The statements of the learner's pages and the cohort dashboard as the app sends them when it
 * serves Citus (DATABASE_CITUS=1), recorded on the Citus database by citus-statements.ts in a
 * process of its own (this one reads the database settings of single-node).
 */
export async function citusPageStatements(url, data, env) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-statements-"));
  try {
    const [input, output] = [path.join(dir, "dataset.json"), path.join(dir, "statements.json")];
    writeFileSync(input, JSON.stringify(data));
    const code = await run(
      "tsx",
      ["scripts/bench/citus-statements.ts", input, output],
      { ...env, DATABASE_URL: url, DATABASE_CITUS: "1", LEARNER_CACHE_SIZE: "0" },
      { inheritSignals: false },
    );
    if (code !== 0) throw new Error("recording the statements on Citus failed");
    return JSON.parse(readFileSync(output, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How the cohort's members' rows (cohort_members, by user_id) are spread over the workers. */
export async function membersPerWorker(url, cohortId) {
  const sql = postgres(url, { max: 1, ...quiet });
  try {
    const members = (
      await sql`select user_id from cohort_members where cohort_id = ${cohortId}`
    ).map((r) => r.user_id);
    const rows = await sql`
      select s.nodename, s.nodeport, count(*)::int as members, count(distinct s.shardid)::int as shards
        from unnest(${members}::uuid[]) as m(user_id)
        join citus_shards s
          on s.table_name = 'cohort_members'::regclass
         and s.shardid = get_shard_id_for_distribution_column('cohort_members', m.user_id)
       group by 1, 2 order by 2`;
    const [{ total }] = await sql`
      select count(*)::int as total from citus_shards where table_name = 'cohort_members'::regclass`;
    return { members: members.length, total, rows };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Where a file ends now, to read what is written to it later (the coordinator's log). */
export function logMark(file) {
  try {
    return file && existsSync(file) ? statSync(file).size : 0;
  } catch {
    return 0;
  }
}

/** The ERROR lines (and the STATEMENT line after each) written to `file` since `from`. */
export function logErrorsSince(file, from) {
  if (!file || !existsSync(file)) return [];
  let text = "";
  try {
    const size = statSync(file).size;
    const length = Math.min(size - from, 4 * 2 ** 20);
    if (length <= 0) return [];
    const buffer = Buffer.alloc(length);
    const fd = openSync(file, "r");
    readSync(fd, buffer, 0, length, size - length);
    closeSync(fd);
    text = buffer.toString("utf8");
  } catch {
    return [];
  }
  const lines = text.split("\n");
  const out = [];
  for (const [i, line] of lines.entries()) {
    if (!/\bERROR:/.test(line)) continue;
    out.push(line);
    if (/\bSTATEMENT:/.test(lines[i + 1] ?? "")) out.push(lines[i + 1]);
  }
  return out;
}

// ── The report ───────────────────────────────────────────────────────────────

/** The comparison, as Markdown: each route at each concurrency, single-node beside Citus. */
export function formatCitusTable(pairs) {
  const header = [
    "route",
    "conc",
    "single req/s",
    "p50 ms",
    "p95 ms",
    "db CPU ms/req",
    "Citus req/s",
    "p50 ms",
    "p95 ms",
    "db CPU ms/req",
    "Citus/single p50",
    "errors",
  ];
  const rows = pairs.map(({ route, concurrency, single: s, citus: c, failed }) =>
    failed
      ? [route.label, String(concurrency), ...Array(9).fill(""), `Citus: ${failed}`]
      : [
          route.label,
          String(concurrency),
          fmt(s.rps),
          fmt(s.p50),
          fmt(s.p95),
          fmt(s.dbCpuPerReq),
          fmt(c.rps),
          fmt(c.p50),
          fmt(c.p95),
          fmt(c.dbCpuPerReq),
          `×${fmt(c.p50 / s.p50, 2)}`,
          s.errors || c.errors
            ? `${s.errors} / ${c.errors}${c.firstError ? ` (${c.firstError})` : ""}`
            : "0",
        ],
  );
  return markdownTable(header, rows);
}

/** The budget: the cohort dashboard (never cached where measured) within 2× on Citus, at 1 connection. */
export function citusBudgetLine(pairs, cohortSize) {
  const at1 = (key) =>
    pairs.find((p) => p.route.key === key && p.concurrency === 1 && !p.failed) ?? null;
  const pair = at1("cohort-api-uncached") ?? at1("cohort-api");
  const label = `cohort dashboard (${cohortSize} members${pair?.route.key === "cohort-api-uncached" ? ", never cached" : ""}) on Citus within 2× its single-node time (p50 at 1 connection)`;
  if (!pair) return `–     ${label}: not measured`;
  const ratio = pair.citus.p50 / pair.single.p50;
  return `${ratio <= 2 ? "PASS" : "MISS"}  ${label}: ${fmt(pair.citus.p50)} vs ${fmt(pair.single.p50)} ms, ×${fmt(ratio, 2)}`;
}

/**
 * Each statement's Citus task counts (one per distributed scan): all 1 is a router statement,
 * on one shard. `routerExpected`: flag a statement that is not.
 */
export function printTaskCounts(title, plans, { routerExpected = false } = {}) {
  log(`\n### ${title}: task counts\n`);
  for (const p of plans) {
    const counts = p.taskCounts.length ? p.taskCounts.join(", ") : "none (no distributed scan)";
    const router = p.taskCounts.length > 0 && p.taskCounts.every((n) => n === 1);
    const note = router
      ? "  (router: one shard)"
      : routerExpected
        ? "  ← NOT A ROUTER STATEMENT"
        : p.taskCounts.length
          ? "  (multi-shard)"
          : "";
    log(`  ${fmt(p.time, 3).padStart(8)} ms  ${p.title}: Task Count ${counts}${note}`);
  }
}
