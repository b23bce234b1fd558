import { afterAll, inject } from "vitest";
import { createCitusDatabase, dropCitusDatabase } from "@/db/testing/citus";
import { uniqueDatabaseName } from "@/db/testing/databases";

// `npm run test:citus` (EPOCH_CITUS=1): instead of a copy of a template (a Citus database is
// spread over every node, so it cannot be copied on one), each test file gets a database of its
// own on the cluster, migrated and distributed as `db:migrate` and `db:distribute` do.
const serverUrl = inject("serverUrl");
const name = uniqueDatabaseName("epoch_citus");
process.env.DATABASE_URL = await createCitusDatabase(serverUrl, name);
process.env.DATABASE_CITUS = "1";
process.env.AUTH_SECRET ??= "test-secret-that-is-long-enough-for-jwt-0123456789";
const { migrateDatabase } = await import("./migrate");
const { distributeDatabase } = await import("./distribute");
await migrateDatabase();
// Four shards a table, not 32: still spread over both workers, and the tests that count every
// table's rows after each request (nothing changed) ask 8 times fewer shards.
await distributeDatabase(() => {}, { shards: 4 });

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  await closeDb();
  await dropCitusDatabase(serverUrl, name);
});
