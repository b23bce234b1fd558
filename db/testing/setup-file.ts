import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./databases";

// What Vitest's global setup (scripts/db/vitest-global-setup.ts) provides.
declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    serverUrl: string;
  }
}

// Runs before each test file, before its imports: the file's own database.
const serverUrl = inject("serverUrl");
const name = uniqueDatabaseName("epoch_test");
process.env.DATABASE_URL = await createDatabase(serverUrl, name, inject("templateDatabase"));
process.env.AUTH_SECRET ??= "test-secret-that-is-long-enough-for-jwt-0123456789";

afterAll(async () => {
  const { closeDb } = await import("../client");
  await closeDb();
  await dropDatabase(serverUrl, name);
});
