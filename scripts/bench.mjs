// `npm run bench`: the performance benchmark (docs/PERFORMANCE.md). Generates a large
// dataset in a database of its own, builds and starts the production server,
// loads the main routes over HTTP at 1 and at 16 connections, prints a table
// and the budgets, and EXPLAIN (ANALYZE, BUFFERS) of the queries behind the
// dashboard and the cohort dashboard. It prints its figures; it fails nothing.
//
// Uses DATABASE_URL's server when set (it creates and drops a database of its
// own there), else the embedded PostgreSQL. Only ever talks to 127.0.0.1.
//
// Settings (environment):
//   BENCH_LEARNERS=10000           learners generated (about 1,000,000 activities; ~1 min here)
//   BENCH_ACTIVITIES_PER_LEARNER=100  mean activities of an ordinary learner
//   BENCH_HEAVY_ACTIVITIES=5000    the heavy learner's activities
//   BENCH_LIGHT_ACTIVITIES=50      the light learner's activities
//   BENCH_COHORT_SIZE=500          members of the big cohort (organizer included)
//   BENCH_HISTORY_DAYS=730         how far back generated activities go
//   BENCH_SECONDS=20               measured seconds per route and concurrency
//   BENCH_WARMUP_SECONDS=2         warm-up of every route first, and again before each (not measured)
//   BENCH_CONCURRENCY=1,16         connection counts to measure
//   BENCH_MAX_REQUESTS=100000      hard cap on requests per measured run
//   BENCH_PORT=3200                port of the production server
//   BENCH_ONLY=regex               only the routes whose key matches: reference, dashboard-heavy, dashboard-light,
//                                  dashboard-heavy-gzip (with the Accept-Encoding of a browser),
//                                  dashboard-heavy-uncached, dashboard-light-uncached, cohort-api-uncached (a second server,
//                                  LEARNER_CACHE_SIZE=0),
//                                  roadmap, cohort-page, cohort-api, post-activity, progress-api
//   BENCH_SKIP_BUILD=1             reuse .next instead of running `next build`
//   BENCH_CPU_PROF=dir             run the server with --cpu-prof, writing its profile to dir
import { spawn, execFileSync } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { SESSION_COOKIE as COOKIE_NAME } from "../lib/auth/session-cookies.mjs";
import { startDatabase } from "./lib/database.mjs";
import { run } from "./lib/run.mjs";
import { workerCount } from "./lib/workers.mjs";

const root = path.resolve(import.meta.dirname, "..");
const HOST = "127.0.0.1";

// ── Settings ─────────────────────────────────────────────────────────────────

function intSetting(name, fallback, min = 0) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`${name} must be a whole number ≥ ${min} (got "${raw}").`);
    process.exit(2);
  }
  return n;
}

const S = {
  learners: intSetting("BENCH_LEARNERS", 10_000, 10),
  perLearner: intSetting("BENCH_ACTIVITIES_PER_LEARNER", 100, 0),
  heavy: intSetting("BENCH_HEAVY_ACTIVITIES", 5000, 1),
  light: intSetting("BENCH_LIGHT_ACTIVITIES", 50, 1),
  cohortSize: intSetting("BENCH_COHORT_SIZE", 500, 2),
  historyDays: intSetting("BENCH_HISTORY_DAYS", 730, 30),
  seconds: intSetting("BENCH_SECONDS", 20, 1),
  warmup: intSetting("BENCH_WARMUP_SECONDS", 2, 0),
  maxRequests: intSetting("BENCH_MAX_REQUESTS", 100_000, 1),
  port: intSetting("BENCH_PORT", 3200, 1),
  concurrency: (process.env.BENCH_CONCURRENCY ?? "1,16").split(",").map((c) => Number(c.trim())),
  only: process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null,
  skipBuild: process.env.BENCH_SKIP_BUILD === "1",
};
if (S.concurrency.some((c) => !Number.isInteger(c) || c < 1 || c > 256)) {
  console.error(
    "BENCH_CONCURRENCY must be a comma-separated list of whole numbers between 1 and 256.",
  );
  process.exit(2);
}
// Learners 1–4 are special (heavy, light, writer, organizer); the cohort is the organizer and the next members.
S.learners = Math.max(S.learners, S.cohortSize + 4);

const AUTH_SECRET = process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url");

const log = (...a) => console.log(...a);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ── Cleanup: everything started here is stopped here ─────────────────────────

let database = null;
let admin = null;
let benchDbName = null;
let server = null;
let uncached = null;
let reference = null;
const clients = [];
let cleaning = null;

async function cleanup() {
  cleaning ??= (async () => {
    if (server) await stopServer(server).catch(() => {});
    if (uncached) await stopServer(uncached).catch(() => {});
    if (reference) await stopServer(reference).catch(() => {});
    for (const c of clients) await c.end({ timeout: 2 }).catch(() => {});
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
const agents = new Set();
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (aborted) return;
    aborted = true;
    console.error(`\n${signal}: stopping the load and cleaning up…`);
    for (const a of agents) a.destroy();
    cleanup().finally(() => process.exit(130));
  });
}

// ── Dataset ──────────────────────────────────────────────────────────────────

const sha256 = (s) => createHash("sha256").update(s).digest("hex");
const quoteList = (values) => {
  for (const v of values) if (!/^[a-z0-9-]+$/.test(v)) throw new Error(`unexpected slug ${v}`);
  return `array[${values.map((v) => `'${v}'`).join(",")}]::text[]`;
};

