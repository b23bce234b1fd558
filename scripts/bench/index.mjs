// `npm run bench`: the performance benchmark (docs/PERFORMANCE.md). Generates a large
// dataset in a database of its own, builds and starts the production server,
// loads the main routes over HTTP at 1 and at 16 connections, prints a table
// and the budgets, and EXPLAIN (ANALYZE, BUFFERS) of the statements behind the
// dashboard and the cohort dashboard. It prints its figures; it fails nothing.
// Runs under tsx: the dataset is written, and the plans read, through the app's own
// schema and lib/ functions (data.ts, plans.ts; docs/DECISIONS.md).
//
// Uses DATABASE_URL's server when set (it creates and drops a database of its
// own there), else the embedded PostgreSQL. Only ever talks to 127.0.0.1.
//
// Settings (environment; BENCH_QUICK=1 changes the defaults in brackets):
//   BENCH_QUICK=1                  a small dataset and short runs, to check the benchmark works
//   BENCH_LEARNERS=10000 [300]     learners generated (about 1,000,000 activities)
//   BENCH_ACTIVITIES_PER_LEARNER=100 [10]  mean activities of an ordinary learner
//   BENCH_HEAVY_ACTIVITIES=5000 [500]  the heavy learner's activities
//   BENCH_LIGHT_ACTIVITIES=50      the light learner's activities
//   BENCH_COHORT_SIZE=500 [50]     members of the big cohort (organizer included)
//   BENCH_HISTORY_DAYS=730 [120]   how far back generated activities go
//   BENCH_SECONDS=20 [1]           measured seconds per route and concurrency
//   BENCH_WARMUP_SECONDS=2 [1]     warm-up of every route first, and again before each (not measured)
//   BENCH_CONCURRENCY=1,16         connection counts to measure
//   BENCH_MAX_REQUESTS=100000      hard cap on requests per measured run
//   BENCH_PORT=3200                port of the production server (the reference on +1, the uncached server on +2,
//                                  the Citus servers on +3 and +4)
//   BENCH_ONLY=regex               only the routes whose key matches: reference, dashboard-heavy, dashboard-light,
//                                  dashboard-heavy-gzip (with the Accept-Encoding of a browser),
//                                  dashboard-heavy-uncached, dashboard-light-uncached, cohort-api-uncached (a second server,
//                                  LEARNER_CACHE_SIZE=0),
//                                  roadmap, cohort-page, cohort-api, post-activity, progress-api
//   BENCH_SKIP_BUILD=1             reuse .next instead of running `next build`
//   BENCH_CPU_PROF=dir             run the server with --cpu-prof, writing its profile to dir
//   BENCH_CITUS=1                  also Epoch on Citus (scripts/bench/citus.mjs): a database on CITUS_URL's
//                                  coordinator (its `postgres` database, workers registered), else on the
//                                  local cluster of scripts/citus/cluster.mjs (CITUS_PORTS, CITUS_DIR;
//                                  started, and stopped at the end, unless it runs), migrated, holding a
//                                  row-for-row copy of the dataset, distributed (scripts/db/distribute.ts);
//                                  the same build served on it with DATABASE_CITUS=1 (and an uncached
//                                  twin), every route but the reference measured against single-node in
//                                  alternation; then its table, a budget line, the task counts of the
//                                  learner's statements and the cohort's members per worker
//   BENCH_CITUS_SHARDS=8           shards of each learner table on Citus (db:distribute --shards; unset: its
//                                  default, 4 a worker: 8 on the local cluster)
import { randomBytes } from "node:crypto";
import http from "node:http";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { startDatabase } from "../lib/database.mjs";
import { run } from "../lib/run.mjs";
import { workerCount } from "../lib/workers.mjs";
import { openAppDatabase } from "./app-db.ts";
import { describeDataset, generate } from "./data.ts";
import {
  INTERRUPTED,
  measureCitusPairs,
  measureFlatCost,
  measureProportions,
} from "./alternation.mjs";
import { abortLoad, firstLoadJs, load, request } from "./load.mjs";
import { benchRoutes } from "./routes.mjs";
import {
  citusBudgetLine,
  formatCitusTable,
  logErrorsSince,
  logMark,
  membersPerWorker,
  openCluster,
  prepareCitusDatabase,
  printTaskCounts,
  citusPageStatements,
} from "./citus.mjs";
import { explainAll, explainReads } from "./plans.ts";
import {
  budgets,
  fmt,
  LARGE_TABLES,
  printExplains,
  printSeqScanSummary,
  printTable,
} from "./report.mjs";
import {
  buildApp,
  buildReference,
  referenceDir,
  startServer,
  stopServer,
  waitForHealth,
} from "./servers.mjs";
import { AUTH_SECRET, HOST, S, log, seconds } from "./settings.mjs";

