import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/db/testing/databases";

/**
 * Vitest's global setup: migrates one template database for the run (migrations and
 * roadmap content, as `npm run db:migrate` does); every test file then gets a copy of
 * its own (db/testing/setup-file.ts), created and dropped around it.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error(
      "DATABASE_URL is not set: run the tests with `npm test` or `npm run test:unit`.",
    );
  project.provide("serverUrl", serverUrl);
  // On Citus each test file migrates a database of its own (scripts/db/vitest-citus-setup.ts).
  if (process.env.EPOCH_CITUS === "1") {
    project.provide("templateDatabase", "");
    return;
  }
  const template = uniqueDatabaseName("epoch_template");
  const url = await createDatabase(serverUrl, template);
  process.env.DATABASE_URL = url;
  const { migrateDatabase } = await import("./migrate");
  const { closeDb } = await import("@/db/client");
  await migrateDatabase();
  await closeDb();
  process.env.DATABASE_URL = serverUrl;
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabase(serverUrl, template);
  };
}