async function generate(sql) {
  const t0 = performance.now();
  const step = async (label, text) => {
    const t = performance.now();
    const result = await sql.unsafe(text);
    log(
      `  ${label.padEnd(34)} ${String(result.count ?? "").padStart(9)} rows  ${seconds(performance.now() - t)}`,
    );
    return result;
  };
  const skillSlugs = (
    await sql`select slug from skills where retired_at is null order by slug`
  ).map((r) => r.slug);
  const attested = (
    await sql`select id from milestones where retired_at is null and criteria->>'kind' = 'attested'`
  ).map((r) => r.id);
  const SK = quoteList(skillSlugs);
  const k = skillSlugs.length;
  const pick = (arr) => `(${arr})[1 + floor(random() * cardinality(${arr}))::int]`;
  const skill = `(${SK})[1 + floor(random() * ${k})::int]`;
  const N = S.learners;
  const firstSmall = 4 + S.cohortSize; // learners from here on are in small cohorts of 20
  const SMALL_COHORTS = Math.max(0, Math.min(199, Math.floor((N - firstSmall + 1) / 20)));

  await sql.unsafe(`select setseed(0.42)`);
  await step(
    "learners (plan)",
    `create temporary table bench_learners as
     select n, gen_random_uuid() as id,
       case n when 1 then ${S.heavy} when 2 then ${S.light} else floor(random() * ${2 * S.perLearner + 1})::int end as acts,
       -- About 5 certifications, projects and papers per learner: 50,000 together for 10,000.
       case n when 1 then 40 when 2 then 1 else floor(random() * 4)::int end as projs,
       case n when 1 then 15 when 2 then 0 else floor(random() * 3)::int end as certs,
       case n when 1 then 300 when 2 then 2 else floor(random() * 6)::int end as paps,
       case n when 1 then 60 when 2 then 1 else floor(random() * 9)::int end as evts,
       case when n <= 4 then 'UTC'
            else (array['UTC','Europe/Berlin','America/New_York','Asia/Kolkata','Asia/Tokyo'])[1 + n % 5] end as tz
     from generate_series(1, ${N}) n`,
  );
  await sql.unsafe(`alter table bench_learners add primary key (n)`);
  await step(
    "users",
    `insert into users (id, name, email, email_verified, created_at)
     select id,
       case n when 1 then 'Heavy Learner' when 2 then 'Light Learner' when 3 then 'Writer Learner'
              when 4 then 'Cohort Organizer' else 'Learner ' || lpad(n::text, 6, '0') end,
       'bench-' || n || '@bench.local', now(), now() - interval '800 days'
     from bench_learners order by n`,
  );
  await step(
    "profiles",
    `insert into profiles (user_id, headline, target_track, weekly_hours_goal, timezone)
     select id, 'Aspiring ML engineer',
       case when n <= 4 then 'mlops' else (array[null,'mlops','responsible-ai','quantum-ml'])[1 + n % 4] end,
       5 + n % 15, tz
     from bench_learners order by n`,
  );
  await step(
    "activities",
    `insert into activities (user_id, date, minutes, kind, title, path, skills, notes)
     select l.id,
       current_date - 1 - floor(random() * ${S.historyDays})::int,
       15 + floor(random() * 166)::int,
       ${pick(`array['course','reading','project','practice','event','other']`)},
       'Study session ' || g,
       ${pick(`array['formal','online','projects',null]`)},
       case when random() < 0.5 then array[${skill}] else array[${skill}, ${skill}] end,
       case when random() < 0.3 then 'Notes on what was covered and what to revisit next time.' end
     from bench_learners l cross join lateral generate_series(1, l.acts) g
     order by l.n`,
  );
  await step(
    "activity_days (rollup)",
    `insert into activity_days (user_id, date, minutes, sessions)
     select user_id, date, sum(minutes), count(*) from activities group by user_id, date`,
  );
  await step(
    "activity_totals (rollup)",
    `insert into activity_totals (user_id, minutes, last_active_on)
     select user_id, sum(minutes), max(date) from activity_days group by user_id`,
  );
  await step(
    "skill_ratings",
    `insert into skill_ratings (user_id, skill_slug, level, updated_at)
     select l.id, s.slug, floor(random() * 5)::int, now() - random() * interval '300 days'
     from bench_learners l cross join skills s
     where s.retired_at is null and (l.n <= 4 or random() < 0.4)`,
  );
  await step(
    "skill_rating_history",
    `insert into skill_rating_history (user_id, skill_slug, level, changed_at)
     select user_id, skill_slug, level, updated_at from skill_ratings`,
  );
  await step(
    "projects",
    `insert into projects (user_id, title, summary, repo_url, status, open_source, track, skills)
     select l.id, 'Project ' || g, 'A portfolio project.',
       case when random() < 0.6 then 'https://github.com/example/project-' || g end,
       ${pick(`array['idea','building','shipped']`)},
       random() < 0.2,
       ${pick(`array[null,'mlops','responsible-ai','quantum-ml']`)},
       array[${skill}]
     from bench_learners l cross join lateral generate_series(1, l.projs) g`,
  );
  await step(
    "certifications",
    `insert into certifications (user_id, name, issuer, status, issued_on, expires_on, skills)
     select l.id, 'Certification ' || g, 'Cloud vendor',
       ${pick(`array['planned','in_progress','earned','earned']`)},
       current_date - floor(random() * 700)::int,
       case when random() < 0.6 then current_date + floor(random() * 900)::int - 200 end,
       array[${pick(`array['aws','gcp','azure','python','pytorch']`)}]
     from bench_learners l cross join lateral generate_series(1, l.certs) g`,
  );
  await step(
    "papers",
    `insert into papers (user_id, title, status, read_on, topic)
     select l.id, 'Paper ' || g, ${pick(`array['to_read','reading','read','read']`)},
       current_date - floor(random() * 700)::int,
       ${pick(`array[null,'responsible-ai','quantum-ml','nlp','vision']`)}
     from bench_learners l cross join lateral generate_series(1, l.paps) g`,
  );
  await step(
    "events",
    `insert into events (user_id, title, kind, date)
     select l.id, 'Event ' || g, ${pick(`array['conference','meetup','forum','talk']`)},
       current_date + 60 - floor(random() * 760)::int
     from bench_learners l cross join lateral generate_series(1, l.evts) g`,
  );
  if (attested.length) {
    await step(
      "milestone_attestations",
      `insert into milestone_attestations (user_id, milestone_id, note)
       select l.id, m.id, 'Done.'
       from bench_learners l cross join unnest(array[${attested.map((id) => `'${id}'`).join(",")}]::uuid[]) m(id)
       where random() < 0.3`,
    );
  }
  await step(
    "notifications",
    `insert into notifications (user_id, kind, title, link, created_at, read_at)
     select l.id, 'review_decided', 'Your review was decided', '/coaching', now() - g * interval '3 days',
       case when random() < 0.7 then now() end
     from bench_learners l cross join lateral generate_series(1, 1 + l.n % 5) g`,
  );
  await step(
    "sessions (one per learner)",
    `insert into sessions (session_token, user_id, expires)
     select md5(random()::text) || n, id, now() + interval '30 days' from bench_learners`,
  );
  // The big cohort: the organizer (learner 4) and the next cohortSize - 1 learners.
  const [big] = await sql.unsafe(
    `insert into cohorts (slug, name, description, starts_on, invite_code, created_by)
     select 'bench-cohort-${S.cohortSize}', 'Bench cohort (${S.cohortSize})', 'The benchmark''s large cohort.',
       current_date - 120, 'BENCHBIG' || floor(random() * 1e6)::int, id
     from bench_learners where n = 4 returning id, slug`,
  );
  await step(
    `cohort_members (big cohort)`,
    `insert into cohort_members (user_id, cohort_id, role, share_progress, share_hours, leaderboard)
     select id, '${big.id}', case when n = 4 then 'organizer' else 'member' end,
       n = 4 or random() < 0.9, n = 4 or random() < 0.5, random() < 0.3
     from bench_learners where n = 4 or n between 5 and ${firstSmall - 1}`,
  );
  // 199 more cohorts of 20 (200 in all), so cohort_members is not tiny.
  await step(
    `cohorts (${SMALL_COHORTS} small, 20 members)`,
    `insert into cohorts (slug, name, invite_code, created_by)
     select 'bench-small-' || k, 'Study group ' || k, 'BSMALL' || k, l.id
     from generate_series(0, ${SMALL_COHORTS - 1}) k
     join bench_learners l on l.n = ${firstSmall} + k * 20`,
  );
  await step(
    "cohort_members (small cohorts)",
    `insert into cohort_members (user_id, cohort_id, role, share_progress, share_hours, leaderboard)
     select l.id, c.id, case when (l.n - ${firstSmall}) % 20 = 0 then 'organizer' else 'member' end,
       random() < 0.9, random() < 0.5, random() < 0.3
     from bench_learners l join cohorts c on c.slug = 'bench-small-' || ((l.n - ${firstSmall}) / 20)
     where l.n between ${firstSmall} and ${firstSmall + SMALL_COHORTS * 20 - 1}`,
  );

  // 500 coaches with 10 mentees each, from the last learners (coaches are learners too).
  const COACHES = Math.min(500, Math.floor(N / 11));
  await step(
    `coaching_links (${COACHES} coaches × 10)`,
    `insert into coaching_links (coach_id, mentee_id)
     select c.id, m.id
     from bench_learners c
     join bench_learners m on m.n between ${N - COACHES * 11 + 1} + (c.n - ${N - COACHES + 1}) * 10
                              and ${N - COACHES * 11 + 10} + (c.n - ${N - COACHES + 1}) * 10
     where c.n > ${N - COACHES}`,
  );
  // The learners the benchmark acts as, with sessions and API tokens of their own.
  const who = await sql`select n, id from bench_learners where n <= 4 order by n`;
  const id = (n) => who.find((r) => r.n === n).id;
  const people = { heavy: id(1), light: id(2), writer: id(3), organizer: id(4) };
  // The organizer also coaches the heavy learner (for the mentee screen's first-load JS), and the
  // heavy learner's profile is public (for /u/<slug>).
  await sql`insert into coaching_links (coach_id, mentee_id) values (${people.organizer}, ${people.heavy})`;
  await sql`update profiles set public_profile = true, slug = 'bench-heavy' where user_id = ${people.heavy}`;
  const { encode } = await import("next-auth/jwt");
  const cookies = {};
  const tokens = {};
  for (const [role, userId] of Object.entries(people)) {
    const sid = randomBytes(32).toString("base64url");
    await sql`insert into sessions (session_token, user_id, expires) values (${sid}, ${userId}, now() + interval '30 days')`;
    const jwt = await encode({
      token: { sub: userId, sid },
      secret: AUTH_SECRET,
      salt: COOKIE_NAME,
    });
    cookies[role] = `${COOKIE_NAME}=${jwt}`;
    const token = "epoch_" + randomBytes(32).toString("base64url");
    await sql`insert into api_tokens (user_id, name, token_hash) values (${userId}, 'bench', ${sha256(token)})`;
    tokens[role] = token;
  }
  const tv = performance.now();
  await sql.unsafe("vacuum analyze");
  log(
    `  ${"vacuum analyze".padEnd(34)} ${"".padStart(9)}       ${seconds(performance.now() - tv)}`,
  );
  log(`Dataset generated in ${seconds(performance.now() - t0)}.`);
  return { people, cookies, tokens, cohortSlug: big.slug, cohortId: big.id };
}