// ── Cleanup: everything started here is stopped here ─────────────────────────

let database = null;
let admin = null;
let benchDbName = null;
let server = null;
let uncached = null;
let reference = null;
let citusServer = null;
let citusUncached = null;
let citusCluster = null;
let citusDb = null;
const clients = [];
let cleaning = null;

async function cleanup() {
  cleaning ??= (async () => {
    for (const s of [server, uncached, reference, citusServer, citusUncached])
      if (s) await stopServer(s).catch(() => {});
    for (const c of clients) await c.end({ timeout: 2 }).catch(() => {});
    if (citusDb) {
      await citusDb
        .drop()
        .catch((e) => console.error(`Could not drop ${citusDb.name}: ${e.message}`));
    }
    if (citusCluster) {
      await citusCluster
        .stop()
        .catch((e) => console.error(`Could not stop the Citus cluster: ${e.message}`));
    }
    if (admin && benchDbName) {
      await admin.unsafe(`drop database if exists "${benchDbName}" with (force)`).catch((e) => {
        console.error(`Could not drop ${benchDbName}: ${e.message}`);
      });
      await admin.end({ timeout: 2 }).catch(() => {});
    }
    if (database) await database.stop().catch(() => {});
  })();
  return cleaning;
}

let aborted = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (aborted) return;
    aborted = true;
    console.error(`\n${signal}: stopping the load and cleaning up…`);
    abortLoad();
    cleanup().finally(() => process.exit(130));
  });
}

// ── Main ─────────────────────────────────────────────────────────────────────

