import { parseArgs } from "node:util";
import { formatReport } from "./report";
import { runContract } from "./run";

/**
 * `npm run api:fuzz -- --base-url http://127.0.0.1:3000 [--runs N] [--seed S] [--only TEXT]
 * [--throttled-runs N] [--shrink-budget N] [--json FILE] [--quiet]`:
 * the property-based contract run against a running server. Exits 1 when anything failed.
 */
const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    runs: { type: "string" },
    seed: { type: "string" },
    only: { type: "string" },
    json: { type: "string" },
    "throttled-runs": { type: "string" },
    "shrink-budget": { type: "string" },
    quiet: { type: "boolean" },
  },
});
if (!values["base-url"]) {
  console.error(
    "Usage: npm run api:fuzz -- --base-url http://127.0.0.1:PORT [--runs N] [--seed S]",
  );
  process.exit(2);
}
const report = await runContract({
  baseUrl: values["base-url"],
  runs: values.runs ? Number(values.runs) : undefined,
  seed: values.seed ? Number(values.seed) : undefined,
  only: values.only,
  throttledRuns: values["throttled-runs"] ? Number(values["throttled-runs"]) : undefined,
  shrinkBudget: values["shrink-budget"] ? Number(values["shrink-budget"]) : undefined,
  log: values.quiet ? undefined : (line) => console.error(line),
});
console.log(formatReport(report));
if (values.json) {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(values.json, JSON.stringify(report, null, 2));
}
process.exit(report.failures.length ? 1 : 0);
