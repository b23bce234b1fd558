import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

type Journal = { entries: { idx: number; when: number; tag: string }[] };

function latestMigrationMillis(): number {
  const journal = JSON.parse(
    readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"),
  ) as Journal;
  return Math.max(0, ...journal.entries.map((e) => e.when));
}

export type SchemaStatus =
  | { state: "current" }
  | { state: "behind"; detail: string }
  | { state: "unreachable"; detail: string };

/**
 * Compares the database with the migrations in this checkout and with the roadmap
 * content version the caller expects (lib/roadmap/content.ts's CONTENT_VERSION: db/
 * imports nothing from the domain).
 */
export async function schemaStatus(url: string, contentVersion: number): Promise<SchemaStatus> {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    const [table] = await sql`select to_regclass('drizzle.__drizzle_migrations') as name`;
    if (!table?.name) return { state: "behind", detail: "no migrations have been applied" };
    const [applied] =
      await sql`select coalesce(max(created_at), 0)::bigint as last from drizzle.__drizzle_migrations`;
    if (Number(applied?.last ?? 0) < latestMigrationMillis()) {
      return { state: "behind", detail: "the database schema is older than this code" };
    }
    const [content] = await sql`select coalesce(max(version), 0) as version from roadmap_versions`;
    if (Number(content?.version ?? 0) < contentVersion) {
      return { state: "behind", detail: "the roadmap content is older than this code" };
    }
    return { state: "current" };
  } catch (error) {
    return { state: "unreachable", detail: error instanceof Error ? error.message : String(error) };
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export const BEHIND_MESSAGE = (detail: string) =>
  `The database is behind (${detail}). Run \`npm run db:migrate\` and start again.`;
