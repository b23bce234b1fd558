// `npm run test:citus`: the API integration tests (app/api) on Citus. Uses the coordinator CITUS_URL
// names (its `postgres` database, with the workers registered there) when set; otherwise starts the
// local cluster of scripts/citus/cluster.mjs, and stops it afterwards if it was not running before.
// Each test file's database is then made on every node and distributed (EPOCH_CITUS=1, db/testing).
// By default two Vitest runs: app/api with db/**/*.citus.test.ts, then, once those pass, the
// growth test alone (scripts/citus/rebalance.citus.test.ts: a third worker joins and the shards
// rebalance while the app serves requests). Arguments replace both as Vitest's filters, in one
// run: `npm run test:citus -- app/api/v1/me`, `npm run test:citus -- scripts/citus/rebalance`.
import { readdirSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { ClusterError, startCluster, stopCluster } from "./citus/cluster.mjs";
import { developmentAuthSecret, run } from "./lib/run.mjs";

const root = path.resolve(import.meta.dirname, "..");
const REBALANCE_TEST = "scripts/citus/rebalance.citus.test.ts";

/** The `*.citus.test.ts` files under `folder`, relative to the project. */
const citusTestsUnder = (folder) =>
  readdirSync(path.join(root, folder), { recursive: true })
    .filter((name) => String(name).endsWith(".citus.test.ts"))
    .map((name) => path.join(folder, String(name)))
    .sort();

const args = process.argv.slice(2);
const options = args.filter((a) => a.startsWith("-"));
// Options alone (say --reporter=dot) still run the default filters.
const runs = args.some((a) => !a.startsWith("-"))
  ? [args]
  : [
      ["app/api", ...citusTestsUnder("db"), ...options],
      [REBALANCE_TEST, ...options],
    ];

/** The workers registered with the coordinator, or a sentence when it is not a Citus coordinator. */
async function workersOf(url) {
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const [citus] = await sql`select extversion from pg_extension where extname = 'citus'`;
    if (!citus) throw new ClusterError(`${url} has no citus extension: not a Citus coordinator.`);
    const workers = await sql`
      select nodename, nodeport from pg_dist_node where groupid <> 0 and noderole = 'primary'
       order by nodeport`;
    return {
      version: citus.extversion,
      workers: workers.map((w) => `${w.nodename}:${w.nodeport}`),
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

let cluster;
let url = process.env.CITUS_URL;
let code = 1;
try {
  if (!url) {
    cluster = await startCluster({ log: console.log });
    url = cluster.url;
  }
  const { version, workers } = await workersOf(url);
  console.log(
    `Citus ${version}: coordinator ${url}, workers ${workers.join(", ") || "none (add some with citus_add_node)"}`,
  );
  const env = {
    ...process.env,
    DATABASE_URL: url,
    EPOCH_CITUS: "1",
    AUTH_SECRET: process.env.AUTH_SECRET ?? developmentAuthSecret(),
  };
  for (const filters of runs) {
    if (runs.length > 1) console.log(`\n▶ vitest run ${filters.join(" ")}`);
    code = await run("vitest", ["run", ...filters], env);
    if (code !== 0) break;
  }
} catch (error) {
  console.error(error instanceof ClusterError ? error.message : error);
} finally {
  if (cluster?.started.length) {
    const stopped = await stopCluster({ ports: cluster.started });
    console.log(`Stopped the Citus nodes on ports ${stopped.join(", ")}.`);
  }
}
process.exit(code);
