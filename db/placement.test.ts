import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { db } from "./client";
import * as schema from "./schema";
import { TABLE_PLACEMENT } from "./placement";

const tables = Object.values(schema).filter((value) => is(value, PgTable)) as PgTable[];

describe("table placement on Citus", () => {
  it("places every table of the schema, and only those", () => {
    const names = tables.map((t) => getTableName(t)).sort();
    expect(Object.keys(TABLE_PLACEMENT).sort()).toEqual(names);
  });

  it("gives every learner table a user_id to distribute by", () => {
    for (const table of tables) {
      const name = getTableName(table) as keyof typeof TABLE_PLACEMENT;
      if (TABLE_PLACEMENT[name] !== "learner") continue;
      const columns = Object.values(table).filter(
        (c): c is { name: string } => typeof c === "object" && c !== null && "name" in c,
      );
      expect(
        columns.map((c) => c.name),
        name,
      ).toContain("user_id");
    }
  });
});

describe("epoch_place_table on plain PostgreSQL", () => {
  it("places nothing (Citus is not there), and refuses a placement it does not know", async () => {
    await db.execute(sql`create table later_rows (user_id uuid not null)`);
    await db.execute(sql`select epoch_place_table('later_rows', 'learner')`);
    const [row] = await db.execute<{ exists: boolean }>(
      sql`select exists (select 1 from pg_class where relname = 'later_rows') as exists`,
    );
    expect(row!.exists).toBe(true);
    const refused = await db
      .execute(sql`select epoch_place_table('later_rows', 'sharded')`)
      .catch((e: Error) => e);
    expect(String((refused as Error).cause)).toMatch(/unknown placement "sharded"/);
  });
});

