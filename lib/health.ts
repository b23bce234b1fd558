import { sql } from "drizzle-orm";
import { databaseUnavailable, db } from "@/db/client";

/**
 * For app/: recognises an error meaning PostgreSQL cannot be reached, and retires the
 * pool (db/client.ts). Re-exported here because app/ reaches the database only through lib/.
 */
export { databaseUnavailable };

/** True when PostgreSQL answers a trivial query within the client's connect timeout. */
export async function databaseIsUp(): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch (error) {
    databaseUnavailable(error);
    return false;
  }
}
