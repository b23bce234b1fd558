import { sql } from "drizzle-orm";

/**
 * Ids as one `uuid[]` parameter, for `column = any(...)`: `inArray` sends one
 * parameter per id, which for a 500-member cohort means a statement of 500
 * placeholders to parse and plan on every request.
 */
export function uuidArray(ids: readonly string[]) {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}
