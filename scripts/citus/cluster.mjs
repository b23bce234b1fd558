// A local Citus cluster for `npm run test:citus`: a coordinator and two workers, each a server of
// this machine's PostgreSQL with the citus extension preloaded, on 127.0.0.1 with trust auth.
//
//   node scripts/citus/cluster.mjs start           initialise (the first time) and start every node;
//                                                  prints the coordinator's URL
//   node scripts/citus/cluster.mjs stop            stop every node
//   node scripts/citus/cluster.mjs add-node PORT   start one more worker and add it to every database
//                                                  that has citus on the coordinator
//
// Ports: CITUS_PORTS (default "9800 9801 9802", the coordinator's first). Data: CITUS_DIR, else
// .citus/ in the project (git-ignored); as root the servers run as the `postgres` user, and when
// that user cannot enter the project, in a folder of the system's temporary folder instead.
// Needs PostgreSQL's server binaries (the newest major under /usr/lib/postgresql, else
// `pg_config --bindir`) with the citus extension installed (github.com/citusdata/citus).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import postgres from "postgres";
import { nearestExisting, postgresUser, userCanReach } from "../lib/embedded-access.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const HOST = "127.0.0.1";
export const DEFAULT_PORTS = [9800, 9801, 9802];

/** A failure the command line reports as one sentence, without a stack trace. */
export class ClusterError extends Error {}

/** CITUS_PORTS ("9800 9801 9802", or with commas): the coordinator's port, then the workers'. */
export function parsePorts(text) {
  if (!text?.trim()) return DEFAULT_PORTS;
  const ports = text
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const valid = ports.every((p) => Number.isInteger(p) && p > 0 && p < 65536);
  if (!valid || ports.length < 2 || new Set(ports).size !== ports.length) {
    throw new ClusterError(
      `CITUS_PORTS must list distinct ports, the coordinator's first and then at least one worker's (got "${text}").`,
    );
  }
  return ports;
}

/** The newest PostgreSQL major among /usr/lib/postgresql's folders ("9.6", "15", "17"). */
export function newestMajor(names) {
  const majors = names.filter((n) => /^\d+(\.\d+)?$/.test(n));
  const key = (n) => n.split(".").map(Number);
  majors.sort((a, b) => key(a)[0] - key(b)[0] || (key(a)[1] ?? 0) - (key(b)[1] ?? 0));
  return majors.at(-1);
}

/**
 * Where the nodes' data goes: CITUS_DIR when set, else .citus/ in the project, unless it runs as
 * root and the postgres user, which runs the servers, cannot reach that (a checkout in a 0700
 * home folder): then a folder per checkout in the temporary folder.
 */
export function chooseDataDir({ env, projectRoot, isRoot, postgresCanReach, tmpdir }) {
  if (env.CITUS_DIR) return { dir: path.resolve(env.CITUS_DIR), shared: false };
  const own = path.join(projectRoot, ".citus");
  if (!isRoot || postgresCanReach(own)) return { dir: own, shared: false };
  const id = createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
  return { dir: path.join(tmpdir, `epoch-citus-${id}`), shared: true };
}

/** What each node adds to its postgresql.conf after initdb. */
export function serverSettings(port) {
  return [
    "",
    "# A node of the Citus test cluster (scripts/citus/cluster.mjs).",
    "shared_preload_libraries = 'citus'",
    "# Moving shards while they are written to uses logical replication.",
    "wal_level = logical",
    "max_connections = 200",
    "# Citus runs a maintenance worker per database, and the tests make a database per file.",
    "max_worker_processes = 64",
    `port = ${port}`,
    `listen_addresses = '${HOST}'`,
    "# TCP only: no socket file to collide with another server's.",
    "unix_socket_directories = ''",
    "# Throwaway test data: speed over surviving a crash of the machine.",
    "fsync = off",
    "full_page_writes = off",
    "# But a commit writes its WAL before it answers (the default, on purpose): a shard move waits",
    "# for the source's written WAL position, so a commit still in WAL buffers would be lost.",
    "synchronous_commit = on",
    "",
  ].join("\n");
}

export const coordinatorUrl = (port, database = "postgres") =>
  `postgres://postgres@${HOST}:${port}/${database}`;

