// The runs in alternation (A, B, A, B, …): measured one after the other, the route measured
// first ran on a colder JIT and maybe in another hour of the machine, so every comparison the
// report draws is measured this way (docs/PERFORMANCE.md, "What the benchmark does").
import os from "node:os";
import { interleaved, load } from "./load.mjs";
import { fmt } from "./report.mjs";
import { S, log } from "./settings.mjs";

/** What a measurement returns when SIGINT/SIGTERM stopped the load: the run ends there. */
export const INTERRUPTED = Symbol("interrupted");

const ROUNDS = 4;

/** Two routes' pooled figures, a line each. */
function logPair([labelA, a], [labelB, b], { db = false } = {}) {
  for (const [label, m] of [
    [labelA, a],
    [labelB, b],
  ])
    log(
      `  ${label.padEnd(52)}: ${fmt(m.rps).padStart(7)} req/s  p50 ${fmt(m.p50).padStart(6)} ms  server CPU ${fmt(m.serverCpuPerReq)} ms/req${db ? `  db CPU ${fmt(m.dbCpuPerReq)} ms/req` : ""}  (${m.requests} requests)`,
    );
}

/**
 * Flat cost: the heavy and the light learner's dashboards at 1 connection, where nothing is
 * cached when the never-cached routes are measured (flat cost is about computing the dashboard).
 * Null when either route is not measured.
 */
export async function measureFlatCost(routes, uncachedServer, db) {
  const heavy =
    routes.find((r) => r.key === "dashboard-heavy-uncached") ??
    routes.find((r) => r.key === "dashboard-heavy");
  const light =
    routes.find((r) => r.key === "dashboard-light-uncached") ??
    routes.find((r) => r.key === "dashboard-light");
  if (!heavy || !light) return null;
  const each = Math.max(1, Math.round(S.seconds / 3));
  log(`\n▶ flat cost: the two dashboards alternately, ${ROUNDS} × ${each} s each at 1 connection`);
  const flat = await interleaved(heavy, light, ROUNDS, each, db);
  if (!flat) return INTERRUPTED;
  flat.uncached = heavy.server === uncachedServer;
  for (const [label, r] of [
    [heavy.label, flat.a],
    [light.label, flat.b],
  ])
    log(
      `  ${label.padEnd(52)}: p50 ${fmt(r.p50).padStart(6)} ms  server CPU ${fmt(r.serverCpuPerReq)} ms/req  db CPU ${fmt(r.dbCpuPerReq)} ms/req  (${r.requests} requests)`,
    );
  return flat;
}

/**
 * The budgets' proportions: the reference page and the heavy learner's dashboard at each
 * concurrency, then the never-cached dashboard against the same reference (its target is a share
 * of the reference's req/s). `{ [concurrency]: { reference, dashboard, uncached? } }`, or null
 * when the reference or the dashboard is not measured.
 */
export async function measureProportions(routes, db) {
  const reference = routes.find((r) => r.key === "reference");
  const dashboard = routes.find((r) => r.key === "dashboard-heavy");
  const uncached = routes.find((r) => r.key === "dashboard-heavy-uncached");
  if (!reference || !dashboard) return null;
  const each = Math.max(1, Math.round(S.seconds / 4));
  const proportion = {};
  for (const c of S.concurrency) {
    log(
      `\n▶ proportion: the reference page and the dashboard (5,000) alternately, ${ROUNDS} × ${each} s each at ${c} connection(s)`,
    );
    const r = await interleaved(reference, dashboard, ROUNDS, each, { concurrency: c, ...db });
    if (!r) return INTERRUPTED;
    proportion[c] = { reference: r.a, dashboard: r.b };
    logPair([reference.label, r.a], [dashboard.label, r.b]);
    if (!uncached) continue;
    log(
      `\n▶ proportion: the reference page and the never-cached dashboard (5,000) alternately, ${ROUNDS} × ${each} s each at ${c} connection(s)`,
    );
    const u = await interleaved(reference, uncached, ROUNDS, each, { concurrency: c, ...db });
    if (!u) return INTERRUPTED;
    proportion[c].uncached = { reference: u.a, dashboard: u.b };
    logPair([reference.label, u.a], [uncached.label, u.b], { db: true });
  }
  return proportion;
}

/** Citus beside single-node: each route's two servers in alternation, at each concurrency. */
export async function measureCitusPairs(pairs, db) {
  const results = [];
  if (!pairs.length) return results;
  const each = Math.max(1, Math.round(S.seconds / 4));
  log(
    `\n▶ Citus beside single-node: each route on both alternately, ${ROUNDS} × ${each} s each per concurrency`,
  );
  if (S.warmup)
    for (const { citus: route } of pairs) await load(route, 4, S.warmup, { measure: false });
  for (const pair of pairs) {
    if (S.warmup)
      for (const route of [pair.single, pair.citus])
        await load(route, Math.max(...S.concurrency), S.warmup, { measure: false });
    for (const c of S.concurrency) {
      const r = await interleaved(pair.single, pair.citus, ROUNDS, each, { concurrency: c, ...db });
      if (!r) return INTERRUPTED;
      results.push({ route: pair.single, concurrency: c, single: r.a, citus: r.b });
      log(
        `  ${pair.single.label.padEnd(52)} ×${String(c).padStart(2)}: single ${fmt(r.a.rps).padStart(7)} req/s p50 ${fmt(r.a.p50).padStart(6)} ms · Citus ${fmt(r.b.rps).padStart(7)} req/s p50 ${fmt(r.b.p50).padStart(6)} ms  errors ${r.a.errors}/${r.b.errors}  (load average ${os.loadavg()[0].toFixed(2)})`,
      );
    }
  }
  return results;
}
