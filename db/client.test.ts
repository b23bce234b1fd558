/**
 * PostgreSQL ends the pool's connection while a query runs on it (a restart,
 * a failover, pg_terminate_backend). One connection in the pool, so the query
 * after lands on that same connection.
 */
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_POOL_SIZE = "1";
let client: typeof import("./client");
beforeAll(async () => {
  client = await import("./client");
});

const url = () => process.env.DATABASE_URL!;

/** Ends the backends running `pg_sleep` in this file's database, once one is running. */
async function terminateSleepers() {
  const admin = postgres(url(), { max: 1, onnotice: () => {} });
  try {
    for (let i = 0; i < 100; i++) {
      const ended = await admin`
        select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and query like '%pg_sleep%'`;
      if (ended.length) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error("No query to end.");
  } finally {
    await admin.end();
  }
}

describe("a connection ended mid-query", () => {
  // postgres.js 3.4 replayed the killed query's error onto the next one (porsager/postgres#1223),
  // which is why databaseUnavailable retires the pool; 4.x does not, and this pins it.
  it("postgres.js answers the next query on that connection once the server is back", async () => {
    const pool = postgres(url(), { max: 1, onnotice: () => {} });
    try {
      const slow = pool`select pg_sleep(5)`.then(
        () => null,
        (e: unknown) => e,
      );
      await terminateSleepers();
      expect(await slow).toMatchObject({ code: expect.stringMatching(/57P01|CONNECTION_CLOSED/) });
      expect(await pool`select 1 as one`).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });

  it("the app's pool answers the next query once the outage was seen", async () => {
    const { db, databaseUnavailable } = client;
    expect(await db.execute(sql`select 1 as one`)).toEqual([{ one: 1 }]);
    const slow = db.execute(sql`select pg_sleep(5)`).then(
      () => null,
      (e: unknown) => e,
    );
    await terminateSleepers();
    expect(databaseUnavailable(await slow)).toBe(true);
    expect(await db.execute(sql`select 1 as one`)).toEqual([{ one: 1 }]);
  });

  it("errors that are not about reaching the database keep the pool", async () => {
    const { db, databaseUnavailable } = client;
    const before = await db.execute(sql`select pg_backend_pid() as pid`);
    const error = await db.execute(sql`select 1/0`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(databaseUnavailable(error)).toBe(false);
    expect(await db.execute(sql`select pg_backend_pid() as pid`)).toEqual(before);
  });
});

describe("statements", () => {
  // One connection in the pool: pg_prepared_statements shows what that connection has prepared.
  const prepared = async (marker: string) => {
    const { db } = client;
    const rows = await db.execute<{ statement: string }>(
      sql`select statement from pg_prepared_statements`,
    );
    return rows.filter((r) => r.statement.includes(marker)).length;
  };

  it("queries with parameters are prepared once per connection, in transactions too", async () => {
    const { db } = client;
    await db.execute(sql`select ${1}::int as "prepared_outside"`);
    await db.execute(sql`select ${2}::int as "prepared_outside"`);
    expect(await prepared("prepared_outside")).toBe(1);
    await db.transaction(async (tx) => {
      await tx.execute(sql`select ${3}::int as "prepared_inside"`);
      await tx.transaction(async (nested) => {
        await nested.execute(sql`select ${4}::int as "prepared_nested"`);
      });
    });
    expect(await prepared("prepared_inside")).toBe(1);
    expect(await prepared("prepared_nested")).toBe(1);
  });

  it("statements with many parameters (bulk writes) are not kept", async () => {
    const { db } = client;
    const many = sql.join(
      Array.from({ length: 150 }, (_, i) => sql`${i}::int`),
      sql`, `,
    );
    const [row] = await db.execute<{ values: number[] }>(
      sql`select array[${many}] as "values", 'not_prepared_bulk'`,
    );
    expect(row?.values).toHaveLength(150);
    expect(await prepared("not_prepared_bulk")).toBe(0);
  });
});

describe("the generic-plan pool", () => {
  it("plans a prepared statement once for every value, where the main pool plans per value", async () => {
    const { db, genericPlanDb } = client;
    const mode = sql`select current_setting('plan_cache_mode') as mode`;
    const [main] = await db.execute<{ mode: string }>(mode);
    const [generic] = await genericPlanDb.execute<{ mode: string }>(mode);
    expect(main!.mode).toBe("auto");
    expect(generic!.mode).toBe("force_generic_plan");
    // A prepared statement on it answers per value like any other.
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      const [row] = await genericPlanDb.execute<{ n: number }>(sql`select ${n}::int + 1 as n`);
      expect(row!.n).toBe(n + 1);
    }
  });

  it("is retired with the main pool when the database is unreachable, and reopens", async () => {
    const { genericPlanDb, databaseUnavailable } = client;
    await genericPlanDb.execute(sql`select 1`);
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    expect(databaseUnavailable(refused)).toBe(true);
    const [row] = await genericPlanDb.execute<{ mode: string }>(
      sql`select current_setting('plan_cache_mode') as mode`,
    );
    expect(row!.mode).toBe("force_generic_plan");
  });
});
