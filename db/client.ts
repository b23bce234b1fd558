import { drizzle, PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { databaseEnv } from "./env";
import { isDatabaseUnavailable } from "./errors";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Cache = { sql?: postgres.Sql; db?: Database };
// Cached on globalThis so that hot reloads in development reuse one pool.
const cache = globalThis as unknown as { __epochDb?: Cache };
const state: Cache = (cache.__epochDb ??= {});

/**
 * Drizzle sends its queries as unnamed statements, and postgres.js then has the
 * server describe every parameterised one before running it: two round trips a
 * query. A named (prepared) statement is described once per connection and then
 * runs in one. Statements with many parameters (bulk inserts) stay unnamed, so
 * each connection keeps only the app's fixed set of statements.
 */
const MAX_PREPARED_PARAMETERS = 100;

function preparing<T extends postgres.Sql | postgres.TransactionSql>(sql: T): T {
  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === "unsafe") {
        return (query: string, params?: unknown[], options?: object) =>
          target.unsafe(query, params as postgres.ParameterOrJSON<never>[], {
            ...options,
            prepare: (params?.length ?? 0) <= MAX_PREPARED_PARAMETERS,
          });
      }
      // Transactions and savepoints hand their callback a client of their own: wrap it too.
      if (prop === "begin" || prop === "savepoint") {
        return (...args: unknown[]) => {
          const callback = args.at(-1) as (tx: postgres.TransactionSql) => unknown;
          args[args.length - 1] = (tx: postgres.TransactionSql) => callback(preparing(tx));
          return (Reflect.get(target, prop) as (...a: unknown[]) => unknown)(...args);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

function connect(): Database {
  if (state.db) return state.db;
  const { DATABASE_URL, DATABASE_POOL_SIZE } = databaseEnv();
  state.sql = postgres(DATABASE_URL, {
    max: DATABASE_POOL_SIZE,
    onnotice: () => {},
    // Fail fast when the server is down so callers can answer 503.
    connect_timeout: 5,
  });
  state.db = drizzle(preparing(state.sql), { schema, casing: undefined });
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

/**
 * True when `error` means PostgreSQL cannot be reached; the pool is then
 * retired. postgres.js 3.4 kept the error of a connection killed mid-query
 * and replayed it onto that connection's first query after it reconnected
 * (porsager/postgres#1223); 4.x does not (db/client.test.ts), but a fresh pool
 * after an outage costs one connect and reuses nothing that saw it fail. The
 * old pool closes once the queries it is running are done.
 */
export function databaseUnavailable(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  const old = state.sql;
  if (old) {
    state.sql = undefined;
    state.db = undefined;
    void old.end({ timeout: 10 }).catch(() => {});
  }
  return true;
}

export async function closeDb(): Promise<void> {
  const sql = state.sql;
  state.sql = undefined;
  state.db = undefined;
  await sql?.end({ timeout: 5 });
}
