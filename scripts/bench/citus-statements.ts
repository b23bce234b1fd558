// The statements the app sends for the heavy learner's dashboard, GET /api/v1/me/progress and
// the cohort dashboard when it serves a Citus coordinator (DATABASE_CITUS=1: some reads are
// written otherwise there), recorded in a process of their own because the database settings
// are read once per process. index.mjs runs it and explains what it wrote on the Citus database.
//
//   tsx scripts/bench/citus-statements.ts <dataset.json> <statements.json>
// with DATABASE_URL the Citus database and DATABASE_CITUS=1.
import { readFileSync, writeFileSync } from "node:fs";
import { openAppDatabase } from "./app-db";
import type { Dataset } from "./data";
import { pageStatements } from "./plans";

const [datasetFile, outFile] = process.argv.slice(2);
if (!datasetFile || !outFile || process.env.DATABASE_CITUS !== "1") {
  console.error(
    "usage: DATABASE_CITUS=1 tsx scripts/bench/citus-statements.ts <dataset.json> <out.json>",
  );
  process.exit(2);
}
const app = openAppDatabase(process.env.DATABASE_URL!);
const data = JSON.parse(readFileSync(datasetFile, "utf8")) as Dataset;
writeFileSync(outFile, JSON.stringify(await pageStatements(app.db, data)));
await app.sql.end({ timeout: 5 });
