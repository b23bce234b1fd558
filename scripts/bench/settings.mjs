// The benchmark's settings, from the environment (listed in index.mjs).
import { randomBytes } from "node:crypto";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");
export const HOST = "127.0.0.1";

/**
 * BENCH_QUICK=1: a small dataset and short runs, to check that the benchmark works end to end
 * (a few minutes, mostly the builds). Its figures are not the budgets' measurements.
 */
export const QUICK = process.env.BENCH_QUICK === "1";

function intSetting(name, full, quick, min = 0) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return QUICK ? quick : full;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`${name} must be a whole number ≥ ${min} (got "${raw}").`);
    process.exit(2);
  }
  return n;
}

export const S = {
  learners: intSetting("BENCH_LEARNERS", 10_000, 300, 10),
  perLearner: intSetting("BENCH_ACTIVITIES_PER_LEARNER", 100, 10, 0),
  heavy: intSetting("BENCH_HEAVY_ACTIVITIES", 5000, 500, 1),
  light: intSetting("BENCH_LIGHT_ACTIVITIES", 50, 50, 1),
  cohortSize: intSetting("BENCH_COHORT_SIZE", 500, 50, 2),
  historyDays: intSetting("BENCH_HISTORY_DAYS", 730, 120, 30),
  seconds: intSetting("BENCH_SECONDS", 20, 1, 1),
  warmup: intSetting("BENCH_WARMUP_SECONDS", 2, 1, 0),
  maxRequests: intSetting("BENCH_MAX_REQUESTS", 100_000, 100_000, 1),
  port: intSetting("BENCH_PORT", 3200, 3200, 1),
  concurrency: (process.env.BENCH_CONCURRENCY ?? "1,16").split(",").map((c) => Number(c.trim())),
  only: process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null,
  skipBuild: process.env.BENCH_SKIP_BUILD === "1",
  citus: process.env.BENCH_CITUS === "1",
  // 0: distribute.ts's default (4 a worker, unless the cluster configures citus.shard_count).
  citusShards: intSetting("BENCH_CITUS_SHARDS", 0, 0, 0),
  quick: QUICK,
};
if (S.concurrency.some((c) => !Number.isInteger(c) || c < 1 || c > 256)) {
  console.error(
    "BENCH_CONCURRENCY must be a comma-separated list of whole numbers between 1 and 256.",
  );
  process.exit(2);
}
// Learners 1–4 are special (heavy, light, writer, organizer); the cohort is the organizer and the next members.
S.learners = Math.max(S.learners, S.cohortSize + 4);

export const AUTH_SECRET = process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url");

export const log = (...a) => console.log(...a);
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