async function main() {
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0];
  const cpus = os.cpus();
  log(`Epoch benchmark — ${startedAt.toISOString()}${S.quick ? " (quick: BENCH_QUICK=1)" : ""}`);
  log(
    `Machine: ${cpus.length} cores (${cpus[0]?.model?.trim() ?? "unknown CPU"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; Node ${process.version}`,
  );
  log(
    `Settings: ${S.learners} learners × ~${S.perLearner} activities, heavy ${S.heavy}, light ${S.light}, cohort ${S.cohortSize}, ${S.seconds} s per run at ${S.concurrency.join(" and ")} connection(s), warm-up ${S.warmup} s`,
  );

  database = await startDatabase({ quiet: false });
  const adminUrl = new URL(database.url);
  adminUrl.pathname = "/postgres";
  admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  benchDbName = `epoch_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await admin.unsafe(`create database "${benchDbName}"`);
  const benchUrl = new URL(database.url);
  benchUrl.pathname = `/${benchDbName}`;
  const url = benchUrl.toString();
  const [{ version }] = await admin`select version()`;
  log(
    `PostgreSQL: ${version.split(" on ")[0]} (${database.embedded ? "embedded" : "DATABASE_URL"}), database ${benchDbName}`,
  );

  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET };
  // This process runs the app's lib/ functions for the query plans: as on the servers' first
  // view after a change, nothing computed is reused (the servers get `env`, without this).
  process.env.LEARNER_CACHE_SIZE = "0";
  process.env.AUTH_SECRET = AUTH_SECRET;
  log("\n▶ migrate");
  if ((await run("tsx", ["scripts/db/migrate.ts"], env, { inheritSignals: false })) !== 0)
    throw new Error("migration failed");

  log("\n▶ generate the dataset");
  const app = openAppDatabase(url);
  clients.push(app.sql);
  const data = await generate(app.db, S, AUTH_SECRET);
  const sizes = await describeDataset(app.db, data, LARGE_TABLES);

  let citusLogMark = 0;
  if (S.citus) {
    log("\n▶ Citus: the same dataset on a cluster");
    citusCluster = await openCluster();
    const citusSql = postgres(citusCluster.serverUrl, { max: 1, onnotice: () => {} });
    clients.push(citusSql);
    const [{ citus }] =
      await citusSql`select extversion as citus from pg_extension where extname = 'citus'`;
    const workers = await citusSql`
      select nodename || ':' || nodeport as node from pg_dist_node
       where groupid <> 0 and noderole = 'primary' order by nodeport`;
    log(
      `  Citus ${citus}: coordinator ${new URL(citusCluster.serverUrl).host}${process.env.CITUS_URL ? " (CITUS_URL)" : ""}, workers ${workers.map((w) => w.node).join(", ")}`,
    );
    citusDb = await prepareCitusDatabase({
      cluster: citusCluster,
      name: `${benchDbName}_citus`,
      sourceUrl: url,
      env,
      shards: S.citusShards,
    });
    // The coordinator's errors from here on are the app's (the migration's probes log some before).
    citusLogMark = logMark(citusCluster.logFile);
    clients.push(...citusDb.nodes.map((n) => n.sql));
  }

  await buildApp(env);

  log(`\n▶ start the production server on ${HOST}:${S.port}`);
  server = startServer({ ...env, NODE_ENV: "production", PORT: String(S.port), HOSTNAME: HOST });
  const ts = performance.now();
  await waitForHealth(server);
  log(
    `  healthy in ${seconds(performance.now() - ts)} (pid ${server.pid}, ${workerCount(env)} worker(s) (WEB_CONCURRENCY ${env.WEB_CONCURRENCY ?? "unset: one per core"}), DATABASE_POOL_SIZE ${process.env.DATABASE_POOL_SIZE ?? "10 (default)"} each)`,
  );

  // The same build with LEARNER_CACHE_SIZE=0: every dashboard and every member's progress
  // computed, as on a first view after a change. It measures that cost and the flat-cost comparison.
  uncached = startServer(
    {
      ...env,
      NODE_ENV: "production",
      LEARNER_CACHE_SIZE: "0",
      PORT: String(S.port + 2),
      HOSTNAME: HOST,
    },
    { port: S.port + 2 },
  );
  await waitForHealth(uncached);
  log(`  and with LEARNER_CACHE_SIZE=0 on ${HOST}:${S.port + 2} (pid ${uncached.pid})`);

  if (citusDb) {
    // The same build on the Citus database, cached and not, as the two servers above.
    const citusEnv = {
      ...env,
      DATABASE_URL: citusDb.url,
      DATABASE_CITUS: "1",
      NODE_ENV: "production",
      HOSTNAME: HOST,
    };
    citusServer = startServer({ ...citusEnv, PORT: String(S.port + 3) }, { port: S.port + 3 });
    await waitForHealth(citusServer);
    citusUncached = startServer(
      { ...citusEnv, LEARNER_CACHE_SIZE: "0", PORT: String(S.port + 4) },
      { port: S.port + 4 },
    );
    await waitForHealth(citusUncached);
    log(
      `  and on Citus (DATABASE_CITUS=1) on ${HOST}:${S.port + 3} (pid ${citusServer.pid}), with LEARNER_CACHE_SIZE=0 on ${HOST}:${S.port + 4} (pid ${citusUncached.pid})`,
    );
  }

  // The budget's reference: a bare page that checks the Auth.js session and runs one indexed
  // query, on the same machine in the same minutes (its own small Next app, a few seconds to build).
  log(`\n▶ the budget's reference page (scripts/bench-reference) on ${HOST}:${S.port + 1}`);
  await buildReference(env);
  reference = startServer(
    { ...env, NODE_ENV: "production", PORT: String(S.port + 1), HOSTNAME: HOST },
    { cwd: referenceDir, port: S.port + 1, bare: true },
  );
  await waitForHealth(reference, { path: "/" });
  log(`  serving (pid ${reference.pid})`);

  const routes = benchRoutes(data, { server, uncached, reference });

  // Check every route answers as the learner it should before measuring anything.
  const probe = new http.Agent({ keepAlive: false });
  for (const r of routes) {
    const res = await request(probe, { ...r.request(), port: r.server.port }, { keepBody: true });
    if (res.status < 200 || res.status >= 300 || (r.expect && !r.expect.test(res.body))) {
      probe.destroy();
      throw new Error(
        `${r.label} answered ${res.status}${res.headers?.location ? ` → ${res.headers.location}` : ""} before the run: ${res.body.slice(0, 300)}\n${server.output.slice(-20).join("\n")}`,
      );
    }
  }
  // The same routes on Citus, each the twin of a single-node route (its cached or uncached
  // server's), the database CPU summed over the coordinator's and the workers' backends. A twin
  // that does not answer is reported and left out, not fatal: the single-node figures stand.
  const citusPairs = [];
  const citusFailures = [];
  if (citusDb) {
    for (const r of routes) {
      if (r.key === "reference") continue;
      const twin = {
        ...r,
        label: `${r.label} [Citus]`,
        server: r.server === uncached ? citusUncached : citusServer,
        dbs: citusDb.nodes,
      };
      const res = await request(
        probe,
        { ...twin.request(), port: twin.server.port },
        { keepBody: true },
      );
      if (res.status >= 200 && res.status < 300) {
        citusPairs.push({ single: r, citus: twin });
      } else {
        citusFailures.push({ route: r, status: res.status, body: res.body.slice(0, 500) });
        const location = res.headers?.location ? ` → ${res.headers.location}` : "";
        log(`  ON CITUS ${r.label} answered ${res.status}${location}: ${res.body.slice(0, 200)}`);
        for (const l of twin.server.output.slice(-15).filter((x) => /error|exception/i.test(x)))
          log(`    server: ${l.slice(0, 2000)}`);
        for (const l of logErrorsSince(citusCluster.logFile, citusLogMark).slice(-4))
          log(`    coordinator: ${l.slice(0, 2000)}`);
      }
    }
  }
  probe.destroy();

  const pg = postgres(url, { max: 1, onnotice: () => {} });
  clients.push(pg);
  log(`\n▶ load (${S.seconds} s per run${S.warmup ? `, ${S.warmup} s warm-up per route` : ""})`);
  const results = [];
  // A first pass over every route, so the first one measured does not also pay for the JIT warming up.
  if (S.warmup) for (const route of routes) await load(route, 4, S.warmup, { measure: false });
  for (const route of routes) {
    if (S.warmup) await load(route, Math.max(...S.concurrency), S.warmup, { measure: false });
    for (const c of S.concurrency) {
      const r = await load(route, c, S.seconds, { sql: pg, benchDb: benchDbName });
      if (!r) return; // interrupted
      results.push({ route, concurrency: c, ...r });
      log(
        `  ${route.label.padEnd(52)} ×${String(c).padStart(2)}: ${fmt(r.rps).padStart(7)} req/s  p50 ${fmt(r.p50).padStart(6)} ms  p99 ${fmt(r.p99).padStart(7)} ms  errors ${r.errors}  (load average ${os.loadavg()[0].toFixed(2)})`,
      );
    }
  }
  const db = { sql: pg, benchDb: benchDbName };
  const flat = await measureFlatCost(routes, uncached, db);
  if (flat === INTERRUPTED) return;
  const proportion = await measureProportions(routes, db);
  if (proportion === INTERRUPTED) return;
  const citusResults = await measureCitusPairs(citusPairs, db);
  if (citusResults === INTERRUPTED) return;
  for (const f of citusFailures)
    for (const c of S.concurrency)
      citusResults.push({ route: f.route, concurrency: c, failed: `HTTP ${f.status}` });

  log("\n▶ first-load JS per page (gzip)");
  const [{ code } = {}] =
    await pg`select invite_code as code from cohorts where id = ${data.cohortId}`;
  const jsPages = [
    ["/", "/"],
    ["/sign-in", "/sign-in"],
    ["/sign-up", "/sign-up"],
    ["/dashboard", "/dashboard", "heavy"],
    ["/roadmap", "/roadmap", "heavy"],
    ["/skills", "/skills", "heavy"],
    ["/log", "/log", "heavy"],
    ["/certifications", "/certifications", "heavy"],
    ["/projects", "/projects", "heavy"],
    ["/reading", "/reading", "heavy"],
    ["/events", "/events", "heavy"],
    ["/cohorts", "/cohorts", "organizer"],
    ["/cohorts/[slug]", `/cohorts/${data.cohortSlug}`, "organizer"],
    ["/cohorts/join/[code]", `/cohorts/join/${code}`, "heavy"],
    ["/coaching", "/coaching", "organizer"],
    ["/coaching/mentees/[userId]", `/coaching/mentees/${data.people.heavy}`, "organizer"],
    ["/settings", "/settings", "heavy"],
    ["/u/[slug]", "/u/bench-heavy"],
  ].map(([label, p, role]) => ({ label, path: p, cookie: role && data.cookies[role] }));
  const firstLoad = await firstLoadJs(jsPages);
  for (const r of firstLoad)
    log(
      `  ${r.label.padEnd(30)} ${fmt(r.kb).padStart(7)} kB in ${String(r.scripts).padStart(2)} scripts${r.status === 200 ? "" : `  (answered ${r.status})`}`,
    );
  const serverErrors = server.output.filter((l) => /error|exception/i.test(l));

  log("\n▶ EXPLAIN (ANALYZE, BUFFERS)");
  const plans = await explainAll(app.db, app.sql, data);
  let citusPlans = null;
  let spread = null;
  if (citusDb) {
    // The statements the app sends for the learner's pages when it serves Citus, explained there.
    const statements = await citusPageStatements(citusDb.url, data, env);
    const citusSql = postgres(citusDb.url, { max: 1, onnotice: () => {} });
    clients.push(citusSql);
    drizzle(citusSql); // drizzle's serializers on this client, as on the app's (plans.ts)
    // Once first: a connection's first distributed statement also opens its connections to the workers.
    await explainReads(citusSql, "warm-up", [
      ...statements.dashboard,
      ...statements.progress,
      ...statements.cohort,
    ]);
    citusPlans = {
      dashboard: await explainReads(citusSql, "dashboard", statements.dashboard),
      progress: await explainReads(citusSql, "progress", statements.progress),
      cohort: await explainReads(citusSql, "cohort dashboard", statements.cohort),
    };
    spread = await membersPerWorker(citusDb.url, data.cohortId);
  }

  // ── The report ──
  log(
    `\n## Results (${startedAt.toISOString().slice(0, 10)}, ${cpus.length} cores, load average ${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end)\n`,
  );
  printTable(results);
  log(
    "\nreq/s and latency are measured by the client (node:http, keep-alive) on the same machine; server CPU is the\n" +
      "server's process tree's utime+stime per request (for the app: `npm start` and its workers), db CPU that of\n" +
      "the server's PostgreSQL backends.\n" +
      "Client, servers and PostgreSQL share the machine's cores: anything else running there inflates latency, not CPU/req.",
  );
  log("\n## Budgets");
  budgets(results, flat, firstLoad, proportion, S.cohortSize);
  if (serverErrors.length) {
    log(`\nServer log lines mentioning errors (${serverErrors.length}):`);
    for (const l of serverErrors.slice(0, 10)) log(`  ${l}`);
  }
  if (citusDb) {
    log(
      `\n## Citus beside single-node (${citusDb.counts.differing.length ? "the datasets' row counts DIFFER" : "the same dataset, copied row for row"}; measured alternately, ${Math.max(1, Math.round(S.seconds / 4))} s at a time)\n`,
    );
    log(formatCitusTable(citusResults));
    log(
      "\ndb CPU: single-node, the database's backends; Citus, the coordinator's and the workers' backends together.",
    );
    log("");
    log(citusBudgetLine(citusResults, S.cohortSize));
    const citusErrors = [citusServer, citusUncached].flatMap((s) =>
      s.output.filter((l) => /error|exception/i.test(l)),
    );
    if (citusErrors.length) {
      log(`\nCitus servers' log lines mentioning errors (${citusErrors.length}):`);
      for (const l of citusErrors.slice(0, 20)) log(`  ${l}`);
    }
    const coordinatorErrors = logErrorsSince(citusCluster.logFile, citusLogMark);
    if (coordinatorErrors.length) {
      log(`\nThe coordinator's log (${citusCluster.logFile}), ERROR lines of this run:`);
      for (const l of coordinatorErrors.slice(-20)) log(`  ${l}`);
    }
    log(
      `\nThe big cohort's ${spread.members} members (cohort_members, distributed by user_id over ${spread.total} shards):`,
    );
    for (const r of spread.rows)
      log(`  ${r.nodename}:${r.nodeport}  ${r.members} members on ${r.shards} shards`);
  }
  log("\n## Query plans");
  printExplains(
    `Dashboard of the ${S.heavy.toLocaleString("en-US")}-activity learner`,
    plans.dashboard,
    sizes,
  );
  printExplains(`Cohort dashboard (${S.cohortSize} members, as organizer)`, plans.cohort, sizes);
  printSeqScanSummary([...plans.dashboard, ...plans.cohort], sizes);
  if (citusPlans) {
    log("\n## Query plans on Citus");
    printExplains(
      `Dashboard of the ${S.heavy.toLocaleString("en-US")}-activity learner, on Citus`,
      citusPlans.dashboard,
      sizes,
    );
    printExplains("GET /api/v1/me/progress, on Citus", citusPlans.progress, sizes);
    printExplains(
      `Cohort dashboard (${S.cohortSize} members, as organizer), on Citus`,
      citusPlans.cohort,
      sizes,
    );
    printTaskCounts(
      "The learner's statements on Citus",
      [...citusPlans.dashboard, ...citusPlans.progress],
      { routerExpected: true },
    );
    printTaskCounts(
      `The cohort dashboard's statements on Citus (${spread.members} members on both workers)`,
      citusPlans.cohort,
    );
  }
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