async function describeDataset(sql) {
  const tables = LARGE_TABLES;
  const rows = await sql.unsafe(
    `select relname, reltuples::bigint as rows, pg_total_relation_size(oid) as bytes
     from pg_class where relkind = 'r' and relname = any($1::text[])`,
    [tables],
  );
  const counts = await sql`
    select
      (select count(*) from activities a join bench_learners l on l.id = a.user_id where l.n = 1)::int as heavy_acts,
      (select count(*) from activity_days a join bench_learners l on l.id = a.user_id where l.n = 1)::int as heavy_days,
      (select count(*) from activities a join bench_learners l on l.id = a.user_id where l.n = 2)::int as light_acts,
      (select count(*) from activity_days a join bench_learners l on l.id = a.user_id where l.n = 2)::int as light_days,
      pg_database_size(current_database()) as db_bytes`;
  const sizes = new Map(rows.map((r) => [r.relname, r]));
  log("\nDataset:");
  log(
    "  " +
      tables
        .map((t) => `${t} ${Number(sizes.get(t)?.rows ?? 0).toLocaleString("en-US")}`)
        .join(" · "),
  );
  const c = counts[0];
  log(
    `  heavy learner: ${c.heavy_acts} activities on ${c.heavy_days} days · light learner: ${c.light_acts} activities on ${c.light_days} days · database ${(Number(c.db_bytes) / 2 ** 20).toFixed(0)} MB`,
  );
  return new Map(rows.map((r) => [r.relname, Number(r.rows)]));
}

// ── Server ───────────────────────────────────────────────────────────────────

/**
 * The app is started as production starts it (`npm start`: scripts/start.mjs, one worker
 * per core unless WEB_CONCURRENCY says otherwise); the reference page as a bare `next start`.
 */
function startServer(env, { cwd = root, port = S.port, bare = false } = {}) {
  const entry = bare
    ? [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start"]
    : [path.join(root, "scripts", "start.mjs")];
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(process.env.BENCH_CPU_PROF)]
    : [];
  const child = spawn(process.execPath, [...profile, ...entry, "-p", String(port), "-H", HOST], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = [];
  const keep = (chunk) => {
    for (const line of String(chunk).split("\n")) if (line.trim()) output.push(line);
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? signal)),
  );
  return { child, output, exited, pid: child.pid, port };
}

async function stopServer(s) {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  s.child.kill("SIGTERM");
  const timer = setTimeout(() => s.child.kill("SIGKILL"), 10_000);
  await s.exited;
  clearTimeout(timer);
}

async function waitForHealth(s, { path: healthPath = "/api/v1/health", timeoutMs = 90_000 } = {}) {
  const agent = new http.Agent({ keepAlive: false });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (s.child.exitCode !== null) break;
      const r = await request(
        agent,
        { method: "GET", path: healthPath, headers: {}, port: s.port },
        { keepBody: true },
      );
      if (r.status === 200) return;
      await new Promise((res) => setTimeout(res, 250));
    }
  } finally {
    agent.destroy();
  }
  throw new Error(`The server did not become healthy:\n${s.output.slice(-30).join("\n")}`);
}

// ── Load ─────────────────────────────────────────────────────────────────────

