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
  // `offset 0` keeps the subquery a step of its own: on Citus, a multi-shard subquery folded
  // into the aggregate comes back as anonymous columns (f1, f2…), and the JSON loses its names.
  // On plain PostgreSQL the subquery is aggregated whole either way.
  return sql<
    Row[]
  >`(select coalesce(json_agg(q), '[]'::json) from (select * from (${query}) q0 offset 0) q)`;
}
