// The production server as one scripts/server.mjs process per core (node:cluster): one
// Node process renders on one core, and the app keeps no state in process memory,
// so its workers can share the port. WEB_CONCURRENCY sets their number.
import cluster from "node:cluster";
import os from "node:os";
import path from "node:path";
import { countRunning } from "./run.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const SERVER = path.join(root, "scripts", "server.mjs");

/** WEB_CONCURRENCY when set (a whole number ≥ 1), else the cores this process may use. */
export function workerCount(env = process.env) {
  const raw = env.WEB_CONCURRENCY;
  if (raw === undefined || raw === "") return os.availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (got "${raw}").`);
  }
  return n;
}

/**
 * Runs `scripts/server.mjs <args>` in `count` workers that share its port, and resolves
 * with an exit code once they have all stopped: 0 when they stopped cleanly on
 * SIGTERM/SIGINT. Those signals go to every worker, each of which stops taking
 * connections and finishes its requests in flight (server.mjs). A
 * worker that dies while the server runs is replaced; one that dies before it
 * ever listened (the port is taken, say) stops the whole server with its code
 * rather than being restarted forever.
 */
export function serveInWorkers(args, env, count) {
  return new Promise((resolve) => {
    cluster.setupPrimary({ exec: SERVER, args });
    // While they run, a signal is theirs to handle (database.mjs stops the database after).
    const release = countRunning(cluster);
    let stopSignal = null;
    let failure = 0;

    const stop = (signal) => {
      stopSignal ??= signal;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);

    const listened = new WeakSet();
    cluster.on("listening", (worker) => listened.add(worker));
    cluster.on("exit", (worker, code, signal) => {
      const status = code ?? 128 + (os.constants.signals[signal] ?? 0);
      if (stopSignal === null && listened.has(worker)) {
        console.error(
          `A server worker stopped (${signal ?? `exit code ${code}`}); starting another.`,
        );
        cluster.fork(env);
        return;
      }
      if (stopSignal === null) {
        failure ||= status || 1;
        stop("SIGTERM");
        // server.mjs exits 128 + the signal's number once it has shut down cleanly.
      } else if (status !== 0 && status !== 128 + os.constants.signals[stopSignal]) {
        failure ||= status;
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        process.off("SIGTERM", stop);
        process.off("SIGINT", stop);
        release();
        resolve(failure);
      }
    });

    for (let i = 0; i < count; i++) cluster.fork(env);
  });
}
