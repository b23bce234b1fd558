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
  it("postgres.js replays its error onto the next query (why databaseUnavailable retires the pool)", async () => {
    const pool = postgres(url(), { max: 1, onnotice: () => {} });
    try {
      const slow = pool`select pg_sleep(5)`.then(
        () => null,
        (e: unknown) => e,
      );
      await terminateSleepers();
      expect(await slow).toMatchObject({ code: expect.stringMatching(/57P01|CONNECTION_CLOSED/) });
      // The server is up, yet the next query fails with the old connection's error.
      await expect(pool`select 1 as one`).rejects.toMatchObject({ code: "57P01" });
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
