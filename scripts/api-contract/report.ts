import type { FailureGroup } from "./check";
import type { FailureRecord, RunReport } from "./run";

/** The order the report lists failure groups in: what breaks clients first. */
export const GROUP_ORDER: FailureGroup[] = [
  "server error (5xx)",
  "schema mismatch",
  "missing schema",
  "undocumented status",
  "server stricter than document",
  "invalid input accepted",
  "protocol",
];

/**
 * Each group's failure kinds with the parts that vary between operations folded (statuses kept,
 * field names kept), and how many operations show each: the shape of the problem at a glance.
 */
function summary(failures: FailureRecord[]): string[] {
  const lines = ["## Summary (distinct failures by group and kind; operations affected)"];
  for (const group of GROUP_ORDER) {
    const list = failures.filter((f) => f.group === group);
    if (!list.length) continue;
    const kinds = new Map<string, Set<string>>();
    for (const f of list) {
      const k = f.group === "invalid input accepted" ? f.kind.replace(/^.*?: /, "") : f.kind;
      kinds.set(k, (kinds.get(k) ?? new Set()).add(f.operation));
    }
    lines.push(`  ${group}: ${list.length}`);
    for (const [k, ops] of [...kinds].sort((a, b) => b[1].size - a[1].size))
      lines.push(`    ${String(ops.size).padStart(3)} × ${k}`);
  }
  return lines;
}

const reproducerLines = (f: FailureRecord) => {
  const r = f.reproducer;
  const lines = [`      ${r.method} ${r.url}${r.contentType ? `  (${r.contentType})` : ""}`];
  if (r.body !== undefined) lines.push(`      body: ${truncate(r.body, 300)}`);
  lines.push(`      → ${r.status} ${truncate(r.responseBody, 200)}`);
  if (f.detail) lines.push(`      ${truncate(f.detail, 300)}`);
  return lines;
};

const truncate = (s: string, n: number) =>
  s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s;

/** The run as text: failures by group with one minimal reproducer each, operations, totals. */
export function formatReport(report: RunReport): string {
  const out: string[] = [];
  out.push(
    `API contract run against ${report.baseUrl} (seed ${report.seed}, ${report.runs} runs per operation and phase)`,
    "",
  );
  const byGroup = new Map<FailureGroup, FailureRecord[]>();
  for (const f of report.failures) byGroup.set(f.group, [...(byGroup.get(f.group) ?? []), f]);
  out.push(...summary(report.failures), "");
  for (const group of GROUP_ORDER) {
    const list = byGroup.get(group);
    if (!list?.length) continue;
    const ops = new Set(list.map((f) => f.operation)).size;
    out.push(`## ${group}: ${list.length} distinct failure(s) in ${ops} operation(s)`);
    for (const f of list.sort((a, b) => a.operation.localeCompare(b.operation))) {
      out.push(
        `  - ${f.operation}: ${f.kind} [${f.caseKind}${f.how ? `, ${f.how}` : ""}; ${f.count} request(s)]`,
      );
      out.push(...reproducerLines(f));
    }
    out.push("");
  }
  out.push("## Operations (requests, failing requests, statuses answered)");
  const width = Math.max(...report.operations.map((o) => o.operation.length));
  for (const o of report.operations) {
    const statuses = Object.entries(o.statuses)
      .map(([status, n]) => `${status}×${n}`)
      .join(" ");
    out.push(
      `  ${o.operation.padEnd(width)}  ${String(o.requests).padStart(4)}  ${String(o.failing).padStart(4)}  ${statuses}`,
    );
  }
  const unreached = report.operations.filter(
    (o) => !o.probe && !Object.keys(o.statuses).some((s) => s.startsWith("2")),
  );
  if (unreached.length)
    out.push(
      "",
      `Never answered 2xx (their success answers were not checked): ${unreached.map((o) => o.operation).join(", ")}`,
    );
  out.push("");
  const documented = report.operations.filter((o) => !o.probe);
  const probes = report.operations.filter((o) => o.probe);
  const failingOps = documented.filter((o) => o.failing > 0).length;
  const failingProbes = probes.filter((o) => o.failing > 0).length;
  const failingRequests = report.operations.reduce((n, o) => n + o.failing, 0);
  out.push(
    `Totals: ${documented.length} operations (${failingOps} with failures) and ${probes.length} undocumented methods probed (${failingProbes} failing), ${report.requests} requests (${failingRequests} failing, ${report.skipped} drawn cases not sendable), ${report.failures.length} distinct failures: ` +
      GROUP_ORDER.map((g) => `${byGroup.get(g)?.length ?? 0} ${g}`).join(", ") +
      `. ${(report.durationMs / 1000).toFixed(1)} s.`,
  );
  return out.join("\n");
}
