import { mkdtempSync, writeFileSync, appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { citusBudgetLine, formatCitusTable, logErrorsSince, logMark } from "./citus.mjs";

const figures = (p50, more = {}) => ({
  rps: 1000 / p50,
  p50,
  p95: p50 * 2,
  p99: p50 * 3,
  errors: 0,
  firstError: null,
  dbCpuPerReq: 1,
  ...more,
});
const pair = (key, concurrency, single, citus) => ({
  route: { key, label: key },
  concurrency,
  single: figures(single),
  citus: figures(citus),
});

describe("citusBudgetLine", () => {
  it("compares the never-cached cohort dashboard's p50 at 1 connection", () => {
    const pairs = [
      pair("cohort-api", 1, 10, 100),
      pair("cohort-api-uncached", 16, 10, 100),
      pair("cohort-api-uncached", 1, 40, 79),
    ];
    expect(citusBudgetLine(pairs, 500)).toBe(
      "PASS  cohort dashboard (500 members, never cached) on Citus within 2× its single-node time (p50 at 1 connection): 79.0 vs 40.0 ms, ×1.98",
    );
  });

  it("falls back to the cached cohort dashboard, says MISS past 2×, and not measured without one", () => {
    expect(citusBudgetLine([pair("cohort-api", 1, 10, 21)], 50)).toMatch(/^MISS .*50 members\)/);
    expect(
      citusBudgetLine([{ route: { key: "cohort-api" }, concurrency: 1, failed: "HTTP 500" }], 50),
    ).toMatch(/^– .*not measured$/);
  });
});

describe("formatCitusTable", () => {
  it("puts each route's two measurements on one row, and a failed route's status", () => {
    const table = formatCitusTable([
      pair("progress-api", 1, 10, 25),
      {
        route: { key: "dashboard-heavy", label: "GET /dashboard" },
        concurrency: 1,
        failed: "HTTP 307",
      },
    ]).split("\n");
    expect(table[0]).toMatch(/^\| route +\| conc \| single req\/s \|/);
    expect(table[2]).toMatch(
      /\| +100\.0 \| +10\.0 \| +20\.0 \| .*\| +40\.0 \| +25\.0 \| +50\.0 \| .*×2\.50 \| +0 \|$/,
    );
    expect(table[3]).toMatch(/^\| GET \/dashboard .*\| Citus: HTTP 307 \|$/);
  });
});

describe("logErrorsSince", () => {
  it("reads the ERROR lines, each with its STATEMENT, written after the mark", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "bench-citus-")), "9800.log");
    writeFileSync(file, "x ERROR:  before the mark\nx STATEMENT:  select 0\n");
    const mark = logMark(file);
    appendFileSync(
      file,
      "x LOG:  checkpoint\nx ERROR:  complex joins are only supported…\nx STATEMENT:  select 1\nx ERROR:  another\nx LOG:  more\n",
    );
    expect(logErrorsSince(file, mark)).toEqual([
      "x ERROR:  complex joins are only supported…",
      "x STATEMENT:  select 1",
      "x ERROR:  another",
    ]);
    expect(logErrorsSince(null, 0)).toEqual([]);
  });
});