function request(agent, { method, path: p, headers, body, port }, { keepBody = false } = {}) {
  return new Promise((resolve) => {
    const payload = body === undefined ? null : Buffer.from(body);
    const req = http.request(
      {
        host: HOST,
        port: port ?? S.port,
        method,
        path: p,
        agent,
        timeout: 30_000,
        headers: payload
          ? { ...headers, "content-type": "application/json", "content-length": payload.length }
          : headers,
      },
      (res) => {
        let size = 0;
        const chunks = [];
        res.on("data", (c) => {
          size += c.length;
          if (keepBody && size < 64 * 1024) chunks.push(c);
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode,
            size,
            headers: res.headers,
            body: keepBody ? Buffer.concat(chunks).toString() : "",
          }),
        );
        res.on("error", (e) => resolve({ status: 0, size, error: e.message }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timed out after 30 s")));
    req.on("error", (e) => resolve({ status: 0, size: 0, error: e.message }));
    req.end(payload ?? undefined);
  });
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime (ms) of a process, or null when it cannot be read. */
function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
  } catch {
    return null;
  }
}

/** The server's process and its descendants (`next start` may run workers). */
function processTree(pid) {
  const children = new Map();
  try {
    for (const d of readdirSync("/proc")) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = readFileSync(`/proc/${d}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        if (!children.has(ppid)) children.set(ppid, []);
        children.get(ppid).push(Number(d));
      } catch {
        // gone
      }
    }
  } catch {
    return [pid];
  }
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    out.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

async function cpuSnapshot(sql, benchDb, pid) {
  const server = new Map(processTree(pid).map((p) => [p, cpuOf(p)]));
  let db = new Map();
  try {
    const pids = await sql`
      select pid from pg_stat_activity
      where datname = ${benchDb} and backend_type = 'client backend' and pid <> pg_backend_pid()`;
    db = new Map(pids.map((r) => [r.pid, cpuOf(r.pid)]));
  } catch {
    // not readable: no figure
  }
  return { server, db };
}

function cpuDelta(before, after) {
  let total = 0;
  let known = false;
  for (const [pid, ms] of after) {
    if (ms === null) continue;
    known = true;
    total += ms - (before.get(pid) ?? 0);
  }
  return known ? total : null;
}

async function load(route, concurrency, durationSeconds, { measure = true, sql, benchDb } = {}) {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: concurrency,
    maxFreeSockets: concurrency,
  });
  agents.add(agent);
  const latencies = [];
  const statuses = new Map();
  let errors = 0;
  let bytes = 0;
  let firstError = null;
  let issued = 0;
  const cap = measure ? S.maxRequests : Math.min(S.maxRequests, 5000);
  // A route served by the reference app (route.server) is measured on that server.
  const target = route.server ?? server;
  const before = measure ? await cpuSnapshot(sql, benchDb, target.pid) : null;
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  const worker = async () => {
    while (!aborted && performance.now() < deadline && issued < cap) {
      issued++;
      const spec = { ...route.request(), port: target.port };
      const t = performance.now();
      const r = await request(agent, spec, { keepBody: false });
      latencies.push(performance.now() - t);
      bytes += r.size;
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (!(r.status >= 200 && r.status < 300)) {
        errors++;
        firstError ??= r.error ?? `HTTP ${r.status}`;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  agents.delete(agent);
  if (!measure || aborted) return null;
  const after = await cpuSnapshot(sql, benchDb, target.pid);
  latencies.sort((a, b) => a - b);
  const at = (q) => percentile(latencies, q);
  const n = latencies.length;
  const serverCpu = cpuDelta(before.server, after.server);
  const dbCpu = cpuDelta(before.db, after.db);
  return {
    requests: n,
    rps: n / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    errors,
    firstError,
    kb: n ? bytes / n / 1024 : 0,
    serverCpuPerReq: serverCpu === null || !n ? null : serverCpu / n,
    dbCpuPerReq: dbCpu === null || !n ? null : dbCpu / n,
    raw: { latencies, serverCpu, dbCpu },
  };
}

const percentile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/**
 * Two routes measured in alternation (A, B, A, B, …), so that drift in the machine's speed
 * (other tenants, CPU boost, the JIT still warming up) falls on both alike.
 */
async function interleaved(a, b, rounds, secondsEach, { concurrency = 1, ...opts }) {
  const pooled = new Map([
    [a, { latencies: [], seconds: 0, serverCpu: 0, dbCpu: 0 }],
    [b, { latencies: [], seconds: 0, serverCpu: 0, dbCpu: 0 }],
  ]);
  for (let i = 0; i < rounds; i++) {
    for (const route of [a, b]) {
      const r = await load(route, concurrency, secondsEach, opts);
      if (!r) return null;
      const p = pooled.get(route);
      p.latencies.push(...r.raw.latencies);
      p.seconds += r.requests / r.rps;
      p.serverCpu += r.raw.serverCpu ?? NaN;
      p.dbCpu += r.raw.dbCpu ?? NaN;
    }
  }
  const summary = (p) => {
    p.latencies.sort((x, y) => x - y);
    const n = p.latencies.length;
    return {
      requests: n,
      rps: n / p.seconds,
      p50: percentile(p.latencies, 0.5),
      serverCpuPerReq: p.serverCpu / n,
      dbCpuPerReq: p.dbCpu / n,
    };
  };
  return { a: summary(pooled.get(a)), b: summary(pooled.get(b)), rounds, secondsEach };
}

// ── EXPLAIN ──────────────────────────────────────────────────────────────────

/** Tables whose size grows with the number of learners; a scan of one with ≥ LARGE_ROWS rows is flagged. */
const LARGE_ROWS = 10_000;
const WATCHED = ["activities", "activity_days", "cohort_members", "skill_ratings"];
const LARGE_TABLES = [
  "activities",
  "activity_days",
  "cohort_members",
  "skill_ratings",
  "users",
  "profiles",
  "projects",
  "certifications",
  "papers",
  "events",
  "milestone_attestations",
  "notifications",
  "sessions",
  "skill_rating_history",
  "api_tokens",
  "cohorts",
  "activity_totals",
  "coaching_links",
];

/** Shortens the long literals (hundreds of uuids, the json of per-learner dates) plans print. */
function shorten(line) {
  return line.replace(/'((?:[^']|'')*)'/g, (whole, inner) => {
    if (inner.length <= 80) return whole;
    const uuids =
      inner.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)?.length ?? 0;
    return `'…${uuids ? `${uuids} ids` : `${inner.length} chars`}…'`;
  });
}

async function explain(sql, title, text, params = []) {
  const rows = await sql.unsafe(`explain (analyze, buffers) ${text}`, params);
  const lines = rows.map((r) => shorten(r["QUERY PLAN"]));
  const seqScans = [
    ...new Set(lines.flatMap((l) => [...l.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]))),
  ];
  const time = Number(
    lines.find((l) => l.startsWith("Execution Time"))?.match(/([\d.]+) ms/)?.[1] ?? NaN,
  );
  return { title, lines, seqScans, time };
}

function evidenceQueries(members) {
  // The eight aggregates of lib/progress/evidence.ts loadEvidenceFor(): one statement in the
  // app (each a subquery); explained one by one here so that each plan is read on its own.
  const ids = `{${members.map((m) => m.id).join(",")}}`;
  const pairs = JSON.stringify(members.map((m) => ({ user_id: m.id, today: m.today })));
  const T = `json_to_recordset($2::text::json) as t(user_id uuid, today date)`;
  return [
    [
      "skill ratings",
      `select user_id, json_object_agg(skill_slug, level) from skill_ratings where user_id = any($1::uuid[]) group by 1`,
      [ids],
    ],
    [
      "minutes logged (activity_totals)",
      `select user_id, minutes::float8 from activity_totals where user_id = any($1::uuid[])`,
      [ids],
    ],
    [
      "projects grouped",
      `select user_id, status, repo_url is not null, open_source, track, count(*)::int
       from projects where user_id = any($1::uuid[]) group by 1, 2, 3, 4, 5`,
      [ids],
    ],
    [
      "certifications earned (per-learner today)",
      `select c.user_id, c.skills, count(*)::int
       from certifications c join ${T} on t.user_id = c.user_id
       where c.user_id = any($1::uuid[]) and c.status = 'earned' and (c.expires_on is null or c.expires_on >= t.today)
       group by 1, 2`,
      [ids, pairs],
    ],
    [
      "papers read grouped",
      `select user_id, topic, count(*)::int from papers
       where user_id = any($1::uuid[]) and status = 'read' group by 1, 2`,
      [ids],
    ],
    [
      "events attended",
      `select e.user_id, count(*)::int
       from events e join ${T} on t.user_id = e.user_id
       where e.user_id = any($1::uuid[]) and e.date <= t.today group by 1`,
      [ids, pairs],
    ],
    [
      "attestations",
      `select user_id, milestone_id from milestone_attestations where user_id = any($1::uuid[])`,
      [ids],
    ],
    [
      "verifications",
      `select user_id, milestone_id from milestone_verifications where user_id = any($1::uuid[])`,
      [ids],
    ],
  ];
}

const isoDay = (d) => d.toISOString().slice(0, 10);
const addDays = (day, n) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
const mondayOf = (day) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
const todayIn = (tz) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

async function explainAll(sql, data) {
  const today = todayIn("UTC"); // the heavy learner and the organizer are on UTC
  const thisWeek = mondayOf(today);
  const heatmapStart = addDays(thisWeek, -7 * 51);
  const weeklyStart = addDays(thisWeek, -7 * 11);
  const heavy = data.people.heavy;
  const [{ sid: heavySession }] =
    await sql`select session_token as sid from sessions where user_id = ${heavy} limit 1`;

  const dashboard = [
    [
      "heatmap: activity_days, last 52 weeks",
      `select "date", "minutes" from "activity_days"
       where ("activity_days"."user_id" = $1 and "activity_days"."date" >= $2 and "activity_days"."date" <= $3)
       order by "activity_days"."date" asc`,
      [heavy, heatmapStart, today],
    ],
    [
      "path balance: activities, last 12 weeks",
      `select "path", sum("minutes") from "activities"
       where ("activities"."user_id" = $1 and "activities"."date" >= $2 and "activities"."date" <= $3)
       group by "activities"."path"`,
      [heavy, weeklyStart, today],
    ],
    [
      "certifications expiring soon",
      `select "id", "name", "expires_on" from "certifications"
       where ("certifications"."user_id" = $1 and "certifications"."status" = $2 and "certifications"."expires_on" is not null
              and "certifications"."expires_on" >= $3 and "certifications"."expires_on" <= $4)
       order by "certifications"."expires_on" asc`,
      [heavy, "earned", today, addDays(today, 60)],
    ],
    [
      "verified records",
      `select "record_verifications"."subject_type", coalesce("projects"."title", "certifications"."name")
       from "record_verifications"
       left join "projects" on "projects"."id" = "record_verifications"."subject_id"
       left join "certifications" on "certifications"."id" = "record_verifications"."subject_id"
       where "record_verifications"."user_id" = $1`,
      [heavy],
    ],
    [
      "layout: the session with its account and unread notifications (lib/users/viewer.ts)",
      `select "users"."id", "users"."name", "users"."email", "profiles"."timezone", "profiles"."target_track",
              (select count(*)::int from "notifications"
               where "notifications"."user_id" = "users"."id" and "notifications"."read_at" is null)
       from "sessions"
       inner join "users" on "users"."id" = "sessions"."user_id"
       inner join "profiles" on "profiles"."user_id" = "users"."id"
       where ("sessions"."session_token" = $1 and "sessions"."expires" > now())`,
      [heavySession],
    ],
    ...evidenceQueries([{ id: heavy, today }]).map(([t, q, p]) => [`evidence: ${t}`, q, p]),
  ];

  // The cohort dashboard as its organizer sees it (lib/cohorts/cohorts.ts getCohortDashboard).
  const members = await sql`
    select cm.user_id as id, cm.share_progress, cm.share_hours, cm.leaderboard, p.timezone, cm.user_id = ${data.people.organizer} as self
    from cohort_members cm join profiles p on p.user_id = cm.user_id where cm.cohort_id = ${data.cohortId}`;
  const progressSharers = members
    .filter((m) => m.self || m.share_progress)
    .map((m) => ({ id: m.id, today: todayIn(m.timezone) }));
  const hourSharers = members
    .filter((m) => m.self || m.share_hours || m.leaderboard)
    .map((m) => m.id);
  const everyone = members.map((m) => m.id); // the organizer sees inactivity of all
  const monthStart = `${today.slice(0, 8)}01`;
  const firstWeek = addDays(thisWeek, -7 * 11);
  const since = firstWeek < monthStart ? firstWeek : monthStart;
  const cohort = [
    [
      "membership of the viewer",
      `select "cohorts"."id", "cohorts"."slug", "cohort_members"."role" from "cohorts"
       left join "cohort_members" on ("cohort_members"."cohort_id" = "cohorts"."id" and "cohort_members"."user_id" = $1)
       where "cohorts"."slug" = $2`,
      [data.people.organizer, data.cohortSlug],
    ],
    [
      `members (${members.length}) with users and profiles`,
      `select "cohort_members"."user_id", "cohort_members"."role", "cohort_members"."share_progress", "cohort_members"."share_hours",
              "cohort_members"."leaderboard", "users"."name", "profiles"."timezone", "profiles"."target_track"
       from "cohort_members"
       inner join "users" on "users"."id" = "cohort_members"."user_id"
       inner join "profiles" on "profiles"."user_id" = "cohort_members"."user_id"
       where "cohort_members"."cohort_id" = $1
         and "users"."id" = any(array(select "user_id" from "cohort_members" where "cohort_id" = $1))
       order by "users"."name" asc`,
      [data.cohortId],
    ],
    ...evidenceQueries(progressSharers).map(([t, q, p]) => [
      `evidence (${progressSharers.length} sharing progress): ${t}`,
      q,
      p,
    ]),
    [
      `weekly hours (${hourSharers.length} sharing hours or on the leaderboard)`,
      `select "user_id", date_trunc('week', "activity_days"."date")::date::text, "activity_days"."date" >= $2::date,
              sum("minutes")
       from "activity_days"
       where ("activity_days"."user_id" = any($1::uuid[]) and "activity_days"."date" >= $3
              and "activity_days"."date" <= $4)
       group by "activity_days"."user_id", 2, 3`,
      [`{${hourSharers.join(",")}}`, monthStart, since, today],
    ],
    [
      `last active day (${everyone.length} members, activity_totals)`,
      `select user_id, last_active_on from activity_totals where user_id = any($1::uuid[])`,
      [`{${everyone.join(",")}}`],
    ],
  ];

  const out = { dashboard: [], cohort: [] };
  for (const [title, text, params] of dashboard)
    out.dashboard.push(await explain(sql, title, text, params));
  for (const [title, text, params] of cohort)
    out.cohort.push(await explain(sql, title, text, params));
  return out;
}

// ── First-load JS ────────────────────────────────────────────────────────────

/** A whole response body (the load runs keep at most 64 KiB of one). */
function fetchBody(p, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: HOST, port: S.port, path: p, headers }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/**
 * The JavaScript each page makes the browser load on a first visit: every
 * `<script src>` of its HTML (not the nomodule polyfills), gzipped as a server
 * would send them, summed. (Next 16's build no longer prints this.)
 */
async function firstLoadJs(pages) {
  const gzipped = new Map();
  const rows = [];
  for (const { label, path: p, cookie } of pages) {
    const page = await fetchBody(p, { accept: "text/html", ...(cookie ? { cookie } : {}) });
    const html = page.body.toString();
    const srcs = [
      ...new Set(
        [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)]
          .filter((m) => !/\snomodule/i.test(m[0]))
          .map((m) => m[1].replaceAll("&amp;", "&")),
      ),
    ];
    let total = 0;
    for (const src of srcs) {
      if (!gzipped.has(src)) {
        const js = await fetchBody(src);
        gzipped.set(src, js.status === 200 ? zlib.gzipSync(js.body).length : NaN);
      }
      total += gzipped.get(src);
    }
    rows.push({ label, status: page.status, scripts: srcs.length, kb: total / 1000 });
  }
  return rows;
}

// ── Report ───────────────────────────────────────────────────────────────────

const fmt = (n, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? "n/a" : n.toFixed(d));

function printTable(results) {
  const header = [
    "route",
    "conc",
    "req/s",
    "p50 ms",
    "p99 ms",
    "errors",
    "server CPU ms/req",
    "db CPU ms/req",
    "KB/resp",
  ];
  const rows = results.map((r) => [
    r.route.label,
    String(r.concurrency),
    fmt(r.rps),
    fmt(r.p50),
    fmt(r.p99),
    r.errors ? `${r.errors} (${r.firstError})` : "0",
    fmt(r.serverCpuPerReq),
    fmt(r.dbCpuPerReq),
    fmt(r.kb),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    "| " +
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") +
    " |";
  log(line(header));
  log(
    "|" +
      widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") +
      "|",
  );
  for (const r of rows) log(line(r));
}

// The budgets in proportion to the reference page where they were set (140 req/s, 11 ms).
const PROPORTION_16 = 100 / 140;
const PROPORTION_1 = 25 / 11;

/** The dashboard's figures against the reference's, at 16 and at 1 connection (either may be missing). */
function logProportions(at16, at1) {
  if (at16) {
    const share = at16.dashboard.rps / at16.reference.rps;
    log(
      `  dashboard (5,000 activities) at 16 connections: ${fmt(at16.dashboard.rps)} vs ${fmt(at16.reference.rps)} req/s, ×${fmt(share, 2)}; the budget's proportion ×${fmt(PROPORTION_16, 2)}: ${share >= PROPORTION_16 ? "meets it" : "below it"}`,
    );
  }
  if (at1) {
    const slower = at1.dashboard.p50 / at1.reference.p50;
    log(
      `  dashboard (5,000 activities) at 1 connection: p50 ${fmt(at1.dashboard.p50)} vs ${fmt(at1.reference.p50)} ms, ×${fmt(slower, 2)}; the budget's proportion ×${fmt(PROPORTION_1, 2)}: ${slower < PROPORTION_1 ? "meets it" : "above it"}`,
    );
  }
}

function budgets(results, flat, firstLoad = [], proportion = null) {
  const find = (key, c) => results.find((r) => r.route.key === key && r.concurrency === c);
  const checks = [];
  const check = (label, result, ok, shown) =>
    checks.push({ label, ok: result ? ok : null, shown: result ? shown : "not measured" });
  const h16 = find("dashboard-heavy", 16);
  check(
    "dashboard (5,000 activities) at 16 connections ≥ 100 req/s",
    h16,
    h16?.rps >= 100,
    `${fmt(h16?.rps)} req/s`,
  );
  const h1 = find("dashboard-heavy", 1);
  check(
    "dashboard (5,000 activities) at 1 connection p50 < 25 ms",
    h1,
    h1?.p50 < 25,
    `${fmt(h1?.p50)} ms`,
  );
  // The same budgets where every request computes the dashboard (the first view after a change).
  const u16 = find("dashboard-heavy-uncached", 16);
  check(
    "dashboard (5,000 activities), never cached, at 16 connections ≥ 100 req/s",
    u16,
    u16?.rps >= 100,
    `${fmt(u16?.rps)} req/s`,
  );
  const u1 = find("dashboard-heavy-uncached", 1);
  check(
    "dashboard (5,000 activities), never cached, at 1 connection p50 < 25 ms",
    u1,
    u1?.p50 < 25,
    `${fmt(u1?.p50)} ms`,
  );
  const l1 = find("dashboard-light", 1);
  check(
    "dashboard (50 activities) at 1 connection p50 < 25 ms",
    l1,
    l1?.p50 < 25,
    `${fmt(l1?.p50)} ms`,
  );
  const [fa, fb] = flat ? [flat.a, flat.b] : [h1, l1];
  if (fa && fb) {
    const ratio = fa.p50 / fb.p50;
    check(
      `dashboard 5,000 vs 50 activities: p50 within 25 % (flat cost${flat ? `, interleaved runs${flat.uncached ? ", never cached" : ""}` : ""})`,
      fa,
      ratio <= 1.25,
      `${fmt(fa.p50)} vs ${fmt(fb.p50)} ms (×${fmt(ratio, 2)}); server CPU ${fmt(fa.serverCpuPerReq)} vs ${fmt(fb.serverCpuPerReq)} ms/req; db CPU ${fmt(fa.dbCpuPerReq)} vs ${fmt(fb.dbCpuPerReq)} ms/req`,
    );
  }
  const cp1 = find("cohort-page", 1);
  check(
    `cohort page (${S.cohortSize} members) at 1 connection p50 < 60 ms`,
    cp1,
    cp1?.p50 < 60,
    `${fmt(cp1?.p50)} ms`,
  );
  const ca1 = find("cohort-api", 1);
  check(
    `cohort dashboard API (${S.cohortSize} members) at 1 connection p50 < 60 ms`,
    ca1,
    ca1?.p50 < 60,
    `${fmt(ca1?.p50)} ms`,
  );
  const cu1 = find("cohort-api-uncached", 1);
  check(
    `cohort dashboard API (${S.cohortSize} members), never cached, at 1 connection p50 < 60 ms`,
    cu1,
    cu1?.p50 < 60,
    `${fmt(cu1?.p50)} ms`,
  );
  const w1 = find("post-activity", 1);
  check(
    "POST /api/v1/me/activities at 1 connection p50 < 15 ms",
    w1,
    w1?.p50 < 15,
    `${fmt(w1?.p50)} ms`,
  );
  const dashJs = firstLoad.find((r) => r.label === "/dashboard");
  check(
    "dashboard first-load JS < 175 kB gzip",
    dashJs,
    dashJs?.kb < 175 && dashJs?.status === 200,
    `${fmt(dashJs?.kb)} kB`,
  );
  const errs = results.reduce((a, r) => a + r.errors, 0);
  check("no failed requests", results[0], errs === 0, `${errs} non-2xx or failed`);
  log("");
  for (const c of checks)
    log(`${c.ok === null ? "–   " : c.ok ? "PASS" : "FAIL"}  ${c.label}: ${c.shown}`);

  // The budgets were set where the reference page served 140 req/s at 16 connections and answered
  // in 11 ms at 1; this shared machine's speed drifts by up to 2× within an hour. The dashboard's
  // figures as multiples of this run's reference keep the same proportions on any hour.
  const r16 = find("reference", 16);
  const r1 = find("reference", 1);
  if (r16 && r1 && h16 && h1) {
    log(
      `\nIn proportion to this run's reference page (${fmt(r16.rps)} req/s at 16 connections, p50 ${fmt(r1.p50)} ms at 1; where the budgets were set: 140 req/s, 11 ms):`,
    );
    logProportions({ dashboard: h16, reference: r16 }, { dashboard: h1, reference: r1 });
    if (u16) {
      const uncachedShare = u16.rps / r16.rps;
      log(
        `  dashboard (5,000 activities), never cached, at 16 connections: ×${fmt(uncachedShare, 2)} of the reference's req/s: ${uncachedShare >= PROPORTION_16 ? "meets it" : "below it"}`,
      );
    }
  }
  // The same proportions from the runs in alternation: the fairer comparison.
  if (proportion?.[16] || proportion?.[1]) {
    log("\nIn proportion, from the reference and the dashboard measured alternately:");
    logProportions(proportion[16], proportion[1]);
  }
  return checks;
}

function printExplains(title, list, sizes) {
  log(`\n### ${title}\n`);
  for (const e of list) {
    log(`-- ${e.title} (${fmt(e.time, 3)} ms)`);
    for (const l of e.lines) log(`   ${l}`);
  }
  log("");
  for (const e of list) {
    const large = e.seqScans.filter((t) => isLarge(t, sizes));
    const note = e.seqScans.length
      ? `Seq Scan on ${e.seqScans.map((t) => `${t} (~${(sizes.get(t) ?? 0).toLocaleString("en-US")} rows)`).join(", ")}${large.length ? "  ← LARGE" : ""}`
      : "no sequential scan";
    log(`  ${fmt(e.time, 3).padStart(8)} ms  ${e.title}: ${note}`);
  }
}

/** A learner-data table the benchmark watches, or any table of ≥ LARGE_ROWS rows. */
const isLarge = (table, sizes) => WATCHED.includes(table) || (sizes.get(table) ?? 0) >= LARGE_ROWS;

// ── Main ─────────────────────────────────────────────────────────────────────

async function main() {
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0];
  const cpus = os.cpus();
  log(`Epoch benchmark — ${startedAt.toISOString()}`);
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
  log("\n▶ migrate");
  if ((await run("tsx", ["scripts/db/migrate.ts"], env, { inheritSignals: false })) !== 0)
    throw new Error("migration failed");

  log("\n▶ generate the dataset");
  const gen = postgres(url, { max: 1, onnotice: () => {} });
  clients.push(gen);
  const data = await generate(gen);
  const sizes = await describeDataset(gen);

  const buildExists = existsSync(path.join(root, ".next", "BUILD_ID"));
  if (S.skipBuild && buildExists) {
    log("\n▶ production build: skipped (BENCH_SKIP_BUILD=1, .next exists)");
  } else {
    log("\n▶ production build");
    const t = performance.now();
    const code = await run(
      "next",
      ["build"],
      { ...env, NODE_ENV: "production" },
      { inheritSignals: false },
    );
    if (code !== 0) throw new Error("next build failed");
    log(`  built in ${seconds(performance.now() - t)}`);
  }

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

  // The budget's reference: a bare page that checks the Auth.js session and runs one indexed
  // query, on the same machine in the same minutes (its own small Next app, a few seconds to build).
  const referenceDir = path.join(root, "scripts", "bench-reference");
  log(`\n▶ the budget's reference page (scripts/bench-reference) on ${HOST}:${S.port + 1}`);
  if (!(S.skipBuild && existsSync(path.join(referenceDir, ".next", "BUILD_ID")))) {
    const code = await run(
      "next",
      ["build", referenceDir],
      { ...env, NODE_ENV: "production" },
      {
        inheritSignals: false,
      },
    );
    if (code !== 0) throw new Error("next build of the reference page failed");
  }
  reference = startServer(
    { ...env, NODE_ENV: "production", PORT: String(S.port + 1), HOSTNAME: HOST },
    { cwd: referenceDir, port: S.port + 1, bare: true },
  );
  await waitForHealth(reference, { path: "/" });
  log(`  serving (pid ${reference.pid})`);

  let written = 0;
  const recentDay = () => addDays(todayIn("UTC"), -1 - Math.floor(Math.random() * 200));
  const get = (p, auth) => () => ({
    method: "GET",
    path: p,
    headers: { accept: auth.page ? "text/html" : "application/json", ...auth.headers },
  });
  const cookie = (role) => ({ page: true, headers: { cookie: data.cookies[role] } });
  const bearer = (role) => ({
    page: false,
    headers: { authorization: `Bearer ${data.tokens[role]}` },
  });
  const routes = [
    {
      key: "reference",
      label: "GET / of the reference page",
      request: get("/", cookie("heavy")),
      server: reference,
      // The session was read and the query ran: the learner's name, not "stranger".
      expect: /Hello, (<!-- -->)?Heavy Learner/,
    },
    {
      key: "dashboard-heavy",
      label: `GET /dashboard (${S.heavy.toLocaleString("en-US")} activities)`,
      request: get("/dashboard", cookie("heavy")),
    },
    {
      key: "dashboard-light",
      label: `GET /dashboard (${S.light.toLocaleString("en-US")} activities)`,
      request: get("/dashboard", cookie("light")),
    },
    {
      // As a browser asks for it: Next.js then compresses the page (when no proxy in front does).
      key: "dashboard-heavy-gzip",
      label: `GET /dashboard (${S.heavy.toLocaleString("en-US")}), compressed`,
      request: get("/dashboard", {
        page: true,
        headers: { ...cookie("heavy").headers, "accept-encoding": "gzip, deflate, br, zstd" },
      }),
    },
    {
      key: "dashboard-heavy-uncached",
      label: `GET /dashboard (${S.heavy.toLocaleString("en-US")}), never cached`,
      request: get("/dashboard", cookie("heavy")),
      server: uncached,
    },
    {
      key: "dashboard-light-uncached",
      label: `GET /dashboard (${S.light.toLocaleString("en-US")}), never cached`,
      request: get("/dashboard", cookie("light")),
      server: uncached,
    },
    { key: "roadmap", label: "GET /roadmap", request: get("/roadmap", cookie("heavy")) },
    {
      key: "cohort-page",
      label: `GET /cohorts/[slug] (${S.cohortSize}, organizer)`,
      request: get(`/cohorts/${data.cohortSlug}`, cookie("organizer")),
    },
    {
      key: "cohort-api",
      label: `GET /api/v1/cohorts/[slug]/dashboard (${S.cohortSize})`,
      request: get(`/api/v1/cohorts/${data.cohortSlug}/dashboard`, bearer("organizer")),
    },
    {
      key: "cohort-api-uncached",
      label: `GET /api/v1/cohorts/[slug]/dashboard (${S.cohortSize}), never cached`,
      request: get(`/api/v1/cohorts/${data.cohortSlug}/dashboard`, bearer("organizer")),
      server: uncached,
    },
    {
      key: "post-activity",
      label: "POST /api/v1/me/activities",
      request: () => ({
        method: "POST",
        path: "/api/v1/me/activities",
        headers: { accept: "application/json", authorization: `Bearer ${data.tokens.writer}` },
        body: JSON.stringify({
          id: randomUUID(),
          date: recentDay(),
          minutes: 15 + Math.floor(Math.random() * 120),
          kind: "practice",
          title: `Bench write ${++written}`,
          path: "online",
          skills: ["python", "pytorch"],
        }),
      }),
    },
    {
      key: "progress-api",
      label: "GET /api/v1/me/progress (5,000-activity learner)",
      request: get("/api/v1/me/progress", bearer("heavy")),
    },
  ].filter((r) => !S.only || S.only.test(r.key));

  // Check every route answers as the learner it should before measuring anything.
  const probe = new http.Agent({ keepAlive: false });
  for (const r of routes) {
    const res = await request(
      probe,
      { ...r.request(), port: (r.server ?? server).port },
      { keepBody: true },
    );
    if (res.status < 200 || res.status >= 300 || (r.expect && !r.expect.test(res.body))) {
      probe.destroy();
      throw new Error(
        `${r.label} answered ${res.status}${res.headers?.location ? ` → ${res.headers.location}` : ""} before the run: ${res.body.slice(0, 300)}\n${server.output.slice(-20).join("\n")}`,
      );
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
  let flat = null;
  // Flat cost is about computing the dashboard, so it compares the two where nothing is cached.
  const heavyRoute =
    routes.find((r) => r.key === "dashboard-heavy-uncached") ??
    routes.find((r) => r.key === "dashboard-heavy");
  const lightRoute =
    routes.find((r) => r.key === "dashboard-light-uncached") ??
    routes.find((r) => r.key === "dashboard-light");
  if (heavyRoute && lightRoute) {
    const rounds = 4;
    const each = Math.max(1, Math.round(S.seconds / 3));
    log(
      `\n▶ flat cost: the two dashboards alternately, ${rounds} × ${each} s each at 1 connection`,
    );
    flat = await interleaved(heavyRoute, lightRoute, rounds, each, {
      sql: pg,
      benchDb: benchDbName,
    });
    if (!flat) return; // interrupted
    flat.uncached = heavyRoute.server === uncached;
    for (const [label, r] of [
      [heavyRoute.label, flat.a],
      [lightRoute.label, flat.b],
    ]) {
      log(
        `  ${label.padEnd(52)}: p50 ${fmt(r.p50).padStart(6)} ms  server CPU ${fmt(r.serverCpuPerReq)} ms/req  db CPU ${fmt(r.dbCpuPerReq)} ms/req  (${r.requests} requests)`,
      );
    }
  }
  // The budgets' proportions, from the reference and the dashboard in alternation: measured one
  // after the other, whichever came first ran on a colder JIT and maybe another hour's machine.
  let proportion = null;
  const referenceRoute = routes.find((r) => r.key === "reference");
  const dashboardRoute = routes.find((r) => r.key === "dashboard-heavy");
  if (referenceRoute && dashboardRoute) {
    const rounds = 4;
    const each = Math.max(1, Math.round(S.seconds / 4));
    proportion = {};
    for (const c of S.concurrency) {
      log(
        `\n▶ proportion: the reference page and the dashboard (5,000) alternately, ${rounds} × ${each} s each at ${c} connection(s)`,
      );
      const r = await interleaved(referenceRoute, dashboardRoute, rounds, each, {
        concurrency: c,
        sql: pg,
        benchDb: benchDbName,
      });
      if (!r) return; // interrupted
      proportion[c] = { reference: r.a, dashboard: r.b };
      for (const [label, m] of [
        [referenceRoute.label, r.a],
        [dashboardRoute.label, r.b],
      ]) {
        log(
          `  ${label.padEnd(52)}: ${fmt(m.rps).padStart(7)} req/s  p50 ${fmt(m.p50).padStart(6)} ms  server CPU ${fmt(m.serverCpuPerReq)} ms/req  (${m.requests} requests)`,
        );
      }
    }
  }
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
  const plans = await explainAll(pg, data);

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
  budgets(results, flat, firstLoad, proportion);
  if (serverErrors.length) {
    log(`\nServer log lines mentioning errors (${serverErrors.length}):`);
    for (const l of serverErrors.slice(0, 10)) log(`  ${l}`);
  }
  log("\n## Query plans");
  printExplains(
    `Dashboard of the ${S.heavy.toLocaleString("en-US")}-activity learner`,
    plans.dashboard,
    sizes,
  );
  printExplains(`Cohort dashboard (${S.cohortSize} members, as organizer)`, plans.cohort, sizes);
  const all = [...plans.dashboard, ...plans.cohort];
  const watchedSeq = all.filter((e) => e.seqScans.some((t) => WATCHED.includes(t)));
  const otherSeq = all.filter((e) =>
    e.seqScans.some((t) => !WATCHED.includes(t) && isLarge(t, sizes)),
  );
  log(
    `\nSeq Scan on ${WATCHED.join("/")}: ${watchedSeq.length ? `YES — ${watchedSeq.map((e) => e.title).join("; ")}` : "none"}`,
  );
  log(
    `Seq Scan on another table of ≥ ${LARGE_ROWS.toLocaleString("en-US")} rows: ${
      otherSeq.length
        ? `YES — ${otherSeq.map((e) => `${e.title} (${e.seqScans.filter((t) => isLarge(t, sizes)).join(", ")})`).join("; ")}`
        : "none"
    }`,
  );
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
