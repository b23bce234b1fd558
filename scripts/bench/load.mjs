// The load generator (node:http, keep-alive), the CPU time the servers and their PostgreSQL
// backends spend (/proc/<pid>/stat), and the first-load JavaScript of pages.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import zlib from "node:zlib";
import { performance } from "node:perf_hooks";
import { HOST, S } from "./settings.mjs";

let aborted = false;
const agents = new Set();

/** Stops every load run at once (on SIGINT/SIGTERM); runs under way return null. */
export function abortLoad() {
  aborted = true;
  for (const a of agents) a.destroy();
}

export function request(
  agent,
  { method, path: p, headers, body, port },
  { keepBody = false } = {},
) {
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

/**
 * The CPU so far of the server's processes and of the database's backends: those of `benchDb`
 * on the server `sql` reaches, or of every node in `dbs` ([{ sql, name }]: a Citus coordinator
 * and its workers, where the coordinator's connections to the workers have backends of their own).
 */
async function cpuSnapshot(dbs, pid) {
  const server = new Map(processTree(pid).map((p) => [p, cpuOf(p)]));
  const db = new Map();
  try {
    for (const { sql, name } of dbs) {
      const pids = await sql`
        select pid from pg_stat_activity
        where datname = ${name} and backend_type = 'client backend' and pid <> pg_backend_pid()`;
      for (const r of pids) db.set(r.pid, cpuOf(r.pid));
    }
  } catch {
    // not readable: no figure
  }
  return { server, db: dbs.length ? db : new Map() };
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

export const percentile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/**
 * Loads one route (on its server, `route.server`) with `concurrency` connections for
 * `durationSeconds`; null when not measuring or interrupted. The database CPU is that of
 * `route.dbs` when the route names its database's nodes, else of `benchDb` through `sql`.
 */
export async function load(
  route,
  concurrency,
  durationSeconds,
  { measure = true, sql, benchDb } = {},
) {
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
  const target = route.server;
  const dbs = route.dbs ?? (sql ? [{ sql, name: benchDb }] : []);
  const before = measure ? await cpuSnapshot(dbs, target.pid) : null;
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
  const after = await cpuSnapshot(dbs, target.pid);
  latencies.sort((a, b) => a - b);
  const at = (q) => percentile(latencies, q);
  const n = latencies.length;
  const serverCpu = cpuDelta(before.server, after.server);
  const dbCpu = cpuDelta(before.db, after.db);
  return {
    requests: n,
    rps: n / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
    firstError,
    kb: n ? bytes / n / 1024 : 0,
    serverCpuPerReq: serverCpu === null || !n ? null : serverCpu / n,
    dbCpuPerReq: dbCpu === null || !n ? null : dbCpu / n,
    raw: { latencies, serverCpu, dbCpu },
  };
}

/**
 * Two routes measured in alternation (A, B, A, B, …), so that drift in the machine's speed
 * (other tenants, CPU boost, the JIT still warming up) falls on both alike.
 */
export async function interleaved(a, b, rounds, secondsEach, { concurrency = 1, ...opts }) {
  const empty = () => ({
    latencies: [],
    seconds: 0,
    serverCpu: 0,
    dbCpu: 0,
    errors: 0,
    firstError: null,
  });
  const pooled = new Map([
    [a, empty()],
    [b, empty()],
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
      p.errors += r.errors;
      p.firstError ??= r.firstError;
    }
  }
  const summary = (p) => {
    p.latencies.sort((x, y) => x - y);
    const n = p.latencies.length;
    return {
      requests: n,
      rps: n / p.seconds,
      p50: percentile(p.latencies, 0.5),
      p95: percentile(p.latencies, 0.95),
      p99: percentile(p.latencies, 0.99),
      errors: p.errors,
      firstError: p.firstError,
      serverCpuPerReq: p.serverCpu / n,
      dbCpuPerReq: p.dbCpu / n,
    };
  };
  return { a: summary(pooled.get(a)), b: summary(pooled.get(b)), rounds, secondsEach };
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
export async function firstLoadJs(pages) {
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
