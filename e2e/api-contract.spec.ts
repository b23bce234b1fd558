/**
 * The property-based contract run (scripts/api-contract) against the suite's production server:
 * requests drawn from the served OpenAPI document, and made wrong, for every operation, each
 * answer checked against that document. A fixed seed and a bounded number of cases keep it
 * reproducible and well under two minutes; `npm run api:fuzz` runs the same engine with more.
 */
import { expect, test } from "@playwright/test";
import { formatReport } from "../scripts/api-contract/report";
import { runContract } from "../scripts/api-contract/run";

test("every operation answers as the OpenAPI document says", async ({ baseURL }) => {
  test.setTimeout(150_000);
  const report = await runContract({
    baseUrl: baseURL!,
    runs: 5,
    seed: 2026,
    shrinkBudget: 20,
    // Sign-in and password reset count every attempt per client address, and this suite's
    // other specs sign in from the same address: the run leaves those operations alone.
    throttledRuns: 0,
  });
  const summary = formatReport(report);
  await test.info().attach("api-contract-report.txt", { body: summary, contentType: "text/plain" });
  expect(report.operations.filter((o) => !o.probe).length).toBeGreaterThan(0);
  expect(report.failures.length, summary).toBe(0);
});