/** The cluster's settings from the environment, and this machine's PostgreSQL. */
export function clusterConfig(env = process.env) {
  const isRoot = process.getuid?.() === 0;
  const pgUser = isRoot ? postgresUser() : undefined;
  const { dir, shared } = chooseDataDir({
    env,
    projectRoot: root,
    isRoot,
    postgresCanReach: (target) => userCanReach(pgUser, nearestExisting(target)),
    tmpdir: os.tmpdir(),
  });
  return { ports: parsePorts(env.CITUS_PORTS), dir, shared, isRoot, pgUser };
}

/** The server binaries: the newest major under /usr/lib/postgresql, else pg_config's. Needs citus. */
export function postgresInstall({ debian = "/usr/lib/postgresql" } = {}) {
  let bin;
  if (existsSync(debian)) {
    const major = newestMajor(readdirSync(debian));
    if (major && existsSync(path.join(debian, major, "bin", "pg_ctl"))) {
      bin = path.join(debian, major, "bin");
    }
  }
  if (!bin) {
    const found = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
    if (found.status === 0 && existsSync(path.join(found.stdout.trim(), "pg_ctl"))) {
      bin = found.stdout.trim();
    }
  }
  if (!bin) {
    throw new ClusterError(
      "No PostgreSQL server found (neither /usr/lib/postgresql/<major>/bin nor pg_config's): install PostgreSQL 15, 16 or 17 and the citus extension.",
    );
  }
  const pgConfig = spawnSync(path.join(bin, "pg_config"), ["--pkglibdir"], { encoding: "utf8" });
  const libdir = pgConfig.status === 0 ? pgConfig.stdout.trim() : path.join(bin, "..", "lib");
  const library = path.join(libdir, "citus.so");
  if (!existsSync(library)) {
    throw new ClusterError(
      `Citus is not installed in this PostgreSQL: ${library} is missing. Build and install the citus extension (github.com/citusdata/citus, 13.x for PostgreSQL 15–17) for the server in ${bin}, or set CITUS_URL to a Citus coordinator of your own.`,
    );
  }
  return { bin };
}

/** Runs initdb or pg_ctl; as root as the postgres user, which PostgreSQL requires. */
function serverTool(config, bin, tool, args) {
  const executable = path.join(bin, tool);
  const [command, argv] = config.isRoot
    ? ["runuser", ["-u", "postgres", "--", executable, ...args]]
    : [executable, args];
  return spawnSync(command, argv, { cwd: os.tmpdir(), encoding: "utf8", stdio: "pipe" });
}

const nodeDir = (config, port) => path.join(config.dir, String(port));
const logFile = (config, port) => path.join(config.dir, `${port}.log`);
const output = (result) =>
  `${result.error?.message ?? ""}${result.stdout ?? ""}${result.stderr ?? ""}`.trim();

function ensureDataDir(config) {
  if (config.shared && existsSync(config.dir)) {
    // In a world-writable folder, use only a real folder made by root or the postgres user.
    const stat = lstatSync(config.dir);
    const owners = [0, config.pgUser?.uid];
    if (!stat.isDirectory() || !owners.includes(stat.uid) || (stat.mode & 0o022) !== 0) {
      throw new ClusterError(
        `${config.dir} was not made by this script (not a folder owned by root or postgres, or others may write to it): remove it, or set CITUS_DIR.`,
      );
    }
  }
  mkdirSync(config.dir, { recursive: true, mode: 0o755 });
  if (config.isRoot) chownSync(config.dir, config.pgUser.uid, config.pgUser.gid);
}

const isRunning = (config, bin, port) =>
  existsSync(path.join(nodeDir(config, port), "PG_VERSION")) &&
  serverTool(config, bin, "pg_ctl", ["status", "-D", nodeDir(config, port)]).status === 0;

function portInUse(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(true));
    probe.listen(port, HOST, () => probe.close(() => resolve(false)));
  });
}

async function logTail(config, port) {
  try {
    return (await readFile(logFile(config, port), "utf8")).trim().split("\n").slice(-5).join("\n");
  } catch {
    return "";
  }
}

