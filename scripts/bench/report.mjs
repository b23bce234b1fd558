// The report: the table of figures, the budgets (and the dashboard's figures in proportion to
// the reference page's), and the query plans. It prints; it fails nothing.
import { log } from "./settings.mjs";

export const fmt = (n, d = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? "n/a" : n.toFixed(d);

/** The table of results, as Markdown. */
/** A Markdown table: the first column left-aligned, the others right-aligned (figures). */
export function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    "| " +
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") +
    " |";
  return [
    line(header),
    "|" +
      widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") +
      "|",
    ...rows.map(line),
  ].join("\n");
}

export function formatTable(results) {
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
  return markdownTable(header, rows);
}

export function printTable(results) {
  log(formatTable(results));
}

// The budgets in proportion to the reference page where they were set (140 req/s, 11 ms).
const PROPORTION_16 = 100 / 140;
const PROPORTION_1 = 25 / 11;

// The never-cached dashboard's target (issue 16): this share of the reference's req/s at 16
// connections, measured in alternation. Where it stands, and why: docs/DECISIONS.md, "The
// dashboard stays server-rendered".
export const NEVER_CACHED_SHARE = 0.6;

/** The never-cached dashboard against the reference, measured alternately at `concurrency`. */
export function neverCachedLine({ dashboard, reference }, concurrency) {
  const share = dashboard.rps / reference.rps;
  const verdict = share >= NEVER_CACHED_SHARE ? "meets it" : "below it";
  return `  dashboard (5,000 activities), never cached, at ${concurrency} connection${concurrency === 1 ? "" : "s"}: ${fmt(dashboard.rps)} vs ${fmt(reference.rps)} req/s, ×${fmt(share, 2)}; the target ×${fmt(NEVER_CACHED_SHARE, 2)}: ${verdict}`;
}

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

/**
 * The budgets checked against the results: each { label, ok, shown }, ok null when the
 * route was not measured.
 */
export function budgetChecks(results, flat, firstLoad = [], cohortSize) {
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
    `cohort page (${cohortSize} members) at 1 connection p50 < 60 ms`,
    cp1,
    cp1?.p50 < 60,
    `${fmt(cp1?.p50)} ms`,
  );
  const ca1 = find("cohort-api", 1);
  check(
    `cohort dashboard API (${cohortSize} members) at 1 connection p50 < 60 ms`,
    ca1,
    ca1?.p50 < 60,
    `${fmt(ca1?.p50)} ms`,
  );
  const cu1 = find("cohort-api-uncached", 1);
  check(
    `cohort dashboard API (${cohortSize} members), never cached, at 1 connection p50 < 60 ms`,
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
  return checks;
}

export const checkLine = (c) =>
  `${c.ok === null ? "–   " : c.ok ? "PASS" : "FAIL"}  ${c.label}: ${c.shown}`;

export function budgets(results, flat, firstLoad = [], proportion = null, cohortSize) {
  const find = (key, c) => results.find((r) => r.route.key === key && r.concurrency === c);
  const checks = budgetChecks(results, flat, firstLoad, cohortSize);
  log("");
  for (const c of checks) log(checkLine(c));

  // The budgets were set where the reference page served 140 req/s at 16 connections and answered
  // in 11 ms at 1; this shared machine's speed drifts by up to 2× within an hour. The dashboard's
  // figures as multiples of this run's reference keep the same proportions on any hour.
  const r16 = find("reference", 16);
  const r1 = find("reference", 1);
  const h16 = find("dashboard-heavy", 16);
  const h1 = find("dashboard-heavy", 1);
  const u16 = find("dashboard-heavy-uncached", 16);
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
    for (const c of [16, 1])
      if (proportion[c]?.uncached) log(neverCachedLine(proportion[c].uncached, c));
  }
  return checks;
}

// ── Query plans ──────────────────────────────────────────────────────────────

/** Tables whose size grows with the number of learners; a scan of one with ≥ LARGE_ROWS rows is flagged. */
export const LARGE_ROWS = 10_000;
export const WATCHED = ["activities", "activity_days", "cohort_members", "skill_ratings"];
export const LARGE_TABLES = [
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
  "cohort_milestones",
  "cohort_milestone_attestations",
  "notes",
  "resources",
  "sessions",
  "skill_rating_history",
  "api_tokens",
  "cohorts",
  "activity_totals",
  "coaching_links",
];

/** A learner-data table the benchmark watches, or any table of ≥ LARGE_ROWS rows. */
export const isLarge = (table, sizes) =>
  WATCHED.includes(table) || (sizes.get(table) ?? 0) >= LARGE_ROWS;

export function printExplains(title, list, sizes) {
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

/** The two closing lines: sequential scans of the watched tables, and of any other large one. */
export function printSeqScanSummary(all, sizes) {
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
