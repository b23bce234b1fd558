// `npm start`: the production server from `npm run build`. Refuses to start
// without AUTH_SECRET, or against a database whose migrations are behind.
import { constants } from "node:os";
import { startDatabase } from "./lib/database.mjs";
import { run } from "./lib/run.mjs";
import { serveInWorkers, workerCount } from "./lib/workers.mjs";

if (!process.env.AUTH_SECRET) {
  console.error(
    "AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it before `npm start`.",
  );
  process.exit(1);
}
let workers;
try {
  workers = workerCount();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const database = await startDatabase();
const env = { ...process.env, NODE_ENV: "production", DATABASE_URL: database.url };
let code = await run("tsx", ["scripts/db/check.ts"], env);
// SIGTERM/SIGINT go on to the server (run.mjs, or each worker), which stops taking connections and
// finishes the requests in flight; only then is the embedded database stopped.
let stopSignal = null;
const noteStop = (signal) => (stopSignal ??= signal);
process.on("SIGTERM", noteStop);
process.on("SIGINT", noteStop);
try {
  const args = process.argv.slice(2);
  if (code === 0) {
    code =
      workers > 1
        ? await serveInWorkers(args, env, workers)
        : await run(process.execPath, ["scripts/server.mjs", ...args], env);
  }
} finally {
  await database.stop();
}
// The server exits 128 + signal after a clean shutdown; a stop that was asked for and done is a success.
process.exit(stopSignal && code === 128 + constants.signals[stopSignal] ? 0 : code);
