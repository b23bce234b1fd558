// EXPLAIN (ANALYZE, BUFFERS) of the statements behind the dashboard and the cohort dashboard:
// the app's own lib/ functions are run once on the benchmark's data, the statements they send
// are recorded (app-db.ts), and each read among them is explained.
import { eq, getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type postgres from "postgres";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { sessions } from "@/db/schema";
import { getCohortDashboard } from "@/lib/cohorts/dashboard";
import { getDashboard } from "@/lib/dashboard/dashboard";
import type { Actor } from "@/lib/policy";
import { getMyProgress } from "@/lib/progress/progress";
import { readViewer } from "@/lib/users/viewer";
import { recordStatements, type Statement } from "./app-db";
import type { Dataset } from "./data";

/** taskCounts: on Citus, the "Task Count" of each distributed scan in the plan (1: one shard). */
export type Plan = {
  title: string;
  lines: string[];
  seqScans: string[];
  time: number;
  taskCounts: number[];
};

/** Shortens the long literals (hundreds of uuids, the json of per-learner dates) plans print. */
function shorten(line: string) {
  return line.replace(/'((?:[^']|'')*)'/g, (whole, inner: string) => {
    if (inner.length <= 80) return whole;
    const uuids =
      inner.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)?.length ?? 0;
    return `'…${uuids ? `${uuids} ids` : `${inner.length} chars`}…'`;
  });
}

const TABLES = new Set<string>(
  Object.values(schema)
    .filter((v) => is(v, PgTable))
    .map((t) => getTableName(t)),
);

/** The tables a statement reads, in the order it names them. */
function tablesOf(query: string) {
  const named = [...query.matchAll(/\b(?:from|join)\s+"?(\w+)"?/gi)].map((m) => m[1]!);
  return [...new Set(named.filter((name) => TABLES.has(name)))];
}

const isRead = (query: string) =>
  /^\s*(select|with)\b/i.test(query) && !/\b(insert|update|delete)\s/i.test(query);

async function explain(
  sql: postgres.Sql,
  title: string,
  { query, params }: Statement,
): Promise<Plan> {
  let rows;
  try {
    rows = await sql.unsafe(
      `explain (analyze, buffers) ${query}`,
      params as postgres.ParameterOrJSON<never>[],
    );
  } catch (error) {
    // Printed, not fatal: on Citus a statement it refuses is the finding.
    const message = error instanceof Error ? error.message : String(error);
    const lines = [
      `EXPLAIN FAILED: ${message}`,
      `statement: ${shorten(query.replace(/\s+/g, " "))}`,
    ];
    return { title: `${title} (FAILED)`, lines, seqScans: [], time: NaN, taskCounts: [] };
  }
  const lines = rows.map((r) => shorten(String(r["QUERY PLAN"])));
  // On Citus a scan names the table's shard (activities_102008): the table's name is wanted.
  const seqScans = [
    ...new Set(
      lines.flatMap((l) =>
        [...l.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!.replace(/_\d{6,}$/, "")),
      ),
    ),
  ];
  const time = Number(
    lines.find((l) => l.startsWith("Execution Time"))?.match(/([\d.]+) ms/)?.[1] ?? NaN,
  );
  const taskCounts = lines.flatMap((l) => [...l.matchAll(/Task Count: (\d+)/g)].map((m) => +m[1]!));
  return { title, lines, seqScans, time, taskCounts };
}

/** EXPLAIN (ANALYZE, BUFFERS) of each read among `statements`, on the database `sql` reaches. */
export async function explainReads(sql: postgres.Sql, what: string, statements: Statement[]) {
  const reads = statements.filter((s) => isRead(s.query));
  const plans: Plan[] = [];
  for (const [i, s] of reads.entries())
    plans.push(
      await explain(
        sql,
        `${what}, statement ${i + 1} of ${reads.length}: ${tablesOf(s.query).join(", ")}`,
        s,
      ),
    );
  return plans;
}

/**
 * The plans of what a page costs where nothing is cached in the server (LEARNER_CACHE_SIZE=0
 * in this process): the heavy learner's dashboard with the layout's session read, and the
 * cohort dashboard as its organizer sees it. Each function runs once first, so the roadmap
 * (cached for as long as its content stands) is not among the statements, as on a warm server.
 * `sql` is the client under `db`: drizzle set its serializers (json parameters go as they are).
 */
export async function explainAll(db: Database, sql: postgres.Sql, data: Dataset) {
  const statements = await pageStatements(db, data);
  return {
    dashboard: await explainReads(sql, "dashboard", statements.dashboard),
    cohort: await explainReads(sql, "cohort dashboard", statements.cohort),
  };
}

/**
 * The statements behind the pages, recorded as the app sends them here (nothing cached): the
 * heavy learner's dashboard with the page's session read, GET /api/v1/me/progress, and the
 * cohort dashboard as its organizer sees it. The dataset's ids are the same in a copy of it, so
 * another database holding that copy (the benchmark's Citus one) can explain them as they are.
 */
export async function pageStatements(db: Database, data: Dataset) {
  const heavy: Actor = { userId: data.people.heavy, via: "session" };
  const organizer: Actor = { userId: data.people.organizer, via: "session" };
  const [session] = await db
    .select({ token: sessions.sessionToken })
    .from(sessions)
    .where(eq(sessions.userId, data.people.heavy))
    .limit(1);
  const dashboardPage = async () => {
    await readViewer(session!.token, data.people.heavy);
    await getDashboard(heavy);
  };
  const progress = () => getMyProgress({ userId: data.people.heavy, via: "token" });
  const cohortDashboard = () => getCohortDashboard(organizer, data.cohortSlug);
  await dashboardPage();
  await progress();
  await cohortDashboard();
  return {
    dashboard: await recordStatements(dashboardPage),
    progress: await recordStatements(progress),
    cohort: await recordStatements(cohortDashboard),
  };
}
