import { describe, expect, it } from "vitest";
import { budgetChecks, checkLine, formatTable, neverCachedLine } from "./report.mjs";

const route = (key, label = key) => ({ key, label });
const result = (key, concurrency, figures) => ({
  route: route(key),
  concurrency,
  rps: 200,
  p50: 10,
  p99: 20,
  errors: 0,
  firstError: null,
  serverCpuPerReq: 1,
  dbCpuPerReq: 0.5,
  kb: 12.34,
  ...figures,
});

describe("budgetChecks", () => {
  it("passes, fails or leaves unmeasured each budget by its own threshold", () => {
    const checks = budgetChecks(
      [
        result("dashboard-heavy", 16, { rps: 99.9 }),
        result("dashboard-heavy", 1, { p50: 20 }),
        result("dashboard-light", 1, { p50: 16 }),
        result("cohort-api", 1, { p50: 60 }),
        result("post-activity", 1, { p50: 14 }),
      ],
      null,
      [{ label: "/dashboard", status: 200, kb: 174.9 }],
      500,
    );
    const byLabel = Object.fromEntries(checks.map((c) => [c.label, c]));
    expect(byLabel["dashboard (5,000 activities) at 16 connections ≥ 100 req/s"]).toMatchObject({
      ok: false,
      shown: "99.9 req/s",
    });
    expect(byLabel["dashboard (5,000 activities) at 1 connection p50 < 25 ms"].ok).toBe(true);
    expect(byLabel["dashboard (50 activities) at 1 connection p50 < 25 ms"].ok).toBe(true);
    // Not measured: neither passed nor failed.
    expect(
      byLabel["dashboard (5,000 activities), never cached, at 16 connections ≥ 100 req/s"],
    ).toMatchObject({ ok: null, shown: "not measured" });
    // 20 vs 16 ms is ×1.25: the flat-cost budget's limit, still within it.
    expect(byLabel["dashboard 5,000 vs 50 activities: p50 within 25 % (flat cost)"]).toMatchObject({
      ok: true,
    });
    expect(byLabel["cohort dashboard API (500 members) at 1 connection p50 < 60 ms"].ok).toBe(
      false,
    );
    expect(byLabel["POST /api/v1/me/activities at 1 connection p50 < 15 ms"].ok).toBe(true);
    expect(byLabel["dashboard first-load JS < 175 kB gzip"].ok).toBe(true);
    expect(byLabel["no failed requests"].ok).toBe(true);
  });

  it("fails on any failed request and on a first-load page that did not answer 200", () => {
    const checks = budgetChecks(
      [result("roadmap", 1, { errors: 3, firstError: "HTTP 500" })],
      null,
      [{ label: "/dashboard", status: 500, kb: 10 }],
      500,
    );
    expect(checks.map(checkLine)).toContain("FAIL  no failed requests: 3 non-2xx or failed");
    expect(checks.map(checkLine)).toContain("FAIL  dashboard first-load JS < 175 kB gzip: 10.0 kB");
  });
});

describe("formatTable", () => {
  it("prints a Markdown table, the route left-aligned and the figures right-aligned", () => {
    const table = formatTable([
      { ...result("a", 1), route: route("a", "GET /a") },
      {
        ...result("b", 16, { errors: 2, firstError: "HTTP 503", rps: 1234.56 }),
        route: route("b", "GET /longer"),
      },
    ]);
    expect(table.split("\n")).toEqual([
      "| route       | conc |  req/s | p50 ms | p99 ms |       errors | server CPU ms/req | db CPU ms/req | KB/resp |",
      "|-------------|-----:|-------:|-------:|-------:|-------------:|------------------:|--------------:|--------:|",
      "| GET /a      |    1 |  200.0 |   10.0 |   20.0 |            0 |               1.0 |           0.5 |    12.3 |",
      "| GET /longer |   16 | 1234.6 |   10.0 |   20.0 | 2 (HTTP 503) |               1.0 |           0.5 |    12.3 |",
    ]);
  });
});

describe("neverCachedLine", () => {
  it("gives the never-cached dashboard's share of the reference's req/s against the target", () => {
    const at = (dashboard, reference) => ({
      dashboard: { rps: dashboard },
      reference: { rps: reference },
    });
    expect(neverCachedLine(at(144.7, 327.9), 16)).toBe(
      "  dashboard (5,000 activities), never cached, at 16 connections: 144.7 vs 327.9 req/s, ×0.44; the target ×0.60: below it",
    );
    expect(neverCachedLine(at(60, 100), 1)).toMatch(
      /at 1 connection: .*×0\.60; the target ×0\.60: meets it$/,
    );
  });
});
