import { randomBytes } from "node:crypto";
import postgres from "postgres";

/** Test helpers: throwaway databases on the server DATABASE_URL points at. */

export function urlForDatabase(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(baseUrl: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(urlForDatabase(baseUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export const uniqueDatabaseName = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;

export async function createDatabase(
  baseUrl: string,
  name: string,
  template?: string,
): Promise<string> {
  await withAdmin(baseUrl, (sql) =>
    sql.unsafe(`create database "${name}"${template ? ` template "${template}"` : ""}`),
  );
  return urlForDatabase(baseUrl, name);
}

export async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  await withAdmin(baseUrl, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
}
