// The app's own database handle (db/client.ts), opened on the benchmark's database, with a
// recorder of the statements it sends: the dataset is written through the schema, and the
// query plans are those of the statements the app's lib/ functions actually run.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";

export type Statement = { query: string; params: unknown[] };

let recording: Statement[] | null = null;

/**
 * Opens the handle that db/client.ts hands to lib/: it keeps its pools in
 * `globalThis.__epochDb` and opens one only when none is there, so filling it first
 * makes every lib/ function in this process use this pool and this logger, the reads on
 * `genericPlanDb` (one learner's evidence, the session's viewer) included.
 */
export function openAppDatabase(url: string, max = 4) {
  process.env.DATABASE_URL = url;
  const sql = postgres(url, { max, onnotice: () => {} });
  const db: Database = drizzle(sql, {
    schema,
    logger: { logQuery: (query, params) => void recording?.push({ query, params }) },
  });
  const cache = globalThis as unknown as {
    __epochDb?: {
      sql?: postgres.Sql;
      db?: Database;
      genericSql?: postgres.Sql;
      genericDb?: Database;
    };
  };
  const state = (cache.__epochDb ??= {});
  if (state.db || state.genericDb)
    throw new Error("The app's database handle was opened before the benchmark's.");
  state.sql = state.genericSql = sql;
  state.db = state.genericDb = db;
  return { sql, db };
}

/** The statements the app sends while `fn` runs. */
export async function recordStatements(fn: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  recording = statements;
  try {
    await fn();
  } finally {
    recording = null;
  }
  return statements;
}
