import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    serverUrl: string;
  }
}

/**
 * Migrates one template database for the run; every test file then gets a
 * copy of its own (setup-file.ts), created and dropped around it.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error(
      "DATABASE_URL is not set: run the tests with `npm test` or `npm run test:unit`.",
    );
  const template = uniqueDatabaseName("epoch_template");
  const url = await createDatabase(serverUrl, template);
  process.env.DATABASE_URL = url;
  const { migrateDatabase } = await import("../migrate");
  const { closeDb } = await import("../client");
  await migrateDatabase();
  await closeDb();
  process.env.DATABASE_URL = serverUrl;
  project.provide("templateDatabase", template);
  project.provide("serverUrl", serverUrl);
  return async () => {
    await dropDatabase(serverUrl, template);
  };
}