/** Initialises the node the first time and starts it unless it runs; answers whether it started it. */
async function startNode(config, bin, port, log) {
  const data = nodeDir(config, port);
  const initialised = existsSync(path.join(data, "PG_VERSION"));
  if (initialised && isRunning(config, bin, port)) return false;
  if (await portInUse(port)) {
    throw new ClusterError(
      `Port ${port} on ${HOST} is in use by another program: set CITUS_PORTS to free ports, the coordinator's first (for example CITUS_PORTS="9810 9811 9812").`,
    );
  }
  if (!initialised) {
    log(`Initialising the Citus node on port ${port} in ${data}…`);
    const init = serverTool(config, bin, "initdb", [
      ...["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C"],
    ]);
    if (init.status !== 0) throw new ClusterError(`initdb failed for ${data}: ${output(init)}`);
    appendFileSync(path.join(data, "postgresql.conf"), serverSettings(port));
  }
  const start = serverTool(config, bin, "pg_ctl", [
    ...["start", "-D", data, "-l", logFile(config, port), "-w", "-t", "120"],
    // Also for a node initialised before serverSettings said so (see there).
    ...["-o", "-c synchronous_commit=on"],
  ]);
  if (start.status !== 0) {
    throw new ClusterError(
      `The Citus node on port ${port} did not start (log: ${logFile(config, port)}):\n${(await logTail(config, port)) || output(start)}`,
    );
  }
  return true;
}

function stopNode(config, bin, port) {
  const stop = serverTool(config, bin, "pg_ctl", [
    "stop",
    "-D",
    nodeDir(config, port),
    "-m",
    "fast",
    "-w",
  ]);
  if (stop.status !== 0) {
    throw new ClusterError(`The Citus node on port ${port} did not stop: ${output(stop)}`);
  }
}

