import { drizzle, PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { databaseEnv } from "./env";
import { isDatabaseUnavailable } from "./errors";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Cache = { sql?: postgres.Sql; db?: Database; genericSql?: postgres.Sql; genericDb?: Database };
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

function open(poolSize: number, connection?: Record<string, string>) {
  const sql = postgres(databaseEnv().DATABASE_URL, {
    max: poolSize,
    onnotice: () => {},
    // Fail fast when the server is down so callers can answer 503.
    connect_timeout: 5,
    ...(connection ? { connection } : {}),
  });
  return { sql, db: drizzle(preparing(sql), { schema, casing: undefined }) };
}

/**
 * On Citus, each of the app's connections to the coordinator uses at most 2 connections to each
 * worker for a statement over many shards, and keeps them between statements. Citus's defaults
 * (up to 16 a worker, 1 kept) opened connections afresh on every cohort view, which cost more
 * than the statement (the never-cached cohort dashboard: 300 ms, 195 ms with them kept), and
 * under 16 concurrent views ran the workers out of connections (`too many clients`). Two a
 * worker measured no slower than 16 on two workers; the connections to each worker stay within
 * twice the app's pool. Figures: docs/PERFORMANCE.md, "Citus: the cohort dashboard in one pass".
 */
const CITUS_CONNECTION = {
  "citus.max_adaptive_executor_pool_size": "2",
  "citus.max_cached_conns_per_worker": "2",
};

function connect(): Database {
  if (!state.db)
    ({ sql: state.sql, db: state.db } = open(
      databaseEnv().DATABASE_POOL_SIZE,
      databaseEnv().DATABASE_CITUS ? CITUS_CONNECTION : undefined,
    ));
  return state.db;
}

function connectGeneric(): Database {
  if (!state.genericDb) {
    const size = Math.max(1, Math.ceil(databaseEnv().DATABASE_POOL_SIZE / 2));
    // Citus cannot build a generic plan for the evidence statement (its parameters decide the
    // shard), and caches its router plans itself: there the pool keeps PostgreSQL's default.
    ({ sql: state.genericSql, db: state.genericDb } = open(
      size,
      databaseEnv().DATABASE_CITUS ? CITUS_CONNECTION : { plan_cache_mode: "force_generic_plan" },
    ));
  }
  return state.genericDb;
}

/** A handle that opens its pool on first use. */
function lazyHandle(connectTo: () => Database): Database {
  return new Proxy({} as Database, {
    // Libraries that check `instanceof PgDatabase` (the Auth.js adapter) see the real prototype,
    // without opening a pool: `next build` loads them with no DATABASE_URL.
    getPrototypeOf() {
      return PostgresJsDatabase.prototype;
    },
    get(_target, prop) {
      const real = connectTo() as unknown as Record<string | symbol, unknown>;
      const value = real[prop];
      return typeof value === "function"
        ? (value as (...a: unknown[]) => unknown).bind(real)
        : value;
    },
  });
}

/** The app's database handle; the pool opens on first use. */
export const db: Database = lazyHandle(connect);

/**
 * A second, smaller pool whose connections always use a prepared statement's generic plan
 * (`plan_cache_mode = force_generic_plan`), for the statements that read one learner's rows by
 * user id: their best plan does not depend on which learner. PostgreSQL's default kept planning
 * those afresh at every execution (its custom plans look cheaper on paper), most of the
 * database's CPU on a never-cached dashboard. Statements over many learners (a cohort's) stay on
 * `db`, where plans follow the values. Figures: docs/PERFORMANCE.md, "Generic plans".
 */
export const genericPlanDb: Database = lazyHandle(connectGeneric);

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
  for (const old of [state.sql, state.genericSql]) void old?.end({ timeout: 10 }).catch(() => {});
  state.sql = state.db = state.genericSql = state.genericDb = undefined;
  return true;
}

export async function closeDb(): Promise<void> {
  const pools = [state.sql, state.genericSql];
  state.sql = state.db = state.genericSql = state.genericDb = undefined;
  await Promise.all(pools.map((sql) => sql?.end({ timeout: 5 })));
}
