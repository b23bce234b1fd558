import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
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