async function withSql(port, database, fn) {
  const sql = postgres({
    host: HOST,
    port,
    user: "postgres",
    database,
    max: 1,
    connect_timeout: 10,
    onnotice: () => {},
  });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/** Registers the coordinator and the workers in the coordinator's `database`, where missing. */
async function registerNodes(coordinator, workers, database) {
  await withSql(coordinator, database, async (sql) => {
    const [self] = await sql`select nodename, nodeport from pg_dist_node where groupid = 0`;
    if (self?.nodename !== HOST || self?.nodeport !== coordinator) {
      await sql`select citus_set_coordinator_host(${HOST}, ${coordinator})`;
    }
    for (const port of workers) {
      const [known] = await sql`
        select 1 from pg_dist_node where nodename = ${HOST} and nodeport = ${port}`;
      if (!known) await sql`select citus_add_node(${HOST}, ${port})`;
    }
  });
}

/**
 * Starts the cluster (initialising nodes the first time) and registers the workers with the
 * coordinator; idempotent. Workers added earlier with add-node and known to the coordinator are
 * started too. Answers the coordinator's URL and the ports it started (the others already ran).
 */
export async function startCluster({ config = clusterConfig(), log = () => {} } = {}) {
  const { bin } = postgresInstall();
  const [coordinator, ...workers] = config.ports;
  ensureDataDir(config);
  const started = [];
  try {
    for (const port of config.ports) {
      if (await startNode(config, bin, port, log)) started.push(port);
    }
    for (const port of config.ports) {
      await withSql(port, "postgres", (sql) => sql`create extension if not exists citus`);
    }
    const added = await withSql(coordinator, "postgres", (sql) =>
      sql`select nodeport from pg_dist_node
           where nodename = ${HOST} and groupid <> 0 and not (nodeport = any(${config.ports}))`.then(
        (rows) => rows.map((r) => r.nodeport),
      ),
    );
    for (const port of added) {
      if (!existsSync(path.join(nodeDir(config, port), "PG_VERSION"))) continue;
      if (await startNode(config, bin, port, log)) started.push(port);
    }
    await registerNodes(coordinator, workers, "postgres");
  } catch (error) {
    for (const port of started.reverse()) {
      try {
        stopNode(config, bin, port);
      } catch {
        // The first failure is the one worth reporting.
      }
    }
    throw error;
  }
  if (started.length)
    log(`Citus nodes started on ports ${started.join(", ")} (data in ${config.dir}).`);
  return { url: coordinatorUrl(coordinator), coordinator, workers, started, dir: config.dir };
}

/** The ports of the nodes under the data folder (each a folder named by its port). */
function nodePorts(config) {
  if (!existsSync(config.dir)) return [];
  return readdirSync(config.dir)
    .filter((name) => /^\d+$/.test(name) && existsSync(path.join(config.dir, name, "PG_VERSION")))
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Stops the nodes on `ports` (default: every node in the data folder, workers added with
 * add-node included), the coordinator first. Answers the ports it stopped.
 */
export async function stopCluster({ config = clusterConfig(), ports } = {}) {
  const { bin } = postgresInstall();
  const [coordinator] = config.ports;
  const targets = (ports ?? nodePorts(config)).toSorted(
    (a, b) => Number(b === coordinator) - Number(a === coordinator),
  );
  const stopped = [];
  for (const port of targets) {
    if (!isRunning(config, bin, port)) continue;
    stopNode(config, bin, port);
    stopped.push(port);
  }
  return stopped;
}

/** The coordinator's databases (not templates) that have the citus extension. */
async function citusDatabases(coordinator) {
  const names = await withSql(coordinator, "postgres", (sql) =>
    sql`select datname from pg_database where not datistemplate and datallowconn order by datname`.then(
      (rows) => rows.map((r) => r.datname),
    ),
  );
  const withCitus = [];
  for (const name of names) {
    try {
      const [found] = await withSql(
        coordinator,
        name,
        (sql) => sql`select 1 from pg_extension where extname = 'citus'`,
      );
      if (found) withCitus.push(name);
    } catch (error) {
      if (error.code !== "3D000") throw error; // dropped meanwhile (a test's database)
    }
  }
  return withCitus;
}

/**
 * Starts one more worker on `port` and adds it to the cluster: in every database of the
 * coordinator that has citus, the same database on the new worker, with the extension, then
 * `citus_add_node` there. Shards stay where they are until `select citus_rebalance_start()`.
 */
export async function addNode(port, { config = clusterConfig(), log = () => {} } = {}) {
  const { bin } = postgresInstall();
  const [coordinator] = config.ports;
  if (!Number.isInteger(port) || port <= 0 || port >= 65536) {
    throw new ClusterError(`add-node needs a port number (got "${port}").`);
  }
  if (port === coordinator) throw new ClusterError(`Port ${port} is the coordinator's.`);
  if (!isRunning(config, bin, coordinator)) {
    throw new ClusterError(
      `The coordinator (port ${coordinator}, data in ${config.dir}) is not running: start the cluster first (node scripts/citus/cluster.mjs start).`,
    );
  }
  ensureDataDir(config);
  const started = await startNode(config, bin, port, log);
  const databases = await citusDatabases(coordinator);
  for (const database of databases) {
    await withSql(port, "postgres", async (sql) => {
      const [found] = await sql`select 1 from pg_database where datname = ${database}`;
      if (!found) await sql.unsafe(`create database ${quoteIdent(database)}`);
    });
    await withSql(port, database, (sql) => sql`create extension if not exists citus`);
    try {
      await registerNodes(coordinator, [port], database);
    } catch (error) {
      if (error.code !== "3D000") throw error;
      // The database went away on the coordinator meanwhile: so does its copy.
      await withSql(port, "postgres", (sql) =>
        sql.unsafe(`drop database if exists ${quoteIdent(database)} with (force)`),
      );
    }
  }
  return { port, started, databases };
}

async function main([command, argument]) {
  const log = (line) => console.error(line);
  switch (command) {
    case "start": {
      const cluster = await startCluster({ log });
      console.log(cluster.url);
      return 0;
    }
    case "stop": {
      const stopped = await stopCluster();
      log(
        stopped.length
          ? `Stopped the Citus nodes on ports ${stopped.join(", ")}.`
          : "No Citus node was running.",
      );
      return 0;
    }
    case "add-node": {
      const { port, databases } = await addNode(Number(argument), { log });
      log(
        `Worker ${HOST}:${port} added in ${databases.join(", ")}. Shards move to it with: select citus_rebalance_start();`,
      );
      return 0;
    }
    default:
      console.error("usage: node scripts/citus/cluster.mjs start | stop | add-node PORT");
      return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof ClusterError ? error.message : error);
      process.exit(1);
    },
  );
}
