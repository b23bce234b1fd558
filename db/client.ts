import { drizzle, PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "../lib/env";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Cache = { sql?: postgres.Sql; db?: Database };
// Cached on globalThis so that hot reloads in development reuse one pool.
const cache = globalThis as unknown as { __epochDb?: Cache };
const state: Cache = (cache.__epochDb ??= {});

function connect(): Database {
  if (state.db) return state.db;
  state.sql = postgres(env().DATABASE_URL, {
    max: env().DATABASE_POOL_SIZE,
    onnotice: () => {},
    // Fail fast when the server is down so callers can answer 503.
    connect_timeout: 5,
  });
  state.db = drizzle(state.sql, { schema, casing: undefined });
  return state.db;
}

/** The app's database handle; the pool opens on first use. */
export const db: Database = new Proxy({} as Database, {
  // Libraries that check `instanceof PgDatabase` (the Auth.js adapter) see the real prototype,
  // without opening a pool: `next build` loads them with no DATABASE_URL.
  getPrototypeOf() {
    return PostgresJsDatabase.prototype;
  },
  get(_target, prop) {
    const real = connect() as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export async function closeDb(): Promise<void> {
  const sql = state.sql;
  state.sql = undefined;
  state.db = undefined;
  await sql?.end({ timeout: 5 });
}
