import { sql, type SQL } from "drizzle-orm";

/**
 * Ids as one `uuid[]` parameter, for `column = any(...)`: `inArray` sends one
 * parameter per id, which for a 500-member cohort means a statement of 500
 * placeholders to parse and plan on every request.
 */
export function uuidArray(ids: readonly string[]) {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

/**
 * A subquery's rows as one JSON array of objects (`[]` when there are none):
 * several independent reads then travel as one statement, one round trip.
 * Row order is not kept: sort in code where it matters.
 */
export function jsonRows<Row = unknown>(query: SQL): SQL<Row[]> {
  return sql<Row[]>`(select coalesce(json_agg(q), '[]'::json) from (${query}) q)`;
}
